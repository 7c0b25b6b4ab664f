package io.meridian.milestone;


/** Names of the milestone process ({@code processes/order-milestone.bpmn}) that code and tests share. */
final class OrderMilestone {

    static final String KEY = "orderMilestone";

    /** The message that ends the wait for the checklist's time when the client confirms before being asked. */
    static final String CONFIRMED_EARLY_MESSAGE = "MilestoneConfirmed";

    /**
     * Seed 003: ask the client to confirm 72 hours before a key milestone, read as three of the client's working days
     * (the checklist goes at the opening of the third working day before the milestone's), so that a weekend or a
     * holiday such as Japan's New Year does not take the time the seed gives the client to check.
     */
    static final int ASK_WORKING_DAYS_BEFORE = 3;

    private OrderMilestone() {
    }

    /** Activity ids. */
    static final class Activity {
        static final String MILESTONE_PLANNED = "milestonePlanned";
        /** The event-based gateway where a milestone waits: for the checklist's time or an early confirmation. */
        static final String ASKED_OR_CONFIRMED = "askedOrConfirmed";
        static final String CHECKLIST_DUE = "checklistDue";
        static final String CONFIRMED_EARLY = "confirmedEarly";
        static final String SEND_CHECKLIST = "sendChecklist";
        static final String CONFIRM_MILESTONE = "confirmMilestone";
        static final String RECORD_CONFIRMATION = "recordConfirmation";
        static final String MILESTONE_CONFIRMED = "milestoneConfirmed";

        private Activity() {
        }
    }

    /** Process variables besides the client's fields. */
    static final class Var {
        static final String ORDER_ID = "orderId";
        static final String ORDER_NUMBER = "orderNumber";
        static final String CLIENT_ID = "clientId";
        static final String INQUIRY_ID = "inquiryId";
        static final String MILESTONE_ID = "milestoneId";
        static final String MILESTONE_NAME = "milestoneName";
        static final String MILESTONE_ON = "milestoneOn";
        static final String MILESTONE_AT = "milestoneAt";
        static final String ASK_AT = "askAt";
        static final String CHECKLIST = "checklist";
        static final String CLIENT_CONFIRMED = "clientConfirmed";
        static final String CONFIRMED_BY = "confirmedBy";
        static final String CONFIRMATION_NOTE = "confirmationNote";

        private Var() {
        }
    }

    /** Where a milestone stands, as the API shows it. */
    enum State {
        /** The checklist goes out three of the client's working days before (72 hours of their time). */
        PLANNED,
        /** The client has the checklist; the order desk waits for the confirmation. */
        ASKED,
        /** The milestone has come without a confirmation: its task escalates. */
        OVERDUE,
        CONFIRMED,
        /**
         * The order shipped, was delivered, or ended without a delivery before the client confirmed: the milestone's process
         * ended, a checklist still waiting in the outbox was withdrawn, and no task is open ({@link MilestoneWithdrawal}).
         */
        WITHDRAWN
    }
}
