package io.meridian.milestone;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.meridian.order.OrderCancellation;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderRecord;
import io.meridian.process.ClientToday;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At every start, the milestones the client has not confirmed whose order is over are withdrawn as the order's end
 * withdraws them ({@link MilestoneWithdrawal}): orders delivered before a delivery withdrew milestones (migration V19_1),
 * whose checklists still went out and whose "Confirm the milestone" tasks stayed open to escalate, and orders whose
 * journey or fulfilment was cancelled without the listeners (Cockpit's cancel skips custom listeners by default). The
 * reason names the day of the delivery, or the day the server found the order ended. Each order in a transaction of its
 * own; a milestone withdrawn or confirmed is never touched, so a second start (or a second node) changes nothing. Such
 * a cancelled order is CANCELLED too, its client emails still waiting withdrawn ({@link OrderCancellation}), whether or not
 * it had milestones.
 */
@Component
class MilestonesLeftOpen {

    private static final Logger log = LoggerFactory.getLogger(MilestonesLeftOpen.class);

    private final JdbcClient jdbc;
    private final OrderLedger orders;
    private final MilestoneWithdrawal withdrawal;
    private final ClientZones zones;
    private final RunningOrders runningOrders;
    private final TransactionTemplate transaction;
    private final OrderCancellation cancellation;

    MilestonesLeftOpen(JdbcClient jdbc, OrderLedger orders, MilestoneWithdrawal withdrawal, ClientZones zones, RunningOrders runningOrders,
                       PlatformTransactionManager transactions, OrderCancellation cancellation) {
        this.jdbc = jdbc;
        this.orders = orders;
        this.withdrawal = withdrawal;
        this.zones = zones;
        this.runningOrders = runningOrders;
        this.transaction = new TransactionTemplate(transactions);
        this.cancellation = cancellation;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        int withdrawn = withdrawLeftOpen();
        if (withdrawn > 0) {
            log.info("At start: {} key milestone(s) of orders that were over withdrawn (checklists no longer sent, tasks ended)", withdrawn);
        }
    }

    /** Withdraws the open milestones of every order that is over; how many milestones it withdrew. */
    int withdrawLeftOpen() {
        // the delivered orders with open milestones, and every order neither delivered nor cancelled whose journey and
        // fulfilment both no longer run (one cancelled without the listeners is CANCELLED here, its client emails still
        // waiting withdrawn); a running order is passed over with the running processes read once, not in a locked
        // transaction of its own with engine queries each, on the way to the server's readiness
        Set<String> running = runningOrders.runningKeys();
        List<String> orderIds = jdbc.sql("""
                select distinct m.order_id, o.inquiry_id, o.status from order_milestone m join customer_order o on o.id = m.order_id
                where m.confirmed_at is null and m.withdrawn_at is null
                union
                select id, inquiry_id, status from customer_order where status not in ('DELIVERED', 'CANCELLED')""")
            .query((rs, n) -> "DELIVERED".equals(rs.getString(3))
                || !(running.contains(rs.getString(1)) || rs.getString(2) != null && running.contains(rs.getString(2)))
                ? rs.getString(1) : null)
            .list().stream().filter(Objects::nonNull).distinct().toList();
        int withdrawn = 0;
        for (String orderId : orderIds) {
            try {
                Integer done = transaction.execute(status -> withdrawIfOver(orderId));
                withdrawn += done == null ? 0 : done;
            } catch (RuntimeException e) {
                // another node starting at the same moment, or a record this node cannot read: the next start tries again
                log.warn("At start: the open milestones of order {} were not withdrawn: {}", orderId, e.toString());
            }
        }
        return withdrawn;
    }

    private int withdrawIfOver(String orderId) {
        // locked as a milestone's planning locks it: no milestone is added to the order meanwhile
        OrderRecord order = orders.byIdForUpdate(orderId).orElse(null);
        if (order == null) {
            return 0;
        }
        Instant now = ClockUtil.now().toInstant();
        if (order.status() == OrderRecord.Status.DELIVERED) {
            Instant deliveredAt = order.deliveredAt() == null ? now : order.deliveredAt();
            String delivered = OrderEnds.delivered(order.orderNumber(), ClientToday.at(deliveredAt, zones.of(order, now)));
            return withdrawal.withdraw(orderId, now, OrderEnds.afterDelivery(delivered), delivered).milestones();
        }
        if (!runningOrders.endedWithoutDelivery(order)) {
            // a running order: its milestones go on (the client's zone is decided only for an order that is over)
            return 0;
        }
        String how = "found at the server's start: its journey or fulfilment was cancelled";
        String ended = OrderEnds.endedWithoutDelivery(order.orderNumber(), ClientToday.at(now, zones.of(order, now)), how);
        int withdrawn = withdrawal.withdraw(orderId, now, OrderEnds.withoutDelivery(ended), ended).milestones();
        if (order.status() != OrderRecord.Status.CANCELLED) {
            cancellation.cancel(orderId, now, how, ended);
        }
        return withdrawn;
    }
}
