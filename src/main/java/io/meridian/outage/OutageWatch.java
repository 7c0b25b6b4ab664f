package io.meridian.outage;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import io.meridian.background.DaemonScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * Whether this node knows the database to be out of reach: from the first request that met the outage until a
 * connection of the pool answers again. Meanwhile a request that needs the database is answered 503 at once, where each
 * waited the pool's connection timeout first. One daemon thread asks the pool for a connection, one attempt after the
 * other (each waits up to that timeout), {@link #PROBE_PAUSE} apart.
 */
final class OutageWatch implements DisposableBean {

    static final Duration PROBE_PAUSE = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(OutageWatch.class);

    private final DataSource dataSource;
    private final AtomicReference<Instant> since = new AtomicReference<>();
    private final AtomicLong answeredAtOnce = new AtomicLong();
    private final ScheduledExecutorService probe = DaemonScheduler.start("database-outage-probe");

    OutageWatch(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the database is known to be out of reach now. */
    boolean known() {
        return since.get() != null;
    }

    /** A request met the outage: from now on the requests that need the database are answered at once, until it answers. */
    void seen() {
        Instant now = Instant.now();
        if (since.compareAndSet(null, now)) {
            answeredAtOnce.set(0);
            log.warn("The database cannot be reached: requests that need it are answered 503 at once until a connection"
                + " answers again (asked for {} s after each attempt that failed)", PROBE_PAUSE.toSeconds());
            probe.execute(this::probe);
        }
    }

    /** A request answered 503 at once: counted for the line that says the database answers again. */
    void answeredAtOnce() {
        answeredAtOnce.incrementAndGet();
    }

    private void probe() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid((int) Math.max(1, PROBE_PAUSE.toSeconds()))) {
                Instant from = since.getAndSet(null);
                log.info("The database answers again (out of reach since {}, {} s); {} request(s) were answered 503 at once meanwhile",
                    from, Duration.between(from, Instant.now()).toSeconds(), answeredAtOnce.get());
                return;
            }
        } catch (SQLException | RuntimeException stillOut) {
            // the pool could not open one within its timeout: the next attempt after the pause
        }
        try {
            probe.schedule(this::probe, PROBE_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the application stops
        }
    }

    @Override
    public void destroy() {
        DaemonScheduler.stop(probe);
    }
}
