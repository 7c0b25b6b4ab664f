package io.meridian.outbox;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import io.meridian.outbox.OutboxQueue.Claim;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends due outbox messages by SMTP, each once however many nodes run a relay on the database:
 * a message is claimed in the database before it is sent and marked SENT after. How a failed send
 * goes on depends on what failed ({@link DeliveryFailure}): a mail server that cannot be reached
 * ends the round and every message waits for it, no attempt counted; a message the server refuses
 * for good (a 5xx reply) is FAILED at once; anything else is retried with doubling delays up to
 * {@code meridian.outbox.max-attempts}, then FAILED. A FAILED client email opens a task for the
 * team ({@link FailedMessages}). Without an SMTP host ({@code spring.mail.host}) nothing is sent and
 * messages stay PLANNED. The messages of one round share one SMTP connection ({@link SmtpRound}).
 *
 * <p>If a node stops after the SMTP server took a message but before it was marked SENT, the
 * message goes out again once the lease has run out: delivery is at least once in that one case,
 * exactly once otherwise. The {@value #OUTBOX_ID_HEADER} header lets a receiving system tell.
 *
 * <p>Just before a client email goes out, once claimed, the relay asks whether its matter is still going on
 * ({@link ClientEmailCheck}: an order whose fulfilment or journey was deleted without its listeners is not); if not, the
 * email is WITHDRAWN with the reason, not sent. A check that fails is retried as a failed send is.
 *
 * <p>A client email that could not go out in its client's send window (the mail server was away, or no node ran through
 * the night) does not reach the client at night or on their weekend once it can go: late by more than {@link #GRACE} while
 * the client has been closed since {@code GRACE} ago ({@link ClientSendWindow}), it waits for their next send window,
 * {@code last_error} saying so, and the emails that follow it wait after it. The crisis channel and staff notifications
 * go at once.
 */
@Component
class OutboxRelay {

    /** Mail header carrying the outbox message id. */
    static final String OUTBOX_ID_HEADER = "X-Meridian-Outbox-Id";

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int MAX_ERROR_LENGTH = 2000;
    /** An email address in a mail server's reply, as the log shows it: the domain only. */
    private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"'(),;:\\[\\]]+@([^\\s<>\"'(),;:\\[\\]]+)");

    /**
     * How late a client email may go out of its client's send window: one due at 17:55 that goes at 18:05, when their
     * hours have just ended, still goes; one that has waited longer, or whose client closed longer ago, waits for their
     * next window. A few of the relay's rounds (15 seconds apart) and a short retry fit in it.
     */
    static final Duration GRACE = Duration.ofMinutes(15);
    private static final DateTimeFormatter CLIENT_TIME = DateTimeFormatter.ofPattern("EEE d MMM uuuu HH:mm", Locale.ENGLISH);

    private enum Outcome { SENT, RETRY, FAILED, WITHDRAWN, TAKEN, SERVER_UNAVAILABLE }

    private final OutboxQueue queue;
    private final JavaMailSender sender;
    private final OutboxSettings settings;
    private final MailSettings mail;
    private final FailedMessages failures;
    private final ClientEmailChecks checks;
    private final ClientSendWindow windows;
    private final String node;
    private volatile Instant lastReport;
    private volatile Instant lastUnavailableReport;
    private volatile Unreachable unreachable;

    /** Since when this node's relay has found the mail server unreachable, and why (the last failure). */
    record Unreachable(Instant since, String error) {
    }

    @Autowired
    OutboxRelay(OutboxQueue queue, ObjectProvider<JavaMailSender> sender, OutboxSettings settings, MailSettings mail,
                FailedMessages failures, ClientEmailChecks checks, ObjectProvider<ClientSendWindow> windows) {
        this(queue, sender.getIfAvailable(), settings, mail, failures, checks, windows.getIfAvailable(() -> ClientSendWindow.NONE));
    }

    /** As below, every client email going when it is due, whatever the client's hours. */
    OutboxRelay(OutboxQueue queue, JavaMailSender sender, OutboxSettings settings, MailSettings mail, FailedMessages failures,
                ClientEmailChecks checks) {
        this(queue, sender, settings, mail, failures, checks, ClientSendWindow.NONE);
    }

    /**
     * @param sender  the SMTP server, or null when none is configured
     * @param windows the clients' send windows, for a client email that is late
     */
    OutboxRelay(OutboxQueue queue, JavaMailSender sender, OutboxSettings settings, MailSettings mail, FailedMessages failures,
                ClientEmailChecks checks, ClientSendWindow windows) {
        this.queue = queue;
        this.sender = sender;
        this.settings = settings;
        this.mail = mail;
        this.failures = failures;
        this.checks = checks;
        this.windows = windows;
        String name = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
        this.node = name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

    @EventListener(ApplicationReadyEvent.class)
    void reportAtStartUp() {
        String polling = settings.pollEnabled() ? "every " + settings.pollInterval() : "never (meridian.outbox.poll-enabled=false)";
        if (sender == null) {
            log.warn("No SMTP host configured (spring.mail.host): client messages and staff notifications stay in the"
                + " outbox as PLANNED and are not sent until one is");
        } else {
            log.info("Outbox relay sends email via {} from {}, looking for due messages {}", server(), mail.from(), polling);
        }
    }

    /**
     * One round: claims and sends up to {@code batch-size} due messages.
     *
     * @return how many messages this round tried to send, withdrew or moved to their client's next send window (0 when
     *     nothing was due, no SMTP host is set or the mail server could not be reached)
     */
    int relayDue() {
        Instant now = ClockUtil.now().toInstant();
        if (sender == null) {
            reportWaiting(now);
            return 0;
        }
        Map<Outcome, Integer> round = new EnumMap<>(Outcome.class);
        int moved = 0;
        Instant firstOpening = null;
        try (SmtpRound smtp = new SmtpRound(sender)) {
            for (OutboxMessage message : queue.due(now, settings.batchSize())) {
                Optional<Instant> opening = toNextSendWindow(message, now);
                if (opening.isPresent()) {
                    moved++;
                    firstOpening = firstOpening == null || opening.get().isBefore(firstOpening) ? opening.get() : firstOpening;
                    continue;
                }
                Outcome outcome = deliver(message, smtp);
                if (outcome == Outcome.SERVER_UNAVAILABLE) {
                    // the rest of the round would find the server as unreachable: they wait for the next round
                    break;
                }
                round.merge(outcome, 1, Integer::sum);
            }
        }
        int tried = round.getOrDefault(Outcome.SENT, 0) + round.getOrDefault(Outcome.RETRY, 0) + round.getOrDefault(Outcome.FAILED, 0)
            + round.getOrDefault(Outcome.WITHDRAWN, 0);
        if (tried > 0) {
            log.info("Outbox round: {} sent, {} to retry, {} failed, {} withdrawn", round.getOrDefault(Outcome.SENT, 0),
                round.getOrDefault(Outcome.RETRY, 0), round.getOrDefault(Outcome.FAILED, 0), round.getOrDefault(Outcome.WITHDRAWN, 0));
        }
        if (moved > 0) {
            // once a round, however many waited: after a night's outage a whole backlog moves at once
            log.info("Outbox round: {} client email(s) could not go out in their client's send window and wait for the client's"
                + " next one (the first at {}) rather than reach them outside their hours", moved, firstOpening);
        }
        return tried + moved;
    }

    /**
     * A client email late by more than {@link #GRACE} whose client has been closed since then waits for their next send
     * window: when it goes, empty when it goes now (a staff notification, the crisis channel, a client open or unknown).
     */
    private Optional<Instant> toNextSendWindow(OutboxMessage message, Instant now) {
        if (message.kind() != OutboxMessage.Kind.CLIENT || message.status() != OutboxMessage.Status.PLANNED
            || !now.isAfter(message.delivery().nextAttemptAt().plus(GRACE))) {
            return Optional.empty();
        }
        Optional<ClientSendWindow.Opening> opening;
        try {
            // the first moment inside the window from GRACE ago: after now only when the client has been closed since then
            opening = windows.opening(message, now.minus(GRACE)).filter(o -> o.at().isAfter(now));
        } catch (RuntimeException e) {
            log.warn("Outbox message {} (reference {}): the client's send window could not be read, so it goes when it can: {}",
                message.id(), message.reference(), e.toString());
            return Optional.empty();
        }
        if (opening.isEmpty()) {
            return Optional.empty();
        }
        ClientSendWindow.Opening next = opening.get();
        String why = "not sent in the client's send window: planned for " + clientTime(message.plannedAt(), next)
            + ", it could not go out until the client's hours had ended, so it waits for their next send window, "
            + clientTime(next.at(), next) + ", rather than reach them outside their hours";
        return queue.moved(message, now, next.at(), abbreviate(why)) ? Optional.of(next.at()) : Optional.empty();
    }

    private static String clientTime(Instant instant, ClientSendWindow.Opening in) {
        return CLIENT_TIME.format(instant.atZone(in.zone())) + " in the client's time (" + in.zone().getId() + ")";
    }

    private Outcome deliver(OutboxMessage message, SmtpRound smtp) {
        Instant now = ClockUtil.now().toInstant();
        if (message.status() == OutboxMessage.Status.SENDING && message.delivery().attempts() >= settings.maxAttempts()) {
            String error = "the claim of the last attempt expired (did a node stop while sending?); it may have gone out";
            if (failures.fail(message, error, message.delivery().attempts(), () -> queue.abandoned(message, now, error))) {
                warnFailed(message, message.delivery().attempts(), error);
                return Outcome.FAILED;
            }
            return Outcome.TAKEN;
        }
        return queue.claim(message, node, now, now.plus(settings.lease()))
            .map(claim -> send(claim, smtp))
            .orElse(Outcome.TAKEN);
    }

    private Outcome send(Claim claim, SmtpRound smtp) {
        OutboxMessage message = claim.message();
        Optional<String> withdraw;
        try {
            withdraw = checks.withdrawBecause(message);
        } catch (RuntimeException e) {
            // not known whether its matter goes on: not sent now, tried again as a failed send is
            return notSent(claim, "could not check before sending whether what it is about still goes on: " + e);
        }
        if (withdraw.isPresent()) {
            String why = abbreviate(withdraw.get());
            if (queue.withdrawn(claim, why)) {
                log.info("Outbox message {} (reference {}) withdrawn instead of sent: {}", message.id(), message.reference(), why);
                return Outcome.WITHDRAWN;
            }
            return Outcome.TAKEN;
        }
        try {
            smtp.send(mime -> compose(mime, message));
        } catch (MailException e) {
            return failed(claim, e);
        }
        Unreachable was = unreachable;
        if (was != null) {
            unreachable = null;
            log.info("Mail server {} answers again (unreachable since {}): the outbox messages that waited for it go out now,"
                + " a client email whose client's send window has passed in their next one",
                server(), was.since());
        }
        if (!queue.sent(claim, ClockUtil.now().toInstant())) {
            log.warn("Outbox message {} (reference {}) was sent after its claim expired; another node may send it again",
                message.id(), message.reference());
        }
        log.debug("Sent outbox message {} (reference {})", message.id(), message.reference());
        return Outcome.SENT;
    }

    private void compose(MimeMessage mime, OutboxMessage message) throws jakarta.mail.MessagingException {
        boolean multipart = message.content().html() != null;
        // a client email: multipart/alternative with the plain text and the HTML part
        MimeMessageHelper helper = new MimeMessageHelper(mime, multipart ? MimeMessageHelper.MULTIPART_MODE_MIXED_RELATED
            : MimeMessageHelper.MULTIPART_MODE_NO, StandardCharsets.UTF_8.name());
        helper.setFrom(mail.from());
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        if (multipart) {
            helper.setText(message.body(), message.content().html());
        } else {
            helper.setText(message.body());
        }
        mime.setHeader(OUTBOX_ID_HEADER, message.id());
    }

    private Outcome failed(Claim claim, MailException e) {
        OutboxMessage message = claim.message();
        DeliveryFailure failure = DeliveryFailure.of(e);
        String error = abbreviate(failure.reason());
        if (failure.kind() == DeliveryFailure.Kind.SERVER_UNAVAILABLE) {
            Unreachable before = unreachable;
            unreachable = new Unreachable(before == null ? ClockUtil.now().toInstant() : before.since(), error);
            String waiting = "waiting for the mail server: " + error;
            queue.released(claim, waiting);
            queue.waitingForServer(ClockUtil.now().toInstant(), waiting);
            reportUnavailable(error);
            return Outcome.SERVER_UNAVAILABLE;
        }
        if (failure.kind() == DeliveryFailure.Kind.REFUSED) {
            failures.fail(message, error, claim.attempt(), () -> queue.failed(claim, error));
            warnFailed(message, claim.attempt(), error);
            return Outcome.FAILED;
        }
        return notSent(claim, error);
    }

    /** Tried again with doubling delays, FAILED after the last allowed attempt. */
    private Outcome notSent(Claim claim, String failure) {
        OutboxMessage message = claim.message();
        String error = abbreviate(failure);
        if (claim.attempt() >= settings.maxAttempts()) {
            failures.fail(message, error, claim.attempt(), () -> queue.failed(claim, error));
            warnFailed(message, claim.attempt(), error);
            return Outcome.FAILED;
        }
        Instant next = ClockUtil.now().toInstant().plus(settings.retryDelay(claim.attempt()));
        queue.retryLater(claim, next, error);
        log.info("Sending outbox message {} (reference {}) failed, attempt {} of {}; next attempt at {}: {}",
            message.id(), message.reference(), claim.attempt(), settings.maxAttempts(), next, forTheLog(error));
        return Outcome.RETRY;
    }

    private void warnFailed(OutboxMessage message, int attempts, String error) {
        log.warn("Outbox message {} (reference {}) FAILED after {} attempt(s) and will not be retried; it stays in the"
            + " outbox{}: {}", message.id(), message.reference(), attempts,
            message.kind() == OutboxMessage.Kind.CLIENT ? " and the team has a task to reach the client"
                : " and the administrators have a task to fix the address", forTheLog(error));
    }

    /**
     * A mail server's reply as the log shows it: every email address in it as {@code …@domain}. A client's address is
     * personal data the log need not keep (the message's {@code lastError}, its list and the team's task keep it all);
     * the message id and reference say which one it was.
     */
    static String forTheLog(String error) {
        return error == null ? null : ADDRESS.matcher(error).replaceAll("…@$1");
    }

    /** At most once per report interval: the server cannot be reached, so everything due waits. */
    private void reportUnavailable(String error) {
        Instant now = ClockUtil.now().toInstant();
        Instant last = lastUnavailableReport;
        if (last != null && now.isBefore(last.plus(settings.reportInterval())) && !now.isBefore(last)) {
            return;
        }
        lastUnavailableReport = now;
        log.warn("Mail server {} cannot be reached: {} outbox message(s) due wait for it, no attempt counted; trying again"
            + " every {}: {}", server(), queue.countDue(now), settings.pollInterval(), error);
    }

    private void reportWaiting(Instant now) {
        Instant last = lastReport;
        if (last != null && now.isBefore(last.plus(settings.reportInterval()))) {
            return;
        }
        lastReport = now;
        long waiting = queue.countDue(now);
        if (waiting > 0) {
            log.warn("{} outbox message(s) due and not sent: no SMTP host configured (spring.mail.host)", waiting);
        }
    }

    /** The mail server this relay sends to, null without an SMTP host. */
    String mailServer() {
        return sender == null ? null : server();
    }

    /** Empty while the mail server answers (or nothing was sent yet); else since when it has not. */
    java.util.Optional<Unreachable> unreachable() {
        return java.util.Optional.ofNullable(unreachable);
    }

    private String server() {
        return sender instanceof JavaMailSenderImpl smtp ? smtp.getHost() + ":" + smtp.getPort() : sender.getClass().getSimpleName();
    }

    private static String abbreviate(String text) {
        String message = text == null ? "unknown error" : text;
        return message.length() <= MAX_ERROR_LENGTH ? message : message.substring(0, MAX_ERROR_LENGTH - 1) + "…";
    }
}
