package io.meridian.undelivered;

/** Names of the staff email process ({@code processes/undelivered-staff-email.bpmn}) that code and tests share. */
final class UndeliveredStaffEmail {

    public static final String KEY = "undeliveredStaffEmail";

    private UndeliveredStaffEmail() {
    }

    /** The user task. */
    static final class Activity {
        public static final String FIX_STAFF_ADDRESS = "fixStaffAddress";

        private Activity() {
        }
    }

    /** Process variables: the email (as for a client's), whose address it was, and the form's answer. */
    static final class Var {
        public static final String MESSAGE_ID = UndeliveredEmail.Var.MESSAGE_ID;
        public static final String RECIPIENT = UndeliveredEmail.Var.RECIPIENT;
        public static final String SUBJECT = UndeliveredEmail.Var.SUBJECT;
        public static final String REFERENCE = UndeliveredEmail.Var.REFERENCE;
        public static final String MAIL_ERROR = UndeliveredEmail.Var.MAIL_ERROR;
        public static final String ATTEMPTS = UndeliveredEmail.Var.ATTEMPTS;
        /** The ids of the users whose address it was when it failed, comma-separated. */
        public static final String STAFF_USERS = "staffUsers";
        /** Markdown for the form: the email, what the mail server said, whose address it is and where to fix it. */
        public static final String UNDELIVERED = UndeliveredEmail.Var.UNDELIVERED;
        /** The candidate group: the administrators, who keep the users' addresses. */
        public static final String TEAM = UndeliveredEmail.Var.TEAM;
        public static final String OUTCOME = "staffEmailOutcome";

        private Var() {
        }
    }

    /** What the administrator did. */
    enum Outcome {
        /** The address was corrected in Camunda Admin: plan the email again, now, to the address the user has now. */
        SEND_AGAIN,
        /** Nothing to send again (the email is out of date, or the person has left): the email stays FAILED, settled. */
        LEAVE
    }
}
