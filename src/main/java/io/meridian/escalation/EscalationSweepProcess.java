package io.meridian.escalation;

/** Names of the escalation sweep process ({@code processes/escalation-sweep.bpmn}) that code and tests share. */
final class EscalationSweepProcess {

    public static final String KEY = "escalationSweep";
    public static final String RESOURCE = "processes/escalation-sweep.bpmn";

    private EscalationSweepProcess() {
    }

    /** Activity ids. */
    public static final class Activity {
        public static final String SWEEP_DUE = "sweepDue";
        public static final String CHECK_ESCALATIONS = "checkEscalations";
        public static final String SWEEP_DONE = "sweepDone";

        private Activity() {
        }
    }

    /** Variables of one sweep instance: what the run did, for Cockpit and history. */
    public static final class Var {
        public static final String TASKS_CHECKED = "tasksChecked";
        public static final String TASKS_ESCALATED = "tasksEscalated";
        public static final String TASKS_DEFERRED = "tasksDeferred";

        private Var() {
        }
    }
}
