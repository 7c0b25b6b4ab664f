package io.meridian.milestone;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;

import io.meridian.moments.TeamMoments;
import io.meridian.order.OrderFulfilment;
import io.meridian.order.TrackingNumbers;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientToday;
import io.meridian.process.ProcessValues;
import io.meridian.staffmail.StaffMail;
import io.meridian.system.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * The goods leave ({@code ${withdrawMilestonesOnShipment}} on order fulfilment's {@code Shipped} event, in the
 * transaction of {@code POST /api/orders/{id}/shipment}): every key milestone comes before that (sample approval,
 * production start, pre-shipment inspection, the shipment itself), so one the client has not confirmed is withdrawn
 * ({@link MilestoneWithdrawal}): no checklist asks the client about a step that is past, no "Confirm the milestone" task
 * stays open to escalate, and the ledger keeps it WITHDRAWN with the reason naming the shipment. The goods left without
 * the client's confirmation, so the order desk is told by email which milestones and how far each got. A confirmed
 * milestone stays as it was; an order without open milestones changes nothing and nobody is emailed.
 */
@Component("withdrawMilestonesOnShipment")
class WithdrawMilestonesOnShipment implements ExecutionListener {

    private final MilestoneWithdrawal withdrawal;
    private final Milestones milestones;
    private final ClientClocks clocks;
    private final StaffMail staff;

    WithdrawMilestonesOnShipment(MilestoneWithdrawal withdrawal, Milestones milestones, ClientClocks clocks, StaffMail staff) {
        this.withdrawal = withdrawal;
        this.milestones = milestones;
        this.clocks = clocks;
        this.staff = staff;
    }

    @Override
    public void notify(DelegateExecution execution) {
        FulfilmentMoment shipment = FulfilmentMoment.of(execution, OrderFulfilment.Var.SHIPPED_AT, clocks);
        String carrier = ProcessValues.text(execution, OrderFulfilment.Var.CARRIER);
        // every part of a split shipment, as the client's tracking email lists them
        List<String> tracking = TrackingNumbers.of(ProcessValues.text(execution, OrderFulfilment.Var.TRACKING_NUMBER),
            ProcessValues.text(execution, OrderFulfilment.Var.ADDITIONAL_TRACKING_NUMBERS));
        withdraw(shipment.orderId(), shipment.order(), shipment.day(), how(carrier, tracking), OrderEnds::atShipment, shipment.now());
    }

    /**
     * Withdraws the order's open milestones, the reason made from what happened ("order MO-… shipped on …"), and tells the
     * order desk which ones, if any; how many.
     */
    int withdraw(String orderId, String order, ClientToday day, String how, UnaryOperator<String> reason, Instant now) {
        List<Milestones.Milestone> open = milestones.ofOrder(orderId, now).stream()
            .filter(m -> m.confirmedAt() == null && m.withdrawnAt() == null).toList();
        if (open.isEmpty()) {
            return 0;
        }
        String shipped = OrderEnds.shipped(order, day);
        int withdrawn = withdrawal.withdraw(orderId, now, reason.apply(shipped), shipped).milestones();
        staff.toGroup(Groups.ORDER_DESK, subject(order, open), body(order, shipped, how, open, day.zone()), orderId);
        return withdrawn;
    }

    /** "Order MO-… shipped before the client confirmed 2 key milestones: Sample approval, Pre-shipment inspection" */
    static String subject(String order, List<Milestones.Milestone> open) {
        return "Order " + order + " shipped before the client confirmed " + (open.size() == 1 ? "a key milestone" : open.size()
            + " key milestones") + ": " + String.join(", ", open.stream().map(Milestones.Milestone::name).toList());
    }

    /**
     * Each milestone with its day and how far it got, the moment its checklist went out on the client's clock, and what the
     * order desk can still do, in words: the order by its number ({@code order}, "MO-…").
     */
    static String body(String order, String shipped, String how, List<Milestones.Milestone> open, ZoneId clientZone) {
        StringBuilder body = new StringBuilder(Character.toUpperCase(shipped.charAt(0)) + shipped.substring(1) + how
            + " before the client confirmed " + (open.size() == 1 ? "this key milestone" : "these key milestones") + ":\n\n");
        for (Milestones.Milestone m : open) {
            body.append("- ").append(m.name()).append(", due ").append(TeamMoments.day(m.dueOn())).append(": ")
                .append(m.askedAt() == null ? "the checklist had not gone to the client yet"
                    : "the checklist went to the client on " + TeamMoments.withZone(m.askedAt(), clientZone) + ", no confirmation came")
                .append('\n');
        }
        // staff read this in their mailbox: the order by its number and what to do in words, no API path or internal id
        body.append("\n").append(open.size() == 1 ? "It is" : "They are").append(" withdrawn: no checklist goes to the client about ")
            .append(open.size() == 1 ? "it" : "them").append(" any more, and no \"Confirm the milestone\" task stays open. If the client")
            .append(" still has to sign ").append(open.size() == 1 ? "it off" : "off one of them")
            .append(" (an inspection report, say), ask them yourself (by phone or on their usual channel) and record what they")
            .append(" confirmed as confirmed items on order ").append(order).append(": the client gets it back in writing.\n");
        return body.toString();
    }

    /** " (Maersk, tracking number MAEU11)" or " (Maersk, tracking numbers MAEU11 and MAEU12)", what the shipment named. */
    static String how(String carrier, List<String> tracking) {
        if (tracking.isEmpty()) {
            return "";
        }
        return " (" + (carrier == null || carrier.isBlank() ? "" : carrier + ", ") + TrackingNumbers.written(tracking) + ")";
    }
}
