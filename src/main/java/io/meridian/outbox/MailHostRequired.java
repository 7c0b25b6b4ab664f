package io.meridian.outbox;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * A production server that would send nothing refuses to start ({@code meridian.mail.host-required}, on with the
 * {@code prod} profile): without {@code spring.mail.host} every client email and staff notification waits in the
 * outbox, the clients never get their quotes and confirmations, and the one sign was a WARN line at start. A node
 * that sends no email ({@code meridian.outbox.poll-enabled=false}: another node of the database sends) needs none.
 */
@Component
public class MailHostRequired {

    static final String REQUIRED = "meridian.mail.host-required";
    static final String HOST = "spring.mail.host";

    MailHostRequired(Environment environment, OutboxSettings outbox) {
        boolean required = environment.getProperty(REQUIRED, Boolean.class, false);
        String host = environment.getProperty(HOST);
        if (required && outbox.pollEnabled() && (host == null || host.isBlank())) {
            throw new MailHostMissingException();
        }
    }
}
