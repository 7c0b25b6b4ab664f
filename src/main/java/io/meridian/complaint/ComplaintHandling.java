package io.meridian.complaint;

import io.meridian.process.ClientVariables;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Names of the complaint-handling process that code, forms and other systems rely on. */
public final class ComplaintHandling {

    public static final String KEY = "complaintHandling";
    public static final String RESOURCE = "processes/complaint-handling.bpmn";

    private ComplaintHandling() {
    }

    /** Team working days the root-cause fix of a complaint of this severity is due in: 2 for HIGH and CRITICAL, else 5. */
    public static int rootCauseFixWorkingDays(Severity severity) {
        return severity.compareTo(Severity.HIGH) >= 0 ? ComplaintTaskListener.URGENT_FIX_WORKING_DAYS : ComplaintTaskListener.FIX_WORKING_DAYS;
    }

    public static final class Activity {
        public static final String COMPLAINT_RECEIVED = "complaintReceived";
        public static final String REGISTER_COMPLAINT = "registerComplaint";
        public static final String CLASSIFY_COMPLAINT = "classifyComplaint";
        public static final String ACKNOWLEDGE_COMPLAINT = "acknowledgeComplaint";
        public static final String SEND_ACKNOWLEDGEMENT = "sendAcknowledgement";
        public static final String DIAGNOSE_COMPLAINT = "diagnoseComplaint";
        public static final String SEND_DIAGNOSIS = "sendDiagnosis";
        public static final String PROVIDE_INTERIM_SOLUTION = "provideInterimSolution";
        public static final String SEND_INTERIM_SOLUTION = "sendInterimSolution";
        public static final String FIX_ROOT_CAUSE = "fixRootCause";
        public static final String SEND_ROOT_CAUSE_FIX = "sendRootCauseFix";
        /** Event-based gateway: the client's confirmation, or the time to follow up, whichever comes first. */
        public static final String WAIT_FOR_CLIENT = "waitForClient";
        public static final String AWAIT_CONFIRMATION = "awaitClientConfirmation";
        public static final String CONFIRMATION_OVERDUE = "confirmationOverdue";
        public static final String FOLLOW_UP_COMPLAINT = "followUpComplaint";
        /** The client's confirmation arriving while the team is following up: it ends the follow-up. */
        public static final String CONFIRMED_DURING_FOLLOW_UP = "confirmedDuringFollowUp";
        public static final String RECORD_FOLLOW_UP_ANSWER = "recordFollowUpAnswer";
        public static final String CLIENT_ANSWERED = "clientAnswered";
        public static final String SATISFIED = "clientSatisfied";
        public static final String REOPEN_COMPLAINT = "reopenComplaint";
        public static final String CLOSE_COMPLAINT = "closeComplaint";
        public static final String COMPLAINT_RESOLVED = "complaintResolved";

        private Activity() {
        }
    }

    public static final class Message {
        public static final String CONFIRMATION = "ComplaintConfirmation";

        private Message() {
        }
    }

    /** Process variables of a complaint (the client's fields are named as in the client journey). */
    public static final class Var {
        public static final String COMPLAINT_ID = "complaintId";
        public static final String COMPLAINT_NUMBER = "complaintNumber";
        public static final String CLIENT_ID = "clientId";
        /** Transient start variable: who opened the complaint, kept with the blanks it fills in the client record. */
        public static final String OPENED_BY = "complaintOpenedBy";
        public static final String ORDER_ID = "orderId";
        public static final String INQUIRY_ID = "inquiryId";
        public static final String SOURCE = "complaintSource";
        public static final String CATEGORY = "category";
        public static final String WORDING = "wording";
        public static final String DESCRIPTION = "description";
        public static final String RECEIVED_AT = "receivedAt";
        public static final String ORDER_VALUE = "orderValue";
        public static final String COMPANY = ClientVariables.COMPANY;
        public static final String CONTACT_NAME = ClientVariables.CONTACT_NAME;
        public static final String EMAIL = ClientVariables.EMAIL;
        public static final String COUNTRY = ClientVariables.COUNTRY;
        public static final String TIME_ZONE = ClientVariables.TIME_ZONE;
        public static final String LANGUAGE = ClientVariables.LANGUAGE;
        public static final String TIER = ClientVariables.TIER;
        public static final String PREFERRED_CHANNEL = ClientVariables.PREFERRED_CHANNEL;
        public static final String MAIN_CATEGORY = "mainCategory";
        /** Severity now: the table's, raised one level each time the client is not satisfied. */
        public static final String SEVERITY = "severity";
        public static final String FIRST_RESPONSE = "firstResponse";
        public static final String FIRST_RESPONSE_DUE_AT = "firstResponseDueAt";
        /**
         * Transient, in the command that classified a complaint received outside the team's hours: when its automatic
         * receipt told the client the personal answer comes (for the acknowledgement task's briefing).
         */
        public static final String RECEIPT_PROMISE = "receiptPromise";
        /**
         * When the first response was due, for a complaint entered after that (transient, for the acknowledgement's
         * briefing: the ledger's firstResponseDueAt and createdAt keep it); as the inquiry's {@code lateOnEntry}.
         */
        public static final String LATE_ON_ENTRY = "lateOnEntry";
        public static final String CRISIS = "crisis";
        public static final String TEAM = "team";
        /** Candidate groups of the complaint's tasks, comma-separated (the team; managers when a senior must answer). */
        public static final String TEAMS = "complaintTeams";
        public static final String SENIOR_CONTACT = "seniorContact";
        public static final String CHANNEL = "complaintChannel";
        public static final String GUIDANCE = "complaintGuidance";
        public static final String FIRED_RULES = "complaintFiredRules";
        public static final String RULES_VERSION = "complaintRulesVersion";
        /** How often the client was not satisfied: 0 at first, one more for each reopening. */
        public static final String LEVEL = "complaintLevel";
        public static final String SATISFIED = "satisfied";
        public static final String CLIENT_COMMENT = "clientComment";
        /** The follow-up's outcome, one of {@link FollowUpAnswer}. */
        public static final String CLIENT_ANSWER = "clientAnswer";
        /** How many follow-ups the team made while waiting for the client's confirmation. */
        public static final String FOLLOW_UPS = "confirmationFollowUps";
        public static final String ACKNOWLEDGEMENT = "acknowledgement";
        public static final String DIAGNOSIS = "diagnosis";
        public static final String INTERIM_SOLUTION = "interimSolution";
        public static final String ROOT_CAUSE = "rootCause";
        public static final String CORRECTIVE_ACTION = "correctiveAction";
        /**
         * The detractor scores given about the complaint's order while it was open (each on a line of its own), which
         * opened no second complaint; its tasks' briefings show them.
         */
        public static final String LATER_SCORES = "detractorScoresSince";
        public static final String BRIEFING = ClientVariables.BRIEFING;
        public static final String TASK_GUIDANCE = ClientVariables.GUIDANCE;
        public static final String WHY = ClientVariables.WHY;

        private Var() {
        }
    }

    /** What the client said when the team followed up on the fix. */
    public enum FollowUpAnswer { SATISFIED, NOT_SATISFIED, NO_ANSWER }

    /** Where a complaint came from. */
    public enum Source { API, DETRACTOR }

    /** Whether the complaint was opened from a detractor score, not sent by the client. */
    static boolean fromDetractorScore(VariableScope scope) {
        return Source.DETRACTOR.name().equals(scope.getVariable(Var.SOURCE));
    }
}
