package io.meridian.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.etiquette.Tier;
import io.meridian.outbox.OutboxMessage.Status;
import io.meridian.testsupport.CapturesOutput;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;

/**
 * A client email that the mail server's outage held past the client's hours waits for their next send window rather
 * than reach them at night once the server answers; the emails that follow it wait after it, the crisis channel and
 * staff notifications go at once. Before, everything that had waited went out at once: a Tokyo client's quote planned
 * for Monday 09:00 reached them at 20:00 their time. The clock stands in March 2002, where no other test plans.
 */
@MeridianTest
@CapturesOutput
class LateClientEmailsTest {

    /** Monday 4 March 2002, 09:00 in Tokyo: the client's opening, when the quote is due. */
    static final Instant MONDAY_OPENING = Instant.parse("2002-03-04T00:00:00Z");
    /** The same Monday, 20:00 in Tokyo: the mail server answers again. */
    static final Instant SERVER_BACK = Instant.parse("2002-03-04T11:00:00Z");
    /** Tuesday 5 March 2002, 09:00 in Tokyo: the client's next send window. */
    static final Instant TUESDAY_OPENING = Instant.parse("2002-03-05T00:00:00Z");
    static final String KENJI = "kenji-late@nakamura.example";
    static final String MAX = "max-late@example.com";

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxQueue queue;
    @Autowired
    OutboxSettings settings;
    @Autowired
    MailSettings mailSettings;
    @Autowired
    FailedMessages failures;
    @Autowired
    ClientEmailChecks checks;
    @Autowired
    ClientSendWindow windows;
    @Autowired
    ClientLedger clients;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldHoldAClientEmailThatMissedTheClientsHoursUntilTheirNextSendWindowButSendTheCrisisChannelAtOnce(CapturedOutput log) {
        at(MONDAY_OPENING.minus(Duration.ofHours(12)));
        clients.record(new Client(null, "Nakamura Trading", "Kenji Nakamura", KENJI, "JP", "Asia/Tokyo", "ja", Tier.A, null, "Lighting",
            null, null, null), "test", "test", ClockUtil.now().toInstant());
        OutboxMessage quote = outbox.planEmail(KENJI, "Quotation", "Our quote.\n", new OutboxMessage.Content(null, "QUOTE", "ja,en"),
            MONDAY_OPENING, "INQ-LATE", List.of("INQ-LATE"));
        OutboxMessage confirmation = outbox.planEmail(KENJI, "Order confirmation", "Your order.\n",
            new OutboxMessage.Content(null, "ORDER_CONFIRMATION", "ja,en"), MONDAY_OPENING, "ORD-LATE", List.of("ORD-LATE", "INQ-LATE"));
        assertThat(confirmation.delivery().follows()).isEqualTo(quote.id());
        // the client wrote at 08:00 their time: the automatic reply goes at once
        at(MONDAY_OPENING.minus(Duration.ofHours(1)));
        OutboxMessage autoReply = outbox.planEmail(KENJI, "We received your inquiry", "Thank you.\n",
            new OutboxMessage.Content(null, "AUTO_REPLY", "ja,en"), ClockUtil.now().toInstant(), "INQ-LATE-2");
        at(MONDAY_OPENING);
        OutboxMessage staff = outbox.planInternal(MAX, "Escalation", "Late task.\n", "INQ-LATE");
        OutboxRelay relay = new OutboxRelay(queue, mail.sender(), settings, mailSettings, failures, checks, windows);

        mail.stopServer();
        for (Instant now = MONDAY_OPENING; now.isBefore(SERVER_BACK); now = now.plus(Duration.ofMinutes(30))) {
            at(now);
            if (now.equals(MONDAY_OPENING.plus(Duration.ofHours(10)))) {
                // 19:00 in Tokyo: the crisis channel's exception notice goes at once, whatever the client's hours
                outbox.planEmail(KENJI, "Delay of your order", "A delay.\n", new OutboxMessage.Content(null, "EXCEPTION_NOTICE", "ja,en"),
                    now, "ORD-LATE");
            }
            relay.relayDue();
            if (now.equals(MONDAY_OPENING.plus(Duration.ofHours(8)))) {
                assertThat(message(quote).delivery().nextAttemptAt()).as("17:00 in Tokyo: the client is open, it goes when it can")
                    .isEqualTo(MONDAY_OPENING);
            }
        }

        at(SERVER_BACK);
        mail.startServer();
        while (relay.relayDue() > 0) {
            // the rounds the relay's polling would run
        }
        assertThat(mail.receivedBy(MAX)).as("a staff notification goes at once").hasSize(1);
        assertThat(mail.receivedBy(KENJI)).as("at 20:00 in Tokyo only the crisis channel reaches the client")
            .extracting(ReceivedMail::subject).containsExactly("Delay of your order");
        for (OutboxMessage waiting : List.of(quote, autoReply)) {
            OutboxMessage now = message(waiting);
            assertThat(now.status()).isEqualTo(Status.PLANNED);
            assertThat(now.plannedAt()).as("what was planned stays").isEqualTo(waiting.plannedAt());
            assertThat(now.delivery().nextAttemptAt()).as("the client's next send window").isEqualTo(TUESDAY_OPENING);
            assertThat(now.delivery().attempts()).isZero();
        }
        assertThat(outbox.plannedFor("INQ-LATE")).filteredOn(m -> m.id().equals(quote.id())).singleElement()
            .satisfies(m -> assertThat(m.lastError()).as("the message list says why").isEqualTo("not sent in the client's send window:"
                + " planned for Mon 4 Mar 2002 09:00 in the client's time (Asia/Tokyo), it could not go out until the client's hours"
                + " had ended, so it waits for their next send window, Tue 5 Mar 2002 09:00 in the client's time (Asia/Tokyo),"
                + " rather than reach them outside their hours"));
        assertThat(message(confirmation).status()).as("held after the quote it follows").isEqualTo(Status.PLANNED);
        assertThat(log).containsPattern("INFO .*Outbox round: 2 client email\\(s\\) could not go out in their client's send window"
            + " and wait for the client's next one \\(the first at " + TUESDAY_OPENING + "\\)");
        assertThat(occurrences(log.getOut(), "could not go out in their client's send window")).as("once a round, not per email")
            .isOne();

        at(TUESDAY_OPENING);
        while (relay.relayDue() > 0) {
            // the rounds the relay's polling would run
        }
        assertThat(mail.receivedBy(KENJI)).as("in the client's Tuesday window, the quote before the confirmation")
            .extracting(ReceivedMail::outboxId).containsSubsequence(quote.id(), confirmation.id()).contains(autoReply.id());
    }

    private OutboxMessage message(OutboxMessage planned) {
        return outbox.byId(planned.id()).orElseThrow();
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            count++;
        }
        return count;
    }
}
