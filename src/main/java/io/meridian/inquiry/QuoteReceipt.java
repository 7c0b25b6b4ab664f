package io.meridian.inquiry;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.messages.ClientDates;
import io.meridian.messages.MessageKind;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

/**
 * Whether the client has the quote in force, and so can accept its price: its email went out (SENT), or the team
 * recorded that the client got it another way after it could not be delivered (a settled FAILED email), or sales
 * gave it in a talk ({@link QuoteTalkListener}). A quote whose email still waits (for the client's business hours,
 * the mail server or its next attempt), is going out this moment, failed or was withdrawn has not reached the client.
 */
@Component
class QuoteReceipt {

    private final Outbox outbox;
    private final RuntimeService runtime;

    QuoteReceipt(Outbox outbox, RuntimeService runtime) {
        this.outbox = outbox;
        this.runtime = runtime;
    }

    /** Why the client of {@code inquiryId} has not received the quote in force yet; empty when it has. */
    Optional<String> notReceived(String inquiryId, String processInstanceId, ZoneId clientZone, Instant now) {
        if (runtime.getVariable(processInstanceId, Var.QUOTE_GIVEN_IN_TALK) != null) {
            return Optional.empty();
        }
        List<OutboxMessage> quotes = outbox.about(inquiryId).stream()
            .filter(m -> m.kind() == OutboxMessage.Kind.CLIENT && MessageKind.QUOTE.name().equals(m.content().messageKind()))
            .toList();
        if (quotes.isEmpty()) {
            return Optional.empty(); // a quote planned before emails kept their kind: nothing to judge it by
        }
        OutboxMessage quote = quotes.get(quotes.size() - 1);
        String which = (quotes.size() > 1 ? "the revised quote" : "the quote") + " of inquiry " + inquiryId;
        String lastError = quote.delivery().lastError() == null ? "" : " (" + quote.delivery().lastError() + ")";
        String why = switch (quote.status()) {
            case SENT -> null;
            case FAILED -> quote.delivery().settled() != null ? null
                : "its email could not be delivered" + lastError + ": the team reaches the client another way (task \"Reach the"
                    + " client: email not delivered\")";
            case WITHDRAWN -> "its email was withdrawn before it went out" + lastError;
            case SENDING -> "its email is going out this moment: send the acceptance again in a minute";
            case PLANNED -> planned(quote, clientZone, now, lastError);
        };
        return Optional.ofNullable(why).map(w -> which + " has not reached the client yet: " + w
            + ". A client cannot accept a price it has not been sent; its messages: GET /api/inquiries/" + inquiryId + "/messages");
    }

    private static String planned(OutboxMessage quote, ZoneId clientZone, Instant now, String lastError) {
        Instant next = quote.delivery().nextAttemptAt() == null ? quote.plannedAt() : quote.delivery().nextAttemptAt();
        String when = at(next, clientZone);
        if (quote.delivery().attempts() > 0) {
            return "the mail server put its email off" + lastError + "; the next attempt is " + when;
        }
        if (next.isAfter(now)) {
            return "its email waits for the client's business hours and goes out " + when;
        }
        return "its email was due " + when + " and waits for the mail server" + lastError;
    }

    /** "on Wednesday, 13 January 2027, 09:00 in the client's clock (Asia/Tokyo; 2027-01-13T00:00:00Z)". */
    private static String at(Instant moment, ZoneId clientZone) {
        return "on " + ClientDates.moment(moment, clientZone).in("en") + " in the client's clock (" + clientZone.getId() + "; "
            + moment + ")";
    }
}
