package io.meridian.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import io.meridian.outbox.OutboxMessage.Kind;
import io.meridian.outbox.OutboxMessage.Status;
import io.meridian.testsupport.CapturesOutput;
import io.meridian.testsupport.MeridianTest;
import jakarta.mail.MessagingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The relay against a real SMTP server and the shared test database: planned time, exactly once
 * with two nodes, one SMTP connection per round, expired claims, retries with backoff, FAILED, and
 * no SMTP host at all.
 * The clock stands in 2001, before anything the other tests plan, so only these messages are due.
 */
@MeridianTest
@CapturesOutput
class OutboxRelayTest {

    static final Instant T0 = Instant.parse("2001-03-05T09:00:00Z");

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
    OutboxRelay applicationRelay;
    @Autowired
    FailedMessages failures;
    @Autowired
    ClientEmailChecks checks;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void at() {
        at(T0);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldSendAClientMessageAtItsPlannedTimeAndNotBefore() {
        OutboxMessage later = outbox.planEmail("later@example.com", "Quotation for LED panels", "Dear Pat,\n\nour quote.\n",
            T0.plus(Duration.ofHours(1)), "INQ-LATER");
        OutboxMessage notice = outbox.planInternal("sales@example.com", "Quote planned", "A quote waits for its window.\n", "INQ-LATER");

        mail.deliverDue();
        assertThat(mail.receivedBy("later@example.com")).isEmpty();
        assertThat(mail.receivedBy("sales@example.com")).singleElement()
            .satisfies(m -> assertThat(m.outboxId()).isEqualTo(notice.id()));
        at(T0.plus(Duration.ofMinutes(59)));
        mail.deliverDue();
        assertThat(mail.receivedBy("later@example.com")).isEmpty();
        assertThat(message(later).status()).isEqualTo(Status.PLANNED);
        assertThat(message(later).delivery().attempts()).isZero();

        at(T0.plus(Duration.ofHours(1)));
        mail.deliverDue();
        assertThat(mail.receivedBy("later@example.com")).singleElement().satisfies(m -> {
            assertThat(m.from()).isEqualTo(mailSettings.from());
            assertThat(m.subject()).isEqualTo("Quotation for LED panels");
            assertThat(m.body()).isEqualTo("Dear Pat,\n\nour quote.");
            assertThat(m.outboxId()).isEqualTo(later.id());
        });
        OutboxMessage sent = message(later);
        assertThat(sent.status()).isEqualTo(Status.SENT);
        assertThat(sent.kind()).isEqualTo(Kind.CLIENT);
        assertThat(sent.delivery().sentAt()).isEqualTo(T0.plus(Duration.ofHours(1)));
        assertThat(sent.delivery().attempts()).isEqualTo(1);
        assertThat(message(notice).kind()).isEqualTo(Kind.INTERNAL);
        assertThat(message(notice).status()).isEqualTo(Status.SENT);
        mail.deliverDue();
        assertThat(mail.receivedBy("later@example.com")).hasSize(1);
    }

    @Test
    void shouldSendEachMessageOnceWhenTwoNodesRelayFromOneDatabase() throws Exception {
        List<String> recipients = IntStream.range(0, 40).mapToObj(i -> "once-" + i + "@example.com").toList();
        recipients.forEach(r -> outbox.planEmail(r, "Order shipped", "Tracking number: T-" + r + "\n", T0, "ORD-ONCE"));

        List<OutboxRelay> nodes = List.of(mail.relay(), mail.relay());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(nodes.size());
        try {
            List<Future<Integer>> tried = new ArrayList<>();
            for (OutboxRelay node : nodes) {
                Callable<Integer> rounds = () -> {
                    start.await();
                    int total = 0;
                    for (int n = node.relayDue(); n > 0; n = node.relayDue()) {
                        total += n;
                    }
                    return total;
                };
                tried.add(threads.submit(rounds));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> node : tried) {
                total += node.get(60, TimeUnit.SECONDS);
            }
            assertThat(total).as("sending attempts of both nodes together").isEqualTo(recipients.size());
        } finally {
            threads.shutdownNow();
        }

        for (String recipient : recipients) {
            assertThat(mail.receivedBy(recipient)).as(recipient).hasSize(1);
        }
        assertThat(outbox.about("ORD-ONCE")).hasSize(recipients.size())
            .allSatisfy(m -> assertThat(m.status()).isEqualTo(Status.SENT))
            .allSatisfy(m -> assertThat(m.delivery().attempts()).isEqualTo(1));
    }

    @Test
    void shouldSendTheMessagesOfOneRoundOverOneSmtpConnection() {
        List<String> recipients = IntStream.range(0, 5).mapToObj(i -> "round-" + i + "@example.com").toList();
        recipients.forEach(r -> outbox.planEmail(r, "Order shipped", "Tracking number: T-" + r + "\n", T0, "ORD-ROUND"));
        JavaMailSenderImpl sender = (JavaMailSenderImpl) mail.sender();
        ByteArrayOutputStream trace = new ByteArrayOutputStream();
        sender.getSession().setDebugOut(new PrintStream(trace, true, StandardCharsets.UTF_8));
        sender.getSession().setDebug(true);
        OutboxRelay relay = new OutboxRelay(queue, sender, settings, mailSettings, failures, checks);

        assertThat(relay.relayDue()).isEqualTo(recipients.size());
        for (String recipient : recipients) {
            assertThat(mail.receivedBy(recipient)).as(recipient).hasSize(1);
        }
        assertThat(outbox.about("ORD-ROUND")).allSatisfy(m -> assertThat(m.status()).isEqualTo(Status.SENT));
        assertThat(occurrences(trace.toString(StandardCharsets.UTF_8), "\nEHLO ")).as("SMTP connections of the round").isEqualTo(1);

        assertThat(relay.relayDue()).isZero();
        assertThat(occurrences(trace.toString(StandardCharsets.UTF_8), "\nEHLO ")).as("a round with nothing due connects to nothing")
            .isEqualTo(1);
    }

    @Test
    void shouldWithdrawAnEmailItsCheckSaysIsOverAndTryAgainOneItCouldNotCheck() {
        OutboxMessage over = outbox.planEmail("checked-over@example.com", "Order confirmation", "Confirmed.\n", T0, "ORD-CHECKED-OVER");
        OutboxMessage unchecked = outbox.planEmail("checked-later@example.com", "Order confirmation", "Confirmed.\n", T0, "ORD-UNCHECKED");
        OutboxMessage internal = outbox.planInternal("desk-checked@example.com", "Order confirmed", "For the desk.\n", "ORD-UNCHECKED");
        ClientEmailChecks checks = new ClientEmailChecks(List.of(message -> switch (message.reference()) {
            case "ORD-CHECKED-OVER" -> Optional.of("withdrawn before it went out: the order is off");
            case "ORD-UNCHECKED" -> throw new IllegalStateException("database away");
            default -> Optional.empty();
        }));
        OutboxRelay relay = new OutboxRelay(queue, mail.sender(), settings, mailSettings, failures, checks);

        relay.relayDue();

        assertThat(mail.receivedBy("checked-over@example.com")).isEmpty();
        OutboxMessage withdrawn = outbox.byId(over.id()).orElseThrow();
        assertThat(withdrawn.status() + ": " + withdrawn.delivery().lastError())
            .isEqualTo("WITHDRAWN: withdrawn before it went out: the order is off");
        assertThat(mail.receivedBy("checked-later@example.com")).isEmpty();
        OutboxMessage later = outbox.byId(unchecked.id()).orElseThrow();
        assertThat(later.status() + " after " + later.delivery().attempts() + " attempt(s), next at " + later.delivery().nextAttemptAt()
                + ": " + later.delivery().lastError())
            .isEqualTo("PLANNED after 1 attempt(s), next at " + T0.plus(settings.retryDelay(1)) + ": could not check before sending"
                + " whether what it is about still goes on: java.lang.IllegalStateException: database away");
        assertThat(mail.receivedBy("desk-checked@example.com")).as("a staff notification is not checked").hasSize(1);
        assertThat(outbox.byId(internal.id()).orElseThrow().status()).isEqualTo(Status.SENT);
    }

    @Test
    void shouldSendAMessageClaimedByAStoppedNodeOnceItsLeaseHasRunOut() {
        OutboxMessage message = outbox.planEmail("orphan@example.com", "Order confirmation", "Confirmed.\n", T0, "ORD-ORPHAN");
        assertThat(queue.claim(message, "stopped-node", T0, T0.plus(settings.lease()))).isPresent();

        at(T0.plus(settings.lease()).minusSeconds(1));
        mail.deliverDue();
        assertThat(mail.receivedBy("orphan@example.com")).isEmpty();
        assertThat(message(message).status()).isEqualTo(Status.SENDING);

        at(T0.plus(settings.lease()));
        mail.deliverDue();
        assertThat(mail.receivedBy("orphan@example.com")).hasSize(1);
        assertThat(message(message).status()).isEqualTo(Status.SENT);
        assertThat(message(message).delivery().attempts()).isEqualTo(2);
    }

    @Test
    void shouldLetEveryMessageWaitWithoutUsingAnAttemptWhileTheMailServerCannotBeReached(CapturedOutput log) {
        mail.stopServer();
        // an hour before T0: the first message of every round
        OutboxMessage quote = outbox.planEmail("wait-1@example.com", "Quotation", "Our quote.\n", T0.minusSeconds(3600), "INQ-WAIT");
        OutboxMessage tracking = outbox.planEmail("wait-2@example.com", "Tracking number", "T-1\n", T0, "INQ-WAIT");
        OutboxRelay relay = mail.relay();

        // two days of rounds: far beyond the attempts and delays a message's own failures have
        for (Instant now = T0; now.isBefore(T0.plus(Duration.ofDays(2))); now = now.plus(Duration.ofMinutes(30))) {
            at(now);
            assertThat(relay.relayDue()).as("nothing tried while the server is away").isZero();
        }
        for (OutboxMessage waiting : List.of(quote, tracking)) {
            OutboxMessage after = message(waiting);
            assertThat(after.status()).isEqualTo(Status.PLANNED);
            assertThat(after.delivery().attempts()).as("attempts used").isZero();
            assertThat(after.delivery().nextAttemptAt()).isEqualTo(waiting.plannedAt());
        }
        for (OutboxMessage waiting : List.of(quote, tracking)) {
            assertThat(message(waiting).delivery().lastError()).as("what the message waits for")
                .startsWith("waiting for the mail server: ").containsIgnoringCase("connect");
        }
        String unreachable = "Mail server 127.0.0.1:";
        assertThat(log).containsPattern("WARN .*Mail server 127\\.0\\.0\\.1:\\d+ cannot be reached: \\d+ outbox message\\(s\\) due wait"
            + " for it, no attempt counted");
        assertThat(occurrences(log.getOut(), unreachable)).as("one warning an hour over two days").isBetween(48, 49);
        OutboxHealthIndicator health = new OutboxHealthIndicator(relay, context.getBean(OutboxStatistics.class));
        assertThat(health.health().getStatus()).as("the outbox rides an outage out").isEqualTo(org.springframework.boot.actuate.health.Status.UP);
        assertThat(health.health().getDetails()).containsEntry("reachable", false).containsEntry("unreachableSince", T0.toString())
            .containsKey("lastError");
        assertThat((Long) health.health().getDetails().get("due")).isGreaterThanOrEqualTo(2L);

        mail.startServer();
        for (int round = 0; round < 100 && relay.relayDue() > 0; round++) {
            // this node's relay sends what waited
        }
        assertThat(health.health().getDetails()).as("once a message went out").containsEntry("reachable", true)
            .doesNotContainKey("unreachableSince");
        assertThat(mail.receivedBy("wait-1@example.com")).hasSize(1);
        assertThat(mail.receivedBy("wait-2@example.com")).hasSize(1);
        assertThat(log).as("the administrator reads that the outage is over").containsPattern("INFO .*Mail server 127\\.0\\.0\\.1:\\d+"
            + " answers again \\(unreachable since " + T0 + "\\): the outbox messages that waited for it go out now");
        assertThat(occurrences(log.getOut(), " answers again ")).as("once, not per message").isEqualTo(1);
        assertThat(message(quote).status()).isEqualTo(Status.SENT);
        assertThat(message(quote).delivery().attempts()).isEqualTo(1);
    }

    @Test
    void shouldRetryAMessageTheServerPutsOffWithDoublingDelaysThenMarkItFailed(CapturedOutput log) throws Exception {
        OutboxSettings fourAttempts = new OutboxSettings(false, Duration.ofSeconds(15), 50, 4, Duration.ofMinutes(1),
            Duration.ofMinutes(5), Duration.ofHours(1));
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse("doomed@example.com", "451 4.3.0 <doomed@example.com>: Temporary lookup failure");
            OutboxRelay relay = server.relay(context, fourAttempts);
            OutboxMessage doomed = outbox.planEmail("doomed@example.com", "Quotation", "Our quote.\n", T0, "INQ-DOOMED");

            Instant now = T0;
            for (int attempt = 1; attempt <= 3; attempt++) {
                assertThat(relay.relayDue()).isPositive();
                OutboxMessage after = message(doomed);
                assertThat(after.status()).isEqualTo(Status.PLANNED);
                assertThat(after.delivery().attempts()).isEqualTo(attempt);
                assertThat(after.delivery().lastError())
                    .isEqualTo("the mail server put it off: 451 4.3.0 <doomed@example.com>: Temporary lookup failure");
                Duration backoff = Duration.ofMinutes(1L << (attempt - 1));
                assertThat(after.delivery().nextAttemptAt()).isEqualTo(now.plus(backoff));

                at(now.plus(backoff).minusSeconds(1));
                relay.relayDue();
                assertThat(message(doomed).delivery().attempts()).as("not tried before its next attempt").isEqualTo(attempt);
                now = now.plus(backoff);
                at(now);
            }
            relay.relayDue();
            OutboxMessage failed = message(doomed);
            assertThat(failed.status()).isEqualTo(Status.FAILED);
            assertThat(failed.delivery().attempts()).isEqualTo(4);
            assertThat(failed.delivery().lastError()).contains("451 4.3.0");
            assertThat(log).containsPattern("WARN .*Outbox message " + doomed.id() + " \\(reference INQ-DOOMED\\) FAILED after 4"
                + " attempt\\(s\\) and will not be retried; it stays in the outbox and the team has a task to reach the client");
            assertThat(log.getOut()).as("the client's address stays out of the log; its domain tells the administrator enough")
                .contains("451 4.3.0 <…@example.com>: Temporary lookup failure").doesNotContain("doomed@example.com");
            at(now.plus(Duration.ofDays(1)));
            relay.relayDue();
            assertThat(message(doomed).status()).isEqualTo(Status.FAILED);
            assertThat(server.delivered()).isEmpty();
        }
    }

