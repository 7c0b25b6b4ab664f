package io.meridian.outbox;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sender of every outbox email. The SMTP server itself is Spring Boot's {@code spring.mail.*};
 * without {@code spring.mail.host} nothing is sent.
 *
 * @param from the From address of client messages and staff notifications, e.g.
 *             {@code Acme Sales <sales@acme.example>}
 */
@Validated
@ConfigurationProperties("meridian.mail")
public record MailSettings(@DefaultValue("meridian@localhost") @NotBlank String from) {
}
