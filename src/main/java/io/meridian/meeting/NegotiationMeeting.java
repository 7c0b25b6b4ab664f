package io.meridian.meeting;

import java.time.Duration;

/** Names of the meeting process ({@code processes/meeting-minutes.bpmn}) that code and tests share. */
final class NegotiationMeeting {

    public static final String KEY = "meetingMinutes";
    /** Seed 003: minutes within 24 hours of the talk. */
    public static final Duration MINUTES_WITHIN = Duration.ofHours(24);

    private NegotiationMeeting() {
    }

    /** Activity ids. */
    public static final class Activity {
        public static final String MEETING_HELD = "meetingHeld";
        public static final String REGISTER_MEETING = "registerMeeting";
        public static final String WRITE_MINUTES = "writeMinutes";
        public static final String MINUTES_OVERDUE = "minutesOverdue";
        public static final String FLAG_LATE_MINUTES = "flagLateMinutes";
        public static final String LATE_FLAGGED = "lateFlagged";
        public static final String SEND_MINUTES = "sendMinutes";
        public static final String NEXT_ACTIONS = "nextActions";
        public static final String ACTION_AGREED = "actionAgreed";
        public static final String ACTION_DUE = "actionDue";
        public static final String DO_NEXT_ACTION = "doNextAction";
        public static final String ACTION_DONE = "actionDone";
        public static final String MINUTES_DONE = "minutesDone";

        private Activity() {
        }
    }

    /** Process variables besides the client's fields. */
    public static final class Var {
        public static final String INQUIRY_ID = "inquiryId";
        public static final String MEETING_ID = "meetingId";
        public static final String MEETING_KIND = "meetingKind";
        public static final String HELD_AT = "heldAt";
        public static final String PARTICIPANTS = "participants";
        public static final String MINUTES_DUE_AT = "minutesDueAt";
        public static final String MINUTES_LATE = "minutesLate";
        public static final String NEEDS = "minutesNeeds";
        public static final String POINTS = "minutesPoints";
        /** The next actions as the form takes them: one a line, {@code yyyy-mm-dd: what}. */
        public static final String ACTIONS = "minutesActions";
        public static final String ACTION_POSITION = "actionPosition";
        public static final String ACTION_TEXT = "actionText";
        public static final String ACTION_DUE_ON = "actionDueOn";
        public static final String ACTION_DUE_AT = "actionDueAt";

        private Var() {
        }
    }

    /** What kind of talk it was. */
    public enum Kind { CALL, VIDEO, MEETING }
}
