package io.meridian.undelivered;

import io.meridian.process.ClientVariables;

/** Names of the undelivered email process ({@code processes/undelivered-email.bpmn}) that code and tests share. */
final class UndeliveredEmail {

    public static final String KEY = "undeliveredEmail";

    private UndeliveredEmail() {
    }

    /** The user task. */
    static final class Activity {
        public static final String REACH_CLIENT = "reachClient";

        private Activity() {
        }
    }

    /** Process variables: the email (its outbox id, recipient, subject, kind, the server's answer) and the client's fields. */
    static final class Var {
        public static final String MESSAGE_ID = "messageId";
        public static final String RECIPIENT = "emailRecipient";
        public static final String SUBJECT = "emailSubject";
        public static final String MESSAGE_KIND = "messageKind";
        public static final String REFERENCE = "reference";
        /** The record the email was about as the team names it ("complaint C-5FB68AAE", "order MO-2026-…", "inquiry SHOP-1001"). */
        public static final String ABOUT = "emailAbout";
        public static final String MAIL_ERROR = "mailError";
        public static final String ATTEMPTS = "attempts";
        public static final String PLANNED_AT = "plannedAt";
        /** The candidate group: the team whose email it was. */
        public static final String TEAM = "team";
        public static final String CLIENT_ID = io.meridian.process.ClientClocks.CLIENT_ID;
        public static final String EMAIL = ClientVariables.EMAIL;
        /** Task-local markdown: the email and what the mail server said. */
        public static final String UNDELIVERED = "undelivered";
        // the form's answers
        public static final String OUTCOME = "undeliveredOutcome";
        public static final String CORRECTED_EMAIL = "correctedEmail";
        public static final String HOW_REACHED = "howReached";

        private Var() {
        }
    }

    /** What the team member did. */
    enum Outcome {
        /** Plan the email again, now, to the same or a corrected address. */
        SEND_AGAIN,
        /** The client got it another way (phone, chat, in person): the email stays FAILED, with how. */
        REACHED_ANOTHER_WAY
    }
}
