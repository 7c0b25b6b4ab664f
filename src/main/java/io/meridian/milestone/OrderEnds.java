package io.meridian.milestone;

import io.meridian.moments.TeamMoments;
import io.meridian.process.ClientToday;

/**
 * How an order ended, in the words of a withdrawn milestone's reason (the ledger's {@code withdrawal_reason}, the API's
 * {@code withdrawalReason}, the comment and delete reason of its process) and of a checklist withdrawn from the outbox.
 * The day is the client's: the day they lived the delivery or the end, in their time zone.
 */
final class OrderEnds {

    private static final String NOTHING_AFTER_DELIVERY = " before the client confirmed this milestone; no checklist goes to the client"
        + " and no task opens after the goods arrived.";

    private OrderEnds() {
    }

    /** "order MO-… was delivered on Mon 11 Jan 2027 in the client's time zone Europe/Berlin" */
    static String delivered(String orderNumber, ClientToday day) {
        return "order " + orderNumber + " was delivered on " + TeamMoments.day(day.date()) + " in the client's time zone " + day.zone().getId();
    }

    /** "order MO-… shipped on Mon 11 Jan 2027 in the client's time zone Europe/Berlin" */
    static String shipped(String orderNumber, ClientToday day) {
        return "order " + orderNumber + " shipped on " + TeamMoments.day(day.date()) + " in the client's time zone " + day.zone().getId();
    }

    /**
     * The order's shipment withdrew the milestone: every key milestone comes before the goods leave (sample approval,
     * production start, pre-shipment inspection, the shipment itself), so a checklist after it would ask the client to
     * confirm a step that is past.
     */
    static String atShipment(String shipped) {
        return "Withdrawn at the shipment: " + shipped + " before the client confirmed this milestone; no checklist goes to the client"
            + " and no task stays open once the goods have left.";
    }

    /**
     * The milestone was found still waiting after its order's shipment (a fulfilment that shipped on the process's former
     * version, before shipments withdrew milestones): withdrawn when the server found it, the shipment's day named.
     */
    static String afterShipment(String shipped) {
        return "Withdrawn after the shipment: " + shipped + " before the client confirmed this milestone; no checklist goes to the"
            + " client and no task stays open once the goods have left.";
    }

    /** The order's delivery withdrew the milestone, as it happened. */
    static String atDelivery(String delivered) {
        return "Withdrawn at the delivery: " + delivered + NOTHING_AFTER_DELIVERY;
    }

    /**
     * The milestone was found still waiting after its order's delivery (an order delivered before deliveries withdrew
     * milestones): withdrawn when the server found it, the delivery's day named.
     */
    static String afterDelivery(String delivered) {
        return "Withdrawn after the delivery: " + delivered + NOTHING_AFTER_DELIVERY;
    }

    /** "order MO-… ended without a delivery on Mon 11 Jan 2027 in the client's time zone Europe/Berlin (how)" */
    static String endedWithoutDelivery(String orderNumber, ClientToday day, String how) {
        return "order " + orderNumber + " ended without a delivery on " + TeamMoments.day(day.date()) + " in the client's time zone "
            + day.zone().getId() + " (" + how + ")";
    }

    /** The longest reason given to a deletion that a cancellation's reason quotes (it names the moments besides). */
    private static final int MAX_DELETE_REASON = 300;

    /**
     * An order's process deleted without its listeners (Cockpit's "Skip Custom Listeners", engine-rest's
     * {@code skipCustomListeners=true}), as the server noticed it later: "Order fulfilment deleted by demo at 2027-01-11T07:30:00Z
     * without its listeners: Client cancelled the order; noticed at 2027-01-11T08:00:00Z before the order confirmation
     * went out".
     *
     * @param noticed when and how the server noticed ("noticed at … before the order confirmation went out")
     */
    static String deletedWithoutListeners(RunningOrders.Ended ended, String noticed) {
        String reason = ended.reason() == null || ended.reason().isBlank() ? "" : ": " + abbreviate(ended.reason().strip());
        return ended.process() + " deleted" + (ended.by() == null ? "" : " by " + ended.by()) + " at " + ended.at() + " without its listeners"
            + reason + "; " + noticed;
    }

    private static String abbreviate(String text) {
        return text.length() <= MAX_DELETE_REASON ? text : text.substring(0, MAX_DELETE_REASON - 1) + "…";
    }

    /** The order ended without a delivery (its fulfilment or journey was cancelled): nothing more is asked of the client. */
    static String withoutDelivery(String ended) {
        return "Withdrawn: " + ended + " before the client confirmed this milestone; no checklist goes to the client and no task"
            + " stays open for an order that is not delivered.";
    }
}