    @Test
    void shouldMarkAMessageTheServerRefusesForGoodFailedAtOnceAndSendTheRestOfTheRound() throws Exception {
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse("nobody@example.com", "550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown");
            OutboxMessage refused = outbox.planEmail("nobody@example.com", "Quotation", "Our quote.\n", T0, "INQ-REFUSED");
            OutboxMessage fine = outbox.planEmail("somebody@example.com", "Quotation", "Our quote.\n", T0, "INQ-REFUSED");

            assertThat(server.relay(context, settings).relayDue()).isEqualTo(2);

            OutboxMessage failed = message(refused);
            assertThat(failed.status()).isEqualTo(Status.FAILED);
            assertThat(failed.delivery().attempts()).as("no second try of what the server refused for good").isEqualTo(1);
            assertThat(failed.delivery().lastError()).isEqualTo("the mail server refused it for good: 550 5.1.1 <nobody@example.com>:"
                + " Recipient address rejected: User unknown");
            assertThat(message(fine).status()).isEqualTo(Status.SENT);
            assertThat(server.delivered()).containsExactly("somebody@example.com");
        }
    }

    @Test
    void shouldReadTheMessagesOfOneRecordByTheirReferenceWithoutGoingThroughTheWholeOutbox() {
        String plan = context.getBean(JdbcClient.class)
            .sql("explain " + Outbox.ABOUT).param("reference", "INQ-ANY").query(String.class).single();
        assertThat(plan).as("H2's plan of a record's message list").contains("OUTBOX_MESSAGE_REFERENCE").doesNotContain("tableScan");
    }

    @Test
    void shouldGiveUpOnAMessageWhoseLastAttemptsClaimRanOutAndTellTheTeamHowManyAttemptsWereMade() {
        OutboxMessage orphan = outbox.planEmail("last-claim@example.com", "Quotation", "Our quote.\n", T0, "INQ-LAST-CLAIM");
        context.getBean(JdbcClient.class)
            .sql("update outbox_message set status = 'SENDING', attempts = :max, claimed_until = :until where id = :id")
            .param("max", settings.maxAttempts()).param("until", Timestamp.from(T0)).param("id", orphan.id()).update();

        at(T0.plusSeconds(1));
        mail.deliverDue();

        assertThat(message(orphan).status()).isEqualTo(Status.FAILED);
        assertThat(message(orphan).delivery().lastError()).contains("the claim of the last attempt expired");
        var task = context.getBean(RuntimeService.class).createProcessInstanceQuery()
            .processInstanceBusinessKey(orphan.id()).singleResult();
        assertThat(context.getBean(RuntimeService.class).getVariable(task.getId(), "attempts"))
            .as("the attempts made, none after the last").isEqualTo(settings.maxAttempts());
    }

    @Test
    void shouldReadWhatAFailedSendSaysAboutTheMessage() {
        var unreachable = new SmtpRound.ServerUnavailable(new MessagingException("Connection refused"), Map.of());
        assertThat(DeliveryFailure.of(unreachable)).isEqualTo(new DeliveryFailure(DeliveryFailure.Kind.SERVER_UNAVAILABLE,
            "no connection: Connection refused"));
        assertThat(DeliveryFailure.of(new MailAuthenticationException("535 5.7.8 bad credentials")).kind())
            .isEqualTo(DeliveryFailure.Kind.SERVER_UNAVAILABLE);
        var refusedContent = new MailSendException(Map.of("m",
            new SMTPSendFailedException("DATA", 554, "554 5.7.1 Message rejected as spam", null, null, null, null)));
        assertThat(DeliveryFailure.of(refusedContent)).isEqualTo(new DeliveryFailure(DeliveryFailure.Kind.REFUSED,
            "the mail server refused it for good: 554 5.7.1 Message rejected as spam"));
        var busy = new MailSendException(Map.of("m",
            new SMTPSendFailedException("DATA", 452, "452 4.3.1 Insufficient system storage", null, null, null, null)));
        assertThat(DeliveryFailure.of(busy)).isEqualTo(new DeliveryFailure(DeliveryFailure.Kind.TEMPORARY,
            "the mail server put it off: 452 4.3.1 Insufficient system storage"));
        assertThat(DeliveryFailure.of(new MailSendException("Read timed out")).kind())
            .isEqualTo(DeliveryFailure.Kind.TEMPORARY);
    }

    @Test
    void shouldKeepMessagesPlannedAndSaySoAtMostHourlyWithoutAnSmtpHost(CapturedOutput log) {
        assertThat(context.getBeanProvider(JavaMailSender.class).getIfAvailable()).as("the tests configure no SMTP host").isNull();
        OutboxMessage waiting = outbox.planEmail("nohost@example.com", "Quotation", "Our quote.\n", T0, "INQ-NOHOST");

        assertThat(applicationRelay.relayDue()).isZero();
        assertThat(message(waiting).status()).isEqualTo(Status.PLANNED);
        assertThat(message(waiting).delivery().attempts()).isZero();

        OutboxRelay relay = new OutboxRelay(queue, (JavaMailSender) null, settings, mailSettings, failures, checks);
        relay.reportAtStartUp();
        assertThat(context.getBean(OutboxHealthIndicator.class).health().getDetails())
            .containsEntry("mailServer", "none configured (spring.mail.host): nothing is sent").containsEntry("reachable", "unknown");
        assertThat(log).contains("No SMTP host configured (spring.mail.host)");
        String waitingLine = "outbox message(s) due and not sent: no SMTP host configured";
        int before = occurrences(log.getOut(), waitingLine);
        for (int minute = 0; minute < 60; minute += 15) {
            at(T0.plus(Duration.ofMinutes(minute)));
            relay.relayDue();
        }
        assertThat(occurrences(log.getOut(), waitingLine)).as("one line in the first hour, not one per round").isEqualTo(before + 1);
        at(T0.plus(Duration.ofHours(1)));
        relay.relayDue();
        assertThat(occurrences(log.getOut(), waitingLine)).isEqualTo(before + 2);

        mail.deliverDue();
        assertThat(mail.receivedBy("nohost@example.com")).as("sent once an SMTP host is there").hasSize(1);
    }

    @Test
    void shouldDoubleTheRetryDelayFromTheFirst() {
        assertThat(settings.maxAttempts()).isEqualTo(5);
        assertThat(settings.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(settings.retryDelay(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(settings.retryDelay(4)).isEqualTo(Duration.ofMinutes(8));
        assertThat(settings.retryDelay(500)).isPositive();
    }

    private OutboxMessage message(OutboxMessage planned) {
        return outbox.about(planned.reference()).stream().filter(m -> m.id().equals(planned.id())).findFirst().orElseThrow();
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
