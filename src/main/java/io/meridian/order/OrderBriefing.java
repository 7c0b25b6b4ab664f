package io.meridian.order;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.meridian.names.Words;
import io.meridian.moments.TeamMoments;
import io.meridian.process.BriefingSection;
import io.meridian.inquiry.ClientJourney;
import io.meridian.process.ClientToday;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskGuidance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * What an order task's briefing says about the order, read from the order ledger when the task is
 * created: number, amount, what is paid and what is open over every payment recorded, the last
 * payment, and the promised delivery date with the stock's forecast day, or "stock complete" once production reported it;
 * once shipped, when, with which carrier and every tracking number of the shipment.
 */
@Component
class OrderBriefing implements BriefingSection {

    static final Set<String> ORDER_TASKS = Stream.concat(Stream.of(ClientJourney.Activity.CONFIRM_ORDER,
        ClientJourney.Activity.CHASE_PAYMENT, ClientJourney.Activity.REVIEW_PARTIAL_PAYMENT,
        OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, OrderFulfilment.Activity.NOTIFY_STOCK_READY,
        OrderFulfilment.Activity.REVIEW_STOCK_DATE, OrderFulfilment.Activity.CLEAR_CUSTOMS, OrderFulfilment.Activity.CHASE_SHIPMENT,
        OrderFulfilment.Activity.CHECK_DELIVERY),
        OrderFulfilment.Activity.EMERGENCY_ROLES.stream()).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private final OrderLedger orders;
    private final DeliveryDates deliveryDates;

    OrderBriefing(OrderLedger orders, DeliveryDates deliveryDates) {
        this.orders = orders;
        this.deliveryDates = deliveryDates;
    }

    @Override
    public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
        String orderId = ProcessValues.text(task, ClientJourney.Var.ORDER_ID);
        if (orderId == null || !ORDER_TASKS.contains(task.getTaskDefinitionKey())) {
            return Optional.empty();
        }
        return orders.byId(orderId).map(order -> text(task, order, orders.payments(orderId), teamZone, clientZone));
    }

    private String text(DelegateTask task, OrderRecord order, List<OrderPayment> payments, ZoneId teamZone, ZoneId clientZone) {
        BigDecimal paid = payments.stream().map(OrderPayment::amount).reduce(Money.zero(order.currency()), BigDecimal::add);
        BigDecimal open = Money.of(order.amount().subtract(paid).max(BigDecimal.ZERO), order.currency());
        StringBuilder b = new StringBuilder();
        b.append("**Order:** ").append(order.orderNumber()).append(", amount ").append(money(order.amount(), order.currency()))
            .append(", paid ").append(money(paid, order.currency())).append(", open ").append(money(open, order.currency()))
            .append(" (").append(Words.of(order.paymentStatus())).append(')');
        if (!payments.isEmpty()) {
            OrderPayment last = payments.get(payments.size() - 1);
            b.append("; last payment ").append(money(last.amount(), last.currency())).append(" received ")
                .append(TaskGuidance.both(last.receivedAt(), teamZone, clientZone));
        }
        LocalDate promised = order.deliveryDate() != null ? order.deliveryDate()
            : ProcessValues.date(task, OrderFulfilment.Var.DELIVERY_DATE);
        b.append("\n\n**Promised delivery:** ");
        if (promised == null) {
            b.append(ClientJourney.Activity.CONFIRM_ORDER.equals(task.getTaskDefinitionKey()) ? "set it in this task" : "not set");
        } else {
            b.append(TeamMoments.day(promised));
            String method = order.shippingMethod() != null ? order.shippingMethod() : ProcessValues.text(task, OrderFulfilment.Var.SHIPPING_METHOD);
            if (method != null) {
                b.append(" by ").append(method.toLowerCase(Locale.ROOT));
            }
        }
        if (Boolean.TRUE.equals(task.getVariable(OrderFulfilment.Var.STOCK_COMPLETE))) {
            // production reported it: the forecast's day, weeks ahead perhaps, would tell logistics the goods are not ready
            b.append(", stock complete");
        } else if (order.stockReadyOn() != null) {
            b.append(", stock ready on ").append(TeamMoments.day(order.stockReadyOn()));
        }
        if (order.shippedAt() != null) {
            // "Check delivery" asks logistics to check the tracking with the carrier: every part of a split shipment
            b.append("\n\n**Shipped:** ").append(TaskGuidance.both(order.shippedAt(), teamZone, clientZone))
                .append(order.carrier() == null ? "" : " with " + order.carrier())
                .append(order.trackingNumber() == null ? "" : ", " + TrackingNumbers.written(TrackingNumbers.of(order)));
        }
        Integer leadTime = ProcessValues.integer(task, ClientJourney.Var.QUOTE_LEAD_TIME_DAYS);
        if (ClientJourney.Activity.CONFIRM_ORDER.equals(task.getTaskDefinitionKey()) && leadTime != null) {
            // what the client was promised, as "Confirm order" checks it (DeliveryDates): counted from the client's today
            ClientToday today = ClientToday.at(ClockUtil.now().toInstant(), clientZone);
            b.append("\n\n**Quoted lead time:** ").append(leadTime).append(" days after order confirmation: confirmed today (")
                .append(TeamMoments.day(today.date())).append(" for the client), the earliest delivery date is ")
                .append(TeamMoments.day(deliveryDates.earliest(task, today, leadTime)))
                .append(", a working day of the client. Promise an earlier date only as a rush order the factory has agreed to (tick \"Rush order\").");
        }
        return b.toString();
    }

    private static String money(BigDecimal amount, String currency) {
        return Money.written(amount, currency);
    }
}
