package io.meridian.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The log during an outage: the framework's stack traces of it (the job executor's acquisition, the pool) one line a
 * minute per kind, any other exception as it was. A logging context of its own, not the JVM's.
 */
@RunsBeside
class OutageLogFilterTest {

    private static final Instant START = Instant.parse("2026-12-07T14:33:12Z");

    private final MutableClock clock = new MutableClock(START);
    private final LoggerContext logging = new LoggerContext();
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void logging() {
        OutageLogFilter filter = new OutageLogFilter(clock);
        filter.start();
        logging.addTurboFilter(filter);
        lines.start();
        logging.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(lines);
    }

    @Test
    void shouldLogTheOutageOnceAMinutePerKindWithoutItsStackTrace() {
        Logger acquisition = logging.getLogger("org.camunda.bpm.engine.jobexecutor");
        Logger pool = logging.getLogger("com.zaxxer.hikari.pool.PoolBase");

        // as ENGINE-14019 and HikariCP log them: the exception the last argument
        for (int i = 0; i < 3; i++) {
            acquisition.error("ENGINE-14019 Exception during job acquisition {}", "Could not open JDBC Connection for transaction", outage());
            clock.advance(Duration.ofSeconds(10));
        }
        pool.warn("{} - Pool is empty, failed to create/setup connection ({})", "HikariPool-1", "49126511", refused());

        assertThat(lines.list).hasSize(2);
        assertThat(lines.list).allSatisfy(line -> assertThat(line.getThrowableProxy()).isNull());
        assertThat(lines.list.get(0).getFormattedMessage()).isEqualTo("ENGINE-14019 Exception during job acquisition Could not open"
            + " JDBC Connection for transaction: CannotCreateTransactionException: Could not open JDBC Connection for transaction"
            + " (cause SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 5000ms)"
            + "; stack trace left out, the next within a minute too");
        assertThat(lines.list.get(1).getLoggerName()).isEqualTo("com.zaxxer.hikari.pool.PoolBase");
        assertThat(lines.list.get(1).getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);

        // a minute after its line, the kind gets one more, counting what was left out
        clock.advance(Duration.ofSeconds(31));
        acquisition.error("ENGINE-14019 Exception during job acquisition {}", "Could not open JDBC Connection for transaction", outage());

        assertThat(lines.list).hasSize(3);
        assertThat(lines.list.get(2).getFormattedMessage()).contains("(2 more like it since 14:33:12 UTC, not logged)");
    }

    @Test
    void shouldLogAnyOtherFailureWithItsStackTraceEveryTime() {
        Logger acquisition = logging.getLogger("org.camunda.bpm.engine.jobexecutor");

        for (int i = 0; i < 2; i++) {
            acquisition.error("ENGINE-14019 Exception during job acquisition {}", "boom", new IllegalStateException("a bug"));
            acquisition.error("a duplicate", new RuntimeException(new SQLException("duplicate key value", "23505")));
        }
        acquisition.info("an outage at INFO is left to the level", outage());

        assertThat(lines.list).hasSize(5);
        assertThat(lines.list.subList(0, 4)).allSatisfy(line -> assertThat(line.getThrowableProxy()).isNotNull());
    }

    @Test
    void shouldFoldThePoolsFailedChecksOfTheConnectionsARestartEndedIntoOneLine() {
        Logger pool = logging.getLogger("com.zaxxer.hikari.pool.PoolBase");

        // as HikariCP 6 logs each pooled connection PostgreSQL's restart ended, when it is taken once the database is back:
        // the driver's message as text, no exception
        for (int i = 0; i < 10; i++) {
            pool.warn("{} - Failed to validate connection {} ({}). Possibly consider using a shorter maxLifetime value.",
                "HikariPool-1", "org.postgresql.jdbc.PgConnection@5e1d" + i, "This connection has been closed.");
            clock.advance(Duration.ofMillis(300));
        }
        // another reason is another fault: a line of its own
        pool.warn("{} - Failed to validate connection {} ({}). Possibly consider using a shorter maxLifetime value.",
            "HikariPool-1", "org.postgresql.jdbc.PgConnection@77aa", "An I/O error occurred while sending to the backend.");

        assertThat(lines.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly(
            "HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@5e1d0 (This connection has been closed.)."
                + " Possibly consider using a shorter maxLifetime value.; the next within a minute too",
            "HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@77aa (An I/O error occurred while sending"
                + " to the backend.). Possibly consider using a shorter maxLifetime value.; the next within a minute too");
        assertThat(lines.list).allSatisfy(line -> assertThat(line.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN));

        // a minute later the same again: logged, with the count of those left out
        clock.advance(Duration.ofMinutes(1));
        pool.warn("{} - Failed to validate connection {} ({}). Possibly consider using a shorter maxLifetime value.",
            "HikariPool-1", "org.postgresql.jdbc.PgConnection@6f00", "This connection has been closed.");
        assertThat(lines.list).hasSize(3);
        assertThat(lines.list.get(2).getFormattedMessage()).contains("(9 more like it since 14:33:12 UTC, not logged)");
    }

    @Test
    void shouldLogThePoolsOtherWarningsAsTheyAre() {
        Logger pool = logging.getLogger("com.zaxxer.hikari.pool.PoolBase");

        for (int i = 0; i < 2; i++) {
            pool.warn("{} - Closing connection {} failed", "HikariPool-1", "org.postgresql.jdbc.PgConnection@5e1d");
        }

        assertThat(lines.list).hasSize(2);
    }

    private static RuntimeException outage() {
        return new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms"));
    }

    private static SQLException refused() {
        return new SQLException("Connection to localhost:55435 refused.", "08001");
    }

    /** A clock the test moves. */
    private static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
