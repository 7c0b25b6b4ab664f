package io.meridian.milestone;

import java.util.Optional;

import io.meridian.messages.MessageKind;
import io.meridian.order.OrderCancellation;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderRecord;
import io.meridian.outbox.ClientEmailCheck;
import io.meridian.outbox.OutboxMessage;
import org.springframework.stereotype.Component;

/**
 * Just before a client email about an order (or about the inquiry an order grew out of) goes out: an order whose journey
 * or fulfilment was deleted without its listeners is noticed now, not at the server's next start. It is CANCELLED, its
 * open milestones and its other client emails withdrawn ({@link MilestonesLeftOpen#endIfUnnoticed}), and this email is
 * withdrawn too. So is an email written before its order was CANCELLED that a node had claimed at that moment (the
 * cancellation withdraws only those still PLANNED); one written after the cancellation goes out.
 */
@Component
class OrderEmailCheck implements ClientEmailCheck {

    private static final String WITHDRAWN = "withdrawn before it went out: ";

    private final OrderLedger orders;
    private final MilestonesLeftOpen leftOpen;

    OrderEmailCheck(OrderLedger orders, MilestonesLeftOpen leftOpen) {
        this.orders = orders;
        this.leftOpen = leftOpen;
    }

    @Override
    public Optional<String> withdrawBecause(OutboxMessage message) {
        if (message.reference() == null) {
            return Optional.empty();
        }
        for (OrderRecord order : orders.about(message.reference())) {
            if (order.status() == OrderRecord.Status.DELIVERED) {
                continue;
            }
            if (order.status() != OrderRecord.Status.CANCELLED) {
                Optional<String> ended = leftOpen.endIfUnnoticed(order.id(), now -> "noticed at " + now + " before the "
                    + what(message) + " went out");
                if (ended.isPresent()) {
                    return Optional.of(WITHDRAWN + ended.get());
                }
                // running, or cancelled meanwhile (another node, the process's own end)
                order = orders.byId(order.id()).orElse(order);
            }
            if (order.status() == OrderRecord.Status.CANCELLED && order.cancelledAt() != null
                && !message.createdAt().isAfter(order.cancelledAt())) {
                return Optional.of(WITHDRAWN + OrderCancellation.cancelled(order));
            }
        }
        return Optional.empty();
    }

    /** "order confirmation", or the email's subject for one without a kind. */
    private static String what(OutboxMessage message) {
        String kind = message.content().messageKind();
        for (MessageKind known : MessageKind.values()) {
            if (known.name().equals(kind)) {
                return known.words();
            }
        }
        return "email \"" + message.subject() + "\"";
    }
}
