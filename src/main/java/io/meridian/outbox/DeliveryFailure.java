package io.meridian.outbox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

/**
 * What a failed send says about the message, read from the exception the mail library raised. An
 * SMTP reply code of 5xx is a permanent refusal (RFC 5321, section 4.2.1: "the request is not
 * to be repeated"); 4xx is transient ("the action may be requested again").
 *
 * @param kind   how the relay goes on
 * @param reason the words for {@code last_error}: the mail server's reply where it gave one
 */
record DeliveryFailure(Kind kind, String reason) {

    enum Kind {
        /**
         * The mail server could not be reached or refused the relay's login: nothing is wrong with the
         * message. It waits for the server without using up an attempt.
         */
        SERVER_UNAVAILABLE,
        /**
         * Refused for good: a 5xx reply to its recipient, its sender or its content, or a recipient that is
         * no address. Sent again as it is, it would be refused again: FAILED at once, for a person.
         */
        REFUSED,
        /** Anything else (a 4xx reply, a connection lost mid-message): tried again later, up to the last attempt. */
        TEMPORARY
    }

    static DeliveryFailure of(MailException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof SmtpRound.ServerUnavailable) {
            return new DeliveryFailure(Kind.SERVER_UNAVAILABLE, "no connection: " + deepest(e));
        }
        if (e instanceof MailAuthenticationException) {
            return new DeliveryFailure(Kind.SERVER_UNAVAILABLE, "the mail server refused the relay's login: " + deepest(e));
        }
        if (e instanceof MailParseException) {
            return new DeliveryFailure(Kind.REFUSED, "the message could not be written: " + text);
        }
        for (Throwable cause : causes(e)) {
            Optional<Integer> code = replyCode(cause);
            if (code.isPresent() && code.get() >= 500 && code.get() < 600) {
                return new DeliveryFailure(Kind.REFUSED, "the mail server refused it for good: " + reply(cause));
            }
            if (code.isPresent() && code.get() >= 400 && code.get() < 500) {
                return new DeliveryFailure(Kind.TEMPORARY, "the mail server put it off: " + reply(cause));
            }
            if (cause instanceof AddressException address) {
                return new DeliveryFailure(Kind.REFUSED, "the recipient is not an email address: " + address.getMessage());
            }
        }
        return new DeliveryFailure(Kind.TEMPORARY, text);
    }

    /** The innermost cause's words ("Connection refused"), without the wrappers' restatements of them. */
    private static String deepest(MailException e) {
        Throwable deepest = e;
        for (Throwable cause : causes(e)) {
            if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
                deepest = cause;
            }
        }
        String message = deepest.getMessage() == null ? deepest.getClass().getSimpleName() : deepest.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }

    private static Optional<Integer> replyCode(Throwable cause) {
        if (cause instanceof SMTPAddressFailedException f) {
            return Optional.of(f.getReturnCode());
        }
        if (cause instanceof SMTPSenderFailedException f) {
            return Optional.of(f.getReturnCode());
        }
        if (cause instanceof SMTPSendFailedException f) {
            return Optional.of(f.getReturnCode());
        }
        return Optional.empty();
    }

    /** The server's reply line, e.g. {@code 550 5.1.1 <pat@example.com>: Recipient address rejected: User unknown}. */
    private static String reply(Throwable cause) {
        String message = cause.getMessage() == null ? "" : cause.getMessage().strip();
        return message.isEmpty() ? "reply code " + replyCode(cause).orElse(0) : message;
    }

    /** The exception, its causes, the exceptions each messaging exception chains and the failed messages' exceptions, each once. */
    private static List<Throwable> causes(MailException e) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Throwable> found = new ArrayList<>();
        Deque<Throwable> open = new ArrayDeque<>(List.of(e));
        while (!open.isEmpty()) {
            Throwable t = open.poll();
            if (!seen.add(t)) {
                continue;
            }
            found.add(t);
            if (t.getCause() != null) {
                open.add(t.getCause());
            }
            if (t instanceof MessagingException m && m.getNextException() != null) {
                open.add(m.getNextException());
            }
            if (t instanceof MailSendException send) {
                open.addAll(send.getFailedMessages().values());
            }
        }
        return found;
    }
}
