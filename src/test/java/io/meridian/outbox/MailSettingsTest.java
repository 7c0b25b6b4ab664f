package io.meridian.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The From address is checked at start, so that no message is planned that cannot be sent. */
class MailSettingsTest {

    @Test
    void shouldTakeOneAddressWithOrWithoutAName() {
        assertThat(new MailSettings("sales@acme.example").from()).isEqualTo("sales@acme.example");
        assertThat(new MailSettings("  Acme Export Sales <sales@acme.example> ").from()).isEqualTo("Acme Export Sales <sales@acme.example>");
        assertThat(new MailSettings("\"Müller & Söhne, Export\" <export@mueller.example>").from())
            .isEqualTo("\"Müller & Söhne, Export\" <export@mueller.example>");
        assertThat(new MailSettings("meridian@localhost").from()).as("the demo's default").isEqualTo("meridian@localhost");
    }

    @Test
    void shouldRefuseAnEmptySenderNamingTheVariableToSet() {
        assertThatThrownBy(() -> new MailSettings(" ")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("meridian.mail.from is empty").hasMessageContaining("MERIDIAN_MAIL_FROM");
        assertThatThrownBy(() -> new MailSettings(null)).hasMessageContaining("meridian.mail.from is empty");
    }

    @Test
    void shouldRefuseWhatIsNotOneEmailAddress() {
        assertThatThrownBy(() -> new MailSettings("Acme Sales")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("meridian.mail.from 'Acme Sales'").hasMessageContaining("sales@acme.example");
        assertThatThrownBy(() -> new MailSettings("sales@"))
            .hasMessageContaining("meridian.mail.from 'sales@'");
        assertThatThrownBy(() -> new MailSettings("Acme <sales@acme.example"))
            .hasMessageContaining("is not an email address");
        assertThatThrownBy(() -> new MailSettings("sales@acme.example, support@acme.example"))
            .hasMessageContaining("names 2 addresses");
    }
}
