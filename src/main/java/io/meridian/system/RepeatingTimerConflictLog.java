package io.meridian.system;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * The log of a repeating timer (the escalation sweep's, the survey cadence's) that two nodes ran at once: one line at
 * INFO, where it was a NullPointerException at ERROR. A node's lock on a job runs out while it still runs it (the node
 * stalled, or starved of CPU) and another node takes the job: both run the timer, one commits, and the other's delete of
 * the timer finds it gone, an optimistic-locking conflict that rolls its run back. Camunda 7.24's
 * {@code RepeatingFailedJobListener}, which schedules the next occurrence after a failed run of a repeating timer, then
 * reads the timer without checking that it is still there, and its NullPointerException reaches Spring, which logs it
 * at ERROR ("TransactionSynchronization.afterCompletion threw exception"). The node that committed has scheduled the next
 * occurrence already (SweepTimerOnTwoNodesTest): there is nothing to repair. Only that NullPointerException, thrown by
 * that listener's reading of the timer, is turned into the line; anything else is logged as it was.
 */
final class RepeatingTimerConflictLog extends TurboFilter {

    static final String NAME = "repeating-timer-conflict";
    /** Where the NullPointerException is thrown: the listener's command reading the timer it was made for. */
    static final String LISTENER_COMMAND = "org.camunda.bpm.engine.impl.jobexecutor.RepeatingFailedJobListener$CreateNewTimerJobCommand";
    static final String EXPLANATION = ": a repeating timer ran on another node meanwhile, which scheduled its next occurrence;"
        + " this node's run of it lost the optimistic-locking conflict and rolled back, and Camunda's RepeatingFailedJobListener"
        + " found the timer gone (NullPointerException, stack trace left out)";

    /** Puts the filter into Logback's context, unless one is there (an earlier application context of the same JVM put it). */
    static void install() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
            && context.getTurboFilterList().stream().noneMatch(f -> NAME.equals(f.getName()))) {
            RepeatingTimerConflictLog filter = new RepeatingTimerConflictLog();
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    RepeatingTimerConflictLog() {
        setName(NAME);
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN)) {
            return FilterReply.NEUTRAL;
        }
        Throwable failure = t != null ? t
            : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
        if (!timerGone(failure)) {
            return FilterReply.NEUTRAL;
        }
        String message = MessageFormatter.arrayFormat(format, params, null).getMessage() + EXPLANATION;
        // no exception: this filter lets the line through
        logger.log(marker, Logger.FQCN, Level.toLocationAwareLoggerInteger(Level.INFO), message, null, null);
        return FilterReply.DENY;
    }

    /** The listener's NullPointerException itself: thrown where its command reads the timer, not anywhere below. */
    static boolean timerGone(Throwable failure) {
        if (!(failure instanceof NullPointerException) || failure.getStackTrace().length == 0) {
            return false;
        }
        StackTraceElement thrownAt = failure.getStackTrace()[0];
        return LISTENER_COMMAND.equals(thrownAt.getClassName()) && "execute".equals(thrownAt.getMethodName());
    }
}
