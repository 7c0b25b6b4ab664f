package io.meridian.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import io.meridian.outbox.OutboxMessage.Status;
import io.meridian.testsupport.MeridianTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessagePreparator;

/**
 * A client email written while an earlier one about the same matter (or the inquiry an order grew out of) still waits
 * follows it: the relay holds it while the earlier one is still to go out, retries included. The order confirmation
 * goes after the quote it confirms even when the quote's send failed and is tried again after the confirmation's own
 * moment; before, the confirmation (planned a minute after the quote) went at its moment, ahead of the retried quote.
 * The clock stands in 2001, before anything the other tests plan, so only these messages are due.
 */
@MeridianTest
class FollowingEmailsTest {

    /** Monday 2 April 2001, 09:00 UTC: the client's opening, when the quote is due. */
    static final Instant OPENING = Instant.parse("2001-04-02T09:00:00Z");
    /** Retries five minutes after the first failed attempt: later than the confirmation's own moment. */
    static final OutboxSettings FIVE_MINUTES = new OutboxSettings(false, Duration.ofSeconds(15), 50, 4, Duration.ofMinutes(5),
        Duration.ofMinutes(5), Duration.ofHours(1));

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxQueue queue;
    @Autowired
    MailSettings mailSettings;
    @Autowired
    FailedMessages failures;
    @Autowired
    ClientEmailChecks checks;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldSendTheOrderConfirmationAfterTheQuoteItConfirmsWhenTheQuoteIsRetriedLater() {
        at(OPENING.minus(Duration.ofHours(10)));
        String client = "kenji-follows@example.com";
        OutboxMessage quote = outbox.planEmail(client, "Quotation", "Our quote.\n", new OutboxMessage.Content(null, "QUOTE", "en"),
            OPENING, "INQ-FOLLOWS", List.of("INQ-FOLLOWS"));
        OutboxMessage confirmation = outbox.planEmail(client, "Order confirmation", "Your order.\n",
            new OutboxMessage.Content(null, "ORDER_CONFIRMATION", "en"), OPENING, "ORD-FOLLOWS", List.of("ORD-FOLLOWS", "INQ-FOLLOWS"));
        assertThat(confirmation.plannedAt()).as("a minute after the quote").isEqualTo(OPENING.plus(Outbox.AFTER_WAITING));
        assertThat(outbox.plannedFor("ORD-FOLLOWS")).singleElement().satisfies(m -> assertThat(m.follows()).isEqualTo(quote.id()));
        assertThat(outbox.plannedFor("INQ-FOLLOWS")).singleElement().satisfies(m -> assertThat(m.follows()).isNull());
        OutboxRelay relay = new OutboxRelay(queue, new FailingOnce(mail.sender(), quote.id()), FIVE_MINUTES, mailSettings, failures, checks);

        at(OPENING);
        relay.relayDue();
        assertThat(outbox.byId(quote.id()).orElseThrow().delivery()).satisfies(d -> {
            assertThat(d.attempts()).isOne();
            assertThat(d.nextAttemptAt()).isEqualTo(OPENING.plus(Duration.ofMinutes(5)));
        });

        at(OPENING.plus(Outbox.AFTER_WAITING));
        relay.relayDue();
        assertThat(mail.receivedBy(client)).as("the confirmation waits for the quote's retry").isEmpty();
        assertThat(outbox.byId(confirmation.id()).orElseThrow().status()).isEqualTo(Status.PLANNED);
        assertThat(queue.countDue(OPENING.plus(Outbox.AFTER_WAITING))).as("held, not due").isZero();

        at(OPENING.plus(Duration.ofMinutes(5)));
        while (relay.relayDue() > 0) {
            // the rounds the relay's polling would run
        }
        assertThat(mail.receivedBy(client)).extracting(ReceivedMail::outboxId).containsExactly(quote.id(), confirmation.id());
    }

