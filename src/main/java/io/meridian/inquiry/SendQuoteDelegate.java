package io.meridian.inquiry;

import io.meridian.process.ClientMail;

import io.meridian.process.ClientClocks;

import io.meridian.process.ProcessValues;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Objects;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.messages.MessageKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Confirms the quote in writing: an email in the outbox, planned for the client's next contact
 * window, whatever channel the conversation uses. Plans the first follow-up.
 */
@Component
class SendQuoteDelegate implements JavaDelegate {

    private final ClientMail mail;
    private final InquiryLedger inquiries;
    private final ClientClocks clocks;
    private final JourneyEtiquette etiquette;

    SendQuoteDelegate(ClientMail mail, InquiryLedger inquiries, ClientClocks clocks, JourneyEtiquette etiquette) {
        this.mail = mail;
        this.inquiries = inquiries;
        this.clocks = clocks;
        this.etiquette = etiquette;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        int quantity = ProcessValues.requiredInteger(execution, Var.QUANTITY, 1, Integer.MAX_VALUE);
        QuoteTemplate quote = QuoteTemplate.from(execution, clocks.today(execution, now), quantity);
        String inquiryId = ProcessValues.requiredText(execution, Var.INQUIRY_ID);
        ClientClocks.Client client = clocks.decide(execution, now);
        String product = ProcessValues.requiredText(execution, Var.PRODUCT);
        String text = quote.text(product, quantity);
        Instant goesOut = clocks.clocks().sendAt(client.calendar(), now);
        boolean revised = ClientJourney.ObjectionOutcome.REVISE.name().equals(ProcessValues.text(execution, Var.OBJECTION_OUTCOME));
        if (revised) {
            // written while the earlier quote still waits for the client's opening: the client gets this one only
            mail.messages().withdrawWaiting(MessageKind.QUOTE, inquiryId, "a revised quote replaces it");
        }
        Map<String, Object> values = quote.values(product, quantity, inquiryId, revised, client.etiquette().country());
        // the subject names the inquiry as the client knows it from the shop, where it has a reference
        values.put("externalRef", Objects.toString(ProcessValues.text(execution, Var.EXTERNAL_REF), ""));
        mail.plan(execution, mail.addressee(execution, client.etiquette(), client.zone()), MessageKind.QUOTE, values, goesOut,
            inquiryId);
        inquiries.quoted(inquiryId, text);
        execution.setVariable(Var.QUOTE_CURRENCY, quote.currency());
        execution.setVariable(Var.QUOTE_SENT_AT, Date.from(now));
        // the client's business days count from when the quote reaches them: written after their hours, it goes out when they open
        int days = etiquette.followUpAfterBusinessDays(execution);
        execution.setVariable(Var.FOLLOW_UP_AT, Date.from(clocks.clocks().followUpAt(client.calendar(), client.team(), days, goesOut)));
    }
}
