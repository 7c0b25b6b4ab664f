package io.meridian.outbox;

/** A production start without a mail server ({@link MailHostRequired}): what is wrong and what to set. */
public class MailHostMissingException extends IllegalStateException {

    MailHostMissingException() {
        super("spring.mail.host (SPRING_MAIL_HOST) is not set: no client email or staff notification would go out;"
            + " they would wait in the outbox, unsent.");
    }

    /** What the administrator sets, as the start-up report's action. */
    public String action() {
        return "Set SPRING_MAIL_HOST to the company's mail server (with SPRING_MAIL_PORT, SPRING_MAIL_USERNAME,"
            + " SPRING_MAIL_PASSWORD as it needs them; README \"Email (outbox)\"). On a node that sends no email while"
            + " another node of the same database does, set MERIDIAN_OUTBOX_POLL_ENABLED=false; to start a production"
            + " server that sends nothing on purpose, MERIDIAN_MAIL_HOST_REQUIRED=false.";
    }
}
