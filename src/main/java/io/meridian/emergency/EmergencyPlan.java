package io.meridian.emergency;

/** Names of the emergency plan process ({@code processes/emergency-plan.bpmn}) that code and tests share. */
public final class EmergencyPlan {

    public static final String KEY = "emergencyPlan";
    public static final String RESOURCE = "processes/emergency-plan.bpmn";

    private EmergencyPlan() {
    }

    /** Activity ids. {@code sendExceptionNotice} is a name DESIGN.md promises other systems. */
    public static final class Activity {
        public static final String EMERGENCY_RAISED = "emergencyRaised";
        public static final String OPEN_ROLES = "openRoles";
        public static final String TALK_TO_SUPPLIER = "talkToSupplier";
        /** Exclusive gateway: a crisis complaint's client is informed by the complaint's acknowledgement, no notice of its own. */
        public static final String CLIENT_ROLE = "clientRole";
        public static final String CLIENT_INFORMED = "clientInformed";
        public static final String SEND_EXCEPTION_NOTICE = "sendExceptionNotice";
        public static final String MAIL_EXCEPTION_NOTICE = "mailExceptionNotice";
        public static final String DESIGN_FIX = "designFix";
        public static final String ROLES_DONE = "rolesDone";
        public static final String EMERGENCY_HANDLED = "emergencyHandled";

        private Activity() {
        }
    }

    /** Variables: the caller passes the kind and description in; each role's task writes its own. */
    public static final class Var {
        public static final String KIND = "exceptionKind";
        public static final String DESCRIPTION = "exceptionDescription";
        /** Set by the client-facing role: what the exception notice says. */
        public static final String CAUSE = "exceptionCause";
        public static final String SOLUTION = "exceptionSolution";
        public static final String EXPECTED_RECOVERY = "expectedRecovery";
        /** Set by the supplier role: what the supplier (factory, carrier or forwarder) said and promised. */
        public static final String SUPPLIER_ANSWER = "supplierAnswer";
        /** Set by the fix role: the plan that removes the cause, and by when it takes effect. */
        public static final String FIX_PLAN = "fixPlan";
        public static final String FIX_EFFECTIVE_BY = "fixEffectiveBy";
        /**
         * Set when the client-facing role completes: who wrote the notice (the user id; null for nobody known). The notice
         * is mailed in a job of its own, by when another role's completion may have changed {@code completedBy}: it is
         * signed with this person's name, not that of whoever completed the plan's last task.
         */
        public static final String NOTICE_WRITTEN_BY = "exceptionNoticeWrittenBy";
        /** Set when the notice is planned in the outbox. */
        public static final String NOTICE_PLANNED_AT = "exceptionNoticePlannedAt";
        /** From the caller: the order's number (fulfilment) or the complaint's (complaint handling). */
        public static final String ORDER_NUMBER = "orderNumber";
        public static final String COMPLAINT_NUMBER = "complaintNumber";

        private Var() {
        }
    }

    /** What opened the plan: the three emergencies of seed 001. */
    public enum Kind { PRODUCTION_DELAY, LOGISTICS_HOLD, QUALITY_COMPLAINT }
}
