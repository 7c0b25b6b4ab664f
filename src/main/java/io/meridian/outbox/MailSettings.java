package io.meridian.outbox;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sender of every outbox email. The SMTP server itself is Spring Boot's {@code spring.mail.*};
 * without {@code spring.mail.host} nothing is sent.
 * <p>
 * Checked at start, so that a server never plans a message it cannot send: exactly one address, as
 * RFC 822 writes it (InternetAddress in strict mode). The {@code prod} profile has no default, so a
 * production server without {@code MERIDIAN_MAIL_FROM} refuses to start instead of writing to clients
 * from {@code meridian@localhost}, which their mail servers refuse or file as spam.
 *
 * @param from the From address of client messages and staff notifications, e.g.
 *             {@code Acme Sales <sales@acme.example>}
 */
@ConfigurationProperties("meridian.mail")
public record MailSettings(@DefaultValue("meridian@localhost") String from) {

    static final String EXAMPLE = "e.g. MERIDIAN_MAIL_FROM='Acme Sales <sales@acme.example>'";

    public MailSettings {
        if (from == null || from.isBlank()) {
            throw new IllegalArgumentException("meridian.mail.from is empty: client emails would have no sender."
                + " Set MERIDIAN_MAIL_FROM to the address they come from, " + EXAMPLE);
        }
        from = from.strip();
        InternetAddress[] addresses;
        try {
            addresses = InternetAddress.parse(from, true);
        } catch (AddressException e) {
            throw new IllegalArgumentException("meridian.mail.from '" + from + "' is not an email address ("
                + e.getMessage() + "), " + EXAMPLE, e);
        }
        if (addresses.length != 1) {
            throw new IllegalArgumentException("meridian.mail.from '" + from + "' names " + addresses.length
                + " addresses; client emails come from one, " + EXAMPLE);
        }
        String address = addresses[0].getAddress();
        if (address.indexOf('@') < 1 || address.endsWith("@")) {
            throw new IllegalArgumentException("meridian.mail.from '" + from + "' has no domain after its @, " + EXAMPLE);
        }
    }
}
