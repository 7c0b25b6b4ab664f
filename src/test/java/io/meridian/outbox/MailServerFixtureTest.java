package io.meridian.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;

/** The fixture's SMTP server takes mail while it runs, says whom it was for, and refuses connections once stopped. */
@RunsBeside
class MailServerFixtureTest {

    @Test
    void shouldReceiveWhileRunningAndRefuseOnceStopped() {
        MailServerFixture mail = new MailServerFixture();
        mail.startServer();
        try {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom("meridian@localhost");
            message.setTo("kenji@nakamura.example");
            message.setSubject("Quotation");
            message.setText("Our quote.");
            mail.sender().send(message);

            assertThat(mail.receivedBy("kenji@nakamura.example")).singleElement()
                .satisfies(m -> assertThat(m.subject()).isEqualTo("Quotation"));
            assertThat(mail.receivedBy("someone@else.example")).isEmpty();

            mail.stopServer();
            assertThat(mail.received()).as("a stopped server has received nothing").isEmpty();
            assertThatThrownBy(() -> mail.sender().send(message)).isInstanceOf(MailSendException.class);
        } finally {
            mail.stopServer();
        }
    }
}