    @Test
    void shouldNotHoldAnEmailWhoseEarlierOneFailedForGoodNorFollowOneWithdrawn() {
        at(OPENING.minus(Duration.ofHours(10)));
        String client = "pat-follows@example.com";
        OutboxMessage quote = outbox.planEmail(client, "Quotation", "Our quote.\n", new OutboxMessage.Content(null, "QUOTE", "en"),
            OPENING, "INQ-FAILED", List.of("INQ-FAILED"));
        OutboxMessage confirmation = outbox.planEmail(client, "Order confirmation", "Your order.\n",
            new OutboxMessage.Content(null, "ORDER_CONFIRMATION", "en"), OPENING, "ORD-FAILED", List.of("ORD-FAILED", "INQ-FAILED"));
        assertThat(confirmation.delivery().follows()).isEqualTo(quote.id());
        // the quote is refused for good: the team has a task to reach the client; the confirmation is not held for ever
        at(OPENING);
        OutboxQueue.Claim claim = queue.claim(quote, "test-node", OPENING, OPENING.plus(Duration.ofMinutes(5))).orElseThrow();
        assertThat(queue.failed(claim, "the mail server refused it for good: 550 5.2.2 mailbox full")).isTrue();
        at(OPENING.plus(Outbox.AFTER_WAITING));
        mail.deliverDue();
        assertThat(mail.receivedBy(client)).extracting(ReceivedMail::outboxId).containsExactly(confirmation.id());

        // a quote withdrawn before it went out (a revision replaces it) leaves nothing to follow
        OutboxMessage first = outbox.planEmail(client, "Quotation", "Our quote.\n", new OutboxMessage.Content(null, "QUOTE", "en"),
            OPENING.plus(Duration.ofHours(1)), "INQ-REVISED", List.of("INQ-REVISED"));
        assertThat(outbox.withdrawPlanned("INQ-REVISED", "QUOTE", "a revised quote replaces it")).isOne();
        OutboxMessage revised = outbox.planEmail(client, "Revised quotation", "Our revised quote.\n",
            new OutboxMessage.Content(null, "QUOTE", "en"), OPENING.plus(Duration.ofHours(1)), "INQ-REVISED", List.of("INQ-REVISED"));
        assertThat(revised.delivery().follows()).as("nothing left waiting to follow").isNull();
        at(OPENING.plus(Duration.ofHours(1)));
        mail.deliverDue();
        assertThat(mail.receivedBy(client)).extracting(ReceivedMail::outboxId).containsExactly(confirmation.id(), revised.id())
            .doesNotContain(first.id());
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** The mail server's sender, but the first attempt at one message breaks off mid-message (a failure worth a retry). */
    private static final class FailingOnce implements JavaMailSender {

        private final JavaMailSender server;
        private final String outboxId;
        private boolean failed;

        FailingOnce(JavaMailSender server, String outboxId) {
            this.server = server;
            this.outboxId = outboxId;
        }

        @Override
        public MimeMessage createMimeMessage() {
            return server.createMimeMessage();
        }

        @Override
        public MimeMessage createMimeMessage(InputStream contentStream) throws MailException {
            return server.createMimeMessage(contentStream);
        }

        @Override
        public void send(MimeMessage... mimeMessages) throws MailException {
            for (MimeMessage mime : mimeMessages) {
                try {
                    if (!failed && outboxId.equals(mime.getHeader(OutboxRelay.OUTBOX_ID_HEADER, null))) {
                        failed = true;
                        throw new MailSendException("Connection reset while sending the message");
                    }
                } catch (MessagingException e) {
                    throw new MailSendException("unreadable header", e);
                }
                server.send(mime);
            }
        }

        @Override
        public void send(MimeMessagePreparator... preparators) throws MailException {
            for (MimeMessagePreparator preparator : preparators) {
                MimeMessage mime = createMimeMessage();
                try {
                    preparator.prepare(mime);
                } catch (Exception e) {
                    throw new MailSendException("could not prepare", e);
                }
                send(mime);
            }
        }

        @Override
        public void send(SimpleMailMessage... simpleMessages) throws MailException {
            server.send(simpleMessages);
        }
    }
}
