package io.meridian.outage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * The log while the database is out of reach: a WARN or ERROR whose exception is the outage ({@link DatabaseOutage#in})
 * becomes one line without its stack trace, once a minute for each logger and message (the job executor's
 * acquisition, the pool's attempts to connect, Spring's rollback, the 503s answered), the line saying how many were left
 * out since the last one. Any other exception is logged as it was, with its stack trace: a real fault is never folded.
 */
final class OutageLogFilter extends TurboFilter {

    static final String NAME = "database-outage";
    static final Duration QUIET = Duration.ofMinutes(1);

    private final Clock clock;
    /** For each kind (logger and message), when its last line was logged and how many were left out since. Guarded by itself. */
    private final Map<String, Kind> kinds = new HashMap<>();

    private record Kind(Instant logged, long leftOut) {
    }

    /**
     * Puts a filter into Logback's context, unless one is there (an earlier application context of the same JVM put it).
     * It stays there when the application stops: the job executor's last rounds while it stops meet the outage too.
     */
    static void install(Clock clock) {
        if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof LoggerContext context
            && context.getTurboFilterList().stream().noneMatch(f -> NAME.equals(f.getName()))) {
            OutageLogFilter filter = new OutageLogFilter(clock);
            filter.start();
            context.addTurboFilter(filter);
        }
    }

    OutageLogFilter(Clock clock) {
        this.clock = clock;
        setName(NAME);
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
        if (level == null || !level.isGreaterOrEqual(Level.WARN) || format == null) {
            return FilterReply.NEUTRAL;
        }
        Throwable failure = t != null ? t
            : params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
        if (failure == null || !DatabaseOutage.in(failure)) {
            return FilterReply.NEUTRAL;
        }
        Instant now = clock.instant();
        long leftOut;
        Instant since;
        String kind = logger.getName() + "\n" + format;
        synchronized (kinds) {
            Kind before = kinds.get(kind);
            if (before != null && now.isBefore(before.logged().plus(QUIET))) {
                kinds.put(kind, new Kind(before.logged(), before.leftOut() + 1));
                return FilterReply.DENY;
            }
            kinds.put(kind, new Kind(now, 0));
            leftOut = before == null ? 0 : before.leftOut();
            since = before == null ? null : before.logged();
        }
        String message = MessageFormatter.arrayFormat(format, params, null).getMessage() + ": " + DatabaseOutage.oneLine(failure)
            + (leftOut == 0 ? "" : " (" + leftOut + " more like it since " + LocalTime.ofInstant(since, ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS) + " UTC, not logged)")
            + "; stack trace left out, the next within a minute too";
        // no exception: this filter lets the line through
        logger.log(marker, Logger.FQCN, Level.toLocationAwareLoggerInteger(level), message, null, null);
        return FilterReply.DENY;
    }
}
