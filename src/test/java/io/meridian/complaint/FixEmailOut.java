package io.meridian.complaint;

import java.time.Instant;
import java.util.Date;
import java.util.concurrent.Callable;

import io.meridian.messages.MessageKind;
import io.meridian.outbox.Outbox;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The client's confirmation of a complaint's fix, in tests on the real clock: the server refuses it while the fix's email
 * waits in the outbox for the client's business hours (a Friday evening fix reaches Tokyo on Monday), so a test that
 * confirms at once passes only in those hours. A helper, not a test: {@code ConcurrentEventsTest},
 * {@code AnswersAsDescribedTest} and {@code ComplaintApiTest} use it, and {@code FixEmailOutTest} checks it.
 */
public final class FixEmailOut {

    private FixEmailOut() {
    }

    /** When the root-cause fix's email about {@code complaintId} goes out, as the outbox plans it. */
    public static Instant at(Outbox outbox, String complaintId) {
        return outbox.about(complaintId).stream().filter(m -> MessageKind.COMPLAINT_ROOT_CAUSE_FIX.name().equals(m.content().messageKind()))
            .findFirst().orElseThrow(() -> new IllegalStateException("no fix email about complaint " + complaintId))
            .delivery().nextAttemptAt();
    }

    /**
     * {@code confirm}'s result, run with the engine's clock at the fix email's sending time when that is still ahead (and
     * as it is otherwise); the clock is the real one again afterwards.
     */
    public static <T> T whenSent(Outbox outbox, String complaintId, Callable<T> confirm) throws Exception {
        Instant goesOut = at(outbox, complaintId);
        try {
            if (goesOut.isAfter(Instant.now())) {
                ClockUtil.setCurrentTime(Date.from(goesOut));
            }
            return confirm.call();
        } finally {
            ClockUtil.reset();
        }
    }
}
