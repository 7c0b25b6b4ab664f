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
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.slf4j.helpers.MessageFormatter;

/**
 * The log while the database is out of reach: a WARN or ERROR whose exception is the outage ({@link DatabaseOutage#in})
 * becomes one line without its stack trace, once a minute for each logger and message (the job executor's
 * acquisition, the pool's attempts to connect, Spring's rollback, the 503s answered), the line saying how many were left
 * out since the last one. Any other exception is logged as it was, with its stack trace: a real fault is never folded.
 * HikariCP's WARN for each pooled connection that fails its check when taken (a line without an exception; after a
 * restart of PostgreSQL, one for each connection of the pool, about ten) is folded the same way for each reason it gives.
 */
final class OutageLogFilter extends TurboFilter {

    static final String NAME = "database-outage";
    static final Duration QUIET = Duration.ofMinutes(1);
    /** HikariCP's logger and line (6.x, {@code PoolBase.isConnectionDead}) for a connection that failed its check when taken. */
    static final String POOL_BASE = "com.zaxxer.hikari.pool.PoolBase";
    static final String VALIDATION_FAILED = "{} - Failed to validate connection {} ({}). Possibly consider using a shorter maxLifetime value.";

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
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext context
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
        if (failure == null) {
            if (validationFailed(logger, format, params)) {
                // the reason in the kind: a connection that fails for another reason has a line of its own
                return fold(marker, logger, level, logger.getName() + "\n" + format + "\n" + params[2],
                    MessageFormatter.arrayFormat(format, params, null).getMessage(), "; the next within a minute too");
            }
            return FilterReply.NEUTRAL;
        }
        if (!DatabaseOutage.in(failure)) {
            return FilterReply.NEUTRAL;
        }
        return fold(marker, logger, level, logger.getName() + "\n" + format,
            MessageFormatter.arrayFormat(format, params, null).getMessage() + ": " + DatabaseOutage.oneLine(failure),
            "; stack trace left out, the next within a minute too");
    }

    /**
     * HikariCP's line for a pooled connection found dead when it is taken ({@link #VALIDATION_FAILED}, the reason the
     * driver's message as text, no exception): once the database is back after a restart, one for each connection the
     * restart ended, all within a moment (the pool then opens new ones).
     */
    private static boolean validationFailed(Logger logger, String format, Object[] params) {
        return POOL_BASE.equals(logger.getName()) && format.equals(VALIDATION_FAILED) && params != null && params.length == 3;
    }

    /** The first line of a kind in a minute, without its stack trace; the others within the minute counted, not logged. */
    private FilterReply fold(Marker marker, Logger logger, Level level, String kind, String line, String tail) {
        Instant now = clock.instant();
        long leftOut;
        Instant since;
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
        String message = line
            + (leftOut == 0 ? "" : " (" + leftOut + " more like it since " + LocalTime.ofInstant(since, ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.SECONDS) + " UTC, not logged)")
            + tail;
        // no exception: this filter lets the line through
        logger.log(marker, Logger.FQCN, Level.toLocationAwareLoggerInteger(level), message, null, null);
        return FilterReply.DENY;
    }
}
