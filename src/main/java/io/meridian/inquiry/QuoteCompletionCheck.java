package io.meridian.inquiry;

import java.time.LocalDate;
import java.util.Set;

import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.messages.Amounts;
import io.meridian.moments.TeamMoments;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientToday;
import io.meridian.process.ProcessValues;
import io.meridian.system.CompletionCheck;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A reply or a revised quote goes out only with a quote the sending step accepts (refused at completion), and a
 * revised quote only when it changes something: the same quote again would mail the client a "Revised quotation"
 * identical to the last.
 */
@Component
class QuoteCompletionCheck implements CompletionCheck {

    /** What a revision is compared on, in the words of the form's labels. */
    static final String COMPARED = "product parameters, MOQ, lead time, payment terms, port of loading, unit price, currency"
        + " and validity";

    private final ClientClocks clocks;
    private final InquiryLedger inquiries;

    QuoteCompletionCheck(ClientClocks clocks, InquiryLedger inquiries) {
        this.clocks = clocks;
        this.inquiries = inquiries;
    }

    @Override
    public String processKey() {
        return ClientJourney.KEY;
    }

    @Override
    public Set<String> userTasks() {
        return Set.of(Activity.REPLY_TO_INQUIRY, Activity.HANDLE_OBJECTION);
    }

    @Override
    public void check(DelegateTask task) {
        if (Activity.HANDLE_OBJECTION.equals(task.getTaskDefinitionKey())
            && !ClientJourney.ObjectionOutcome.REVISE.name().equals(String.valueOf(task.getVariable(Var.OBJECTION_OUTCOME)))) {
            return; // no revised quote: the journey is lost, nothing is sent
        }
        // the inquiry's facts are no variables of the completing command (JourneyFacts sets them as a step starts): the
        // ledger's quantity, where a journey started with variables of its own has its variable
        String inquiryId = ProcessValues.text(task.getExecution(), Var.INQUIRY_ID);
        InquiryRecord inquiry = inquiryId == null ? null : inquiries.byId(inquiryId).orElse(null);
        Integer quantity = inquiry != null ? Integer.valueOf(inquiry.quantity()) : ProcessValues.integer(task.getExecution(), Var.QUANTITY);
        ClientToday today = clocks.today(task.getExecution(), ClockUtil.now().toInstant());
        QuoteTemplate quote = QuoteTemplate.from(task.getExecution(), today, quantity, day -> closed(task, day, today));
        if (Activity.HANDLE_OBJECTION.equals(task.getTaskDefinitionKey())) {
            refuseUnchanged(inquiry, quote);
        }
    }

    /**
     * Why the client does not work on the quote's last {@code day} and their next working day, by their calendar decided
     * at that day (the etiquette table's work week, public holidays and closing observances); null on a working day.
     */
    private String closed(DelegateTask task, LocalDate day, ClientToday today) {
        ClientClocks.Client client = clocks.decide(task.getExecution(), ClientClocks.noon(day, today.zone()));
        if (client.calendar().isWorkingDay(day)) {
            return null;
        }
        return client.whyClosed(day) + ": the client could not accept on the quote's last day; let it end on a working day"
            + " of the client, the next is " + TeamMoments.day(client.calendar().nextWorkingDay(day));
    }

    /**
     * The quote in force is the one the inquiry ledger keeps, as the text {@link QuoteTemplate#text} wrote when it was
     * sent: the form's values have replaced the journey's by now. The same text is the same quote; a text kept by an
     * earlier version of the record's wording compares as changed, and the revision goes out.
     */
    private void refuseUnchanged(InquiryRecord inquiry, QuoteTemplate quote) {
        if (inquiry != null && inquiry.quote() != null && inquiry.quote().equals(quote.text(inquiry.product(), inquiry.quantity()))) {
            throw new InvalidInputException(Var.OBJECTION_OUTCOME, "the revised quote changes nothing against the quote in force"
                + " (" + Amounts.of(quote.unitPrice(), quote.currency()).in("en") + " " + quote.currency() + " a piece, valid until "
                + quote.validUntil()
                + "): its " + COMPARED + " are all the same, and the client would get the same quotation again; change what"
                + " the client objected to, or choose another outcome");
        }
    }
}
