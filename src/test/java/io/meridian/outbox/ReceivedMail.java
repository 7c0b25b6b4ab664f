package io.meridian.outbox;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * One email as the SMTP server received it, decoded for assertions: line ends are {@code \n},
 * and the body has no trailing line end (SMTP does not keep it).
 *
 * @param outboxId the outbox message it came from (mail header {@code X-Meridian-Outbox-Id})
 */
public record ReceivedMail(String from, List<String> to, String subject, String body, String outboxId) {

    static ReceivedMail of(MimeMessage mail) {
        try {
            return new ReceivedMail(addresses(mail.getFrom()).get(0), addresses(mail.getRecipients(RecipientType.TO)),
                mail.getSubject(), mail.getContent().toString().replace("\r\n", "\n").stripTrailing(),
                mail.getHeader(OutboxRelay.OUTBOX_ID_HEADER, null));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }
}
