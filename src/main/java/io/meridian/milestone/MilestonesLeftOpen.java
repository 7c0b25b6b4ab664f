package io.meridian.milestone;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import io.meridian.order.OrderCancellation;
import io.meridian.order.OrderLedger;
import io.meridian.order.OrderRecord;
import io.meridian.order.TrackingNumbers;
import io.meridian.order.UnnoticedOrderEnds;
import io.meridian.process.ClientToday;
import io.meridian.process.RunningInstances;
import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The milestones the client has not confirmed whose order is over are withdrawn as the order's end withdraws them
 * ({@link MilestoneWithdrawal}): orders delivered before a delivery withdrew milestones (migration V19_1), whose
 * checklists still went out and whose "Confirm the milestone" tasks stayed open to escalate, orders shipped on order
 * fulfilment's former version, before the shipment withdrew them ({@link WithdrawMilestonesOnShipment}: the order desk is
 * told as at a shipment), and orders whose journey or
 * fulfilment was deleted without its listeners (Cockpit's "Skip Custom Listeners", engine-rest's
 * {@code skipCustomListeners=true}), which nothing of Meridian's heard. Such an order is CANCELLED too, its client emails
 * still waiting withdrawn ({@link OrderCancellation}), whether or not it had milestones; the reason says which process was
 * deleted when, the reason given to it, and when and how the server noticed: at its start ({@link #atStart}), at its
 * periodic check of running orders ({@link #checkRunning}, {@link OrderEndsCheck}) or just before a client email about
 * the order went out ({@link #endIfUnnoticed}, {@link OrderEmailCheck}). Each order in a transaction of its own, its row
 * locked; a milestone withdrawn or confirmed is never touched and an order cancelled stays as it was, so a second sweep
 * (or a second node) changes nothing.
 */
@Component
class MilestonesLeftOpen implements UnnoticedOrderEnds {

    private static final Logger log = LoggerFactory.getLogger(MilestonesLeftOpen.class);

    private final JdbcClient jdbc;
    private final OrderLedger orders;
    private final MilestoneWithdrawal withdrawal;
    private final ClientZones zones;
    private final RunningOrders runningOrders;
    private final TransactionTemplate transaction;
    /** Commits whatever the caller's transaction does after: a cancellation noticed by a request it then refuses. */
    private final TransactionTemplate ownTransaction;
    private final OrderCancellation cancellation;
    private final EngineReads engine;
    private final WithdrawMilestonesOnShipment shipment;

    MilestonesLeftOpen(JdbcClient jdbc, OrderLedger orders, MilestoneWithdrawal withdrawal, ClientZones zones, RunningOrders runningOrders,
                       PlatformTransactionManager transactions, OrderCancellation cancellation, EngineReads engine,
                       WithdrawMilestonesOnShipment shipment) {
        this.engine = engine;
        this.shipment = shipment;
        this.jdbc = jdbc;
        this.orders = orders;
        this.withdrawal = withdrawal;
        this.zones = zones;
        this.runningOrders = runningOrders;
        this.transaction = new TransactionTemplate(transactions);
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.cancellation = cancellation;
    }

    /** The start's sweep, over the processes that ran when it began ({@link OrderEndsCheck} reads them once for both checks). */
    Sweep atStart(RunningInstances.Running running) {
        Sweep sweep = withdrawLeftOpen(now -> "noticed at the server's start at " + now, running);
        if (sweep.milestones() > 0 || sweep.cancelled() > 0) {
            log.info("At start: {} key milestone(s) of orders that were over withdrawn (checklists no longer sent, tasks ended);"
                + " {} order(s) whose process was deleted without its listeners cancelled", sweep.milestones(), sweep.cancelled());
        }
        return sweep;
    }

    /** The periodic check: as at the start, so that an order deleted behind the server's back does not wait for a restart. */
    Sweep checkRunning(RunningInstances.Running running) {
        Sweep sweep = withdrawLeftOpen(now -> "noticed at " + now + " by the server's periodic check of running orders", running);
        if (sweep.milestones() > 0 || sweep.cancelled() > 0) {
            log.info("Check of running orders: {} key milestone(s) of orders that were over withdrawn; {} order(s) whose process"
                + " was deleted without its listeners cancelled", sweep.milestones(), sweep.cancelled());
        }
        return sweep;
    }

    /** What a sweep changed: milestones withdrawn, orders cancelled. */
    record Sweep(int milestones, int cancelled) {
    }

    /** One order's part of a sweep. */
    private record Over(int milestones, boolean cancelled, String what) {
    }

    /**
     * Withdraws the open milestones of every order that is over, and cancels the orders whose process was deleted without
     * its listeners.
     *
     * @param noticed when and how the server noticed, for the reason ("noticed at the server's start at …")
     * @param running the journeys and fulfilments that ran when the check began
     */
    Sweep withdrawLeftOpen(Function<Instant, String> noticed, RunningInstances.Running running) {
        // the delivered orders with open milestones, and every order neither delivered nor cancelled whose journey and
        // fulfilment both no longer run (one deleted without the listeners is CANCELLED here, its client emails still
        // waiting withdrawn); a running order is passed over with the running processes read once, not in a locked
        // transaction of its own with engine queries each
        List<String> orderIds = jdbc.sql("""
                select distinct m.order_id, o.inquiry_id, o.status, 1 from order_milestone m join customer_order o on o.id = m.order_id
                where m.confirmed_at is null and m.withdrawn_at is null
                union
                select id, inquiry_id, status, 0 from customer_order where status not in ('DELIVERED', 'CANCELLED')""")
            // a shipped order with open milestones shipped on the fulfilment's former version; other shipped orders run on
            .query((rs, n) -> "DELIVERED".equals(rs.getString(3)) || "SHIPPED".equals(rs.getString(3)) && rs.getInt(4) == 1
                || !(running.runsFor(rs.getString(1)) || running.runsFor(rs.getString(2)))
                ? rs.getString(1) : null)
            .list().stream().filter(Objects::nonNull).distinct().toList();
        int withdrawn = 0;
        int cancelled = 0;
        for (String orderId : orderIds) {
            try {
                Over over = transaction.execute(status -> withdrawIfOver(orderId, noticed));
                withdrawn += over == null ? 0 : over.milestones();
                cancelled += over != null && over.cancelled() ? 1 : 0;
            } catch (RuntimeException e) {
                // another node sweeping at the same moment, or a record this node cannot read: the next sweep tries again
                log.warn("The open milestones of order {} were not withdrawn: {}", orderId, e.toString());
            }
        }
        return new Sweep(withdrawn, cancelled);
    }

    /**
     * An order whose process was deleted without its listeners, found just before a client email about it goes out or when
     * an event about it is posted: in a transaction of its own (committed also when the caller's rolls back, as a refused
     * request's does), its open milestones are withdrawn and it is CANCELLED, its other client emails still waiting
     * withdrawn. What happened to the order ("order MO-… ended without a delivery on … (Order fulfilment deleted at …
     * without its listeners…; noticed at …)"), empty for an order that still runs, was delivered or cancelled already. Call it
     * before the caller's transaction locks the order: an order that runs is read without a lock, one that ended is locked in
     * the transaction of its own.
     */
    @Override
    public Optional<String> endIfUnnoticed(String orderId, Function<Instant, String> noticed) {
        OrderRecord unlocked = orders.byId(orderId).orElse(null);
        if (unlocked == null || unlocked.status() == OrderRecord.Status.DELIVERED || unlocked.status() == OrderRecord.Status.CANCELLED
            || runningOrders.endedWithoutDelivery(unlocked).isEmpty()) {
            return Optional.empty();
        }
        // the server's own work, whoever posted: the milestones' processes end whatever the caller may do in the engine
        return Optional.ofNullable(engine.asSystem(() -> ownTransaction.execute(status -> {
            OrderRecord order = orders.byIdForUpdate(orderId).orElse(null);
            if (order == null || order.status() == OrderRecord.Status.DELIVERED || order.status() == OrderRecord.Status.CANCELLED) {
                return null;
            }
            Over over = withdrawIfOver(order, noticed);
            return over.cancelled() ? over.what() : null;
        })));
    }

    private Over withdrawIfOver(String orderId, Function<Instant, String> noticed) {
        // locked as a milestone's planning locks it: no milestone is added to the order meanwhile
        OrderRecord order = orders.byIdForUpdate(orderId).orElse(null);
        return order == null ? new Over(0, false, null) : withdrawIfOver(order, noticed);
    }

    private Over withdrawIfOver(OrderRecord order, Function<Instant, String> noticed) {
        Instant now = ClockUtil.now().toInstant();
        if (order.status() == OrderRecord.Status.DELIVERED) {
            Instant deliveredAt = order.deliveredAt() == null ? now : order.deliveredAt();
            String delivered = OrderEnds.delivered(order.orderNumber(), ClientToday.at(deliveredAt, zones.of(order, now)));
            return new Over(withdrawal.withdraw(order.id(), now, OrderEnds.afterDelivery(delivered), delivered).milestones(), false, delivered);
        }
        if (order.status() == OrderRecord.Status.CANCELLED) {
            // cancelled already (its milestones left open meanwhile): withdrawn for the cancellation the ledger names
            String cancelled = OrderCancellation.cancelled(order);
            return new Over(withdrawal.withdraw(order.id(), now, OrderEnds.withoutDelivery(cancelled), cancelled).milestones(), false,
                cancelled);
        }
        Optional<RunningOrders.Ended> ended = runningOrders.endedWithoutDelivery(order);
        if (ended.isEmpty() && order.shippedAt() != null) {
            // shipped on order fulfilment's former version, which left its milestones open: withdrawn now, the order desk told
            ClientToday day = ClientToday.at(order.shippedAt(), zones.of(order, now));
            int withdrawn = shipment.withdraw(order.id(), order.orderNumber(), day,
                WithdrawMilestonesOnShipment.how(order.carrier(), TrackingNumbers.of(order)), OrderEnds::afterShipment, now);
            return new Over(withdrawn, false, OrderEnds.shipped(order.orderNumber(), day));
        }
        if (ended.isEmpty()) {
            // a running order: its milestones go on (the client's zone is decided only for an order that is over)
            return new Over(0, false, null);
        }
        String how = OrderEnds.deletedWithoutListeners(ended.get(), noticed.apply(now));
        // the day the client lived the end: the process's deletion, not the server's noticing it
        String what = OrderEnds.endedWithoutDelivery(order.orderNumber(), ClientToday.at(ended.get().at(), zones.of(order, now)), how);
        int withdrawn = withdrawal.withdraw(order.id(), now, OrderEnds.withoutDelivery(what), what).milestones();
        return new Over(withdrawn, cancellation.cancel(order.id(), now, how, what), what);
    }
}
