package io.meridian.outbox;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.Address;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * One email as the SMTP server received it, decoded for assertions: line ends are {@code \n},
 * and the body has no trailing line end (SMTP does not keep it). A multipart email gives its
 * plain-text part as {@code body} and its HTML part as {@code html}.
 *
 * @param outboxId  the outbox message it came from (mail header {@code X-Meridian-Outbox-Id})
 * @param html      the text/html part, null when there is none
 * @param multipart whether the email came as multipart
 */
public record ReceivedMail(String from, List<String> to, String subject, String body, String outboxId, String html,
                           boolean multipart) {

    static ReceivedMail of(MimeMessage mail) {
        try {
            Object content = mail.getContent();
            String text;
            String html = null;
            boolean multipart = content instanceof Multipart;
            if (multipart) {
                text = part(mail, "text/plain");
                html = part(mail, "text/html");
            } else {
                text = content.toString();
            }
            return new ReceivedMail(addresses(mail.getFrom()).get(0), addresses(mail.getRecipients(RecipientType.TO)),
                mail.getSubject(), text == null ? null : text.replace("\r\n", "\n").stripTrailing(),
                mail.getHeader(OutboxRelay.OUTBOX_ID_HEADER, null), html == null ? null : html.replace("\r\n", "\n"), multipart);
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("unreadable mail", e);
        }
    }

    private static String part(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type) && !(part.getContent() instanceof Multipart)) {
            return part.getContent().toString();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = part(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(Address::toString).toList();
    }
}
