package io.meridian.h2file;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

import io.meridian.background.DaemonScheduler;
import io.meridian.settings.PositiveDurations;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.FileStore;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Rewrites the half-empty chunks of an embedded H2 file store whose write delay is 0, a little
 * at a time, as H2's own background writer does when there is a write delay
 * ({@code RandomAccessStore.doHousekeeping} in H2 2.3), with the same two modes:
 * <ul>
 * <li><b>busy</b> (10 or more reads and writes of the file since the last round, as H2 counts them): only when the live share of
 * the rewritable chunks (those past their retention time) is under 62 %, where H2's
 * {@code 50 + rate / 2} falls under the square of its {@code autoCompactFillRate} of 90 %, and
 * then at most a quarter of the auto-commit buffer. Under start load a rewrite in every round
 * had taken a quarter of the server's CPU (JFR, 2026-12-04) while the file grew all the same;</li>
 * <li><b>idle</b>: whenever that share is under 90 %, up to the whole auto-commit buffer, so a
 * quiet server shrinks what a burst left.</li>
 * </ul>
 * Then it stores what it rewrote, as H2's writer does. A rewritten chunk holds no live page any
 * more; H2 frees it at a later store once its retention time (45 s by default) is over, and later
 * commits write into the freed space.
 * <p>
 * Does nothing, and stops looking, for any other data source: PostgreSQL, H2 in memory or over
 * TCP. Does nothing while the write delay is above 0, since H2's own thread is then running.
 */
final class H2FileHousekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(H2FileHousekeeping.class);

    /** H2's default {@code autoCompactFillRate}: the live share a quiet file is brought to. */
    static final int IDLE_FILL_RATE = 90;
    /** Under this live share H2's busy test ({@code 50 + rate / 2 < 90 * 90 / 100}) rewrites. */
    static final int BUSY_FILL_RATE = 2 * (90 * 90 / 100) - 100;
    /** H2 counts fewer than this many reads and writes of the file since the last round as idle. */
    private static final int IDLE_OPERATIONS = 10;
    private static final int MIN_WRITE = 64 * 1024;

    private final DataSource dataSource;
    private final Duration interval;
    private ScheduledExecutorService thread;
    private volatile MVStore store;
    private volatile boolean notH2File;
    /** Rounds run on the one housekeeping thread (or a test's); not under the lifecycle's lock, which {@link #stop} holds while it waits for a round. */
    private volatile long idleUpTo = -1;

    H2FileHousekeeping(DataSource dataSource, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw PositiveDurations.refused(PROPERTY, interval.toString(), MUST_BE);
        }
        this.dataSource = dataSource;
        this.interval = interval;
    }

    static final String PROPERTY = "meridian.h2.housekeeping-interval";
    private static final String MUST_BE = "it must be a duration above 0 such as PT0.5S, 500ms or 1s (how often the H2 file's chunks are rewritten)";

    /**
     * {@code meridian.h2.housekeeping-interval} as written ({@code PT0.5S}, {@code 500ms}, {@code 1s}); one that is no
     * duration or not above 0 stops the start with Spring's short report naming the property, its value and why.
     */
    static Duration interval(String value) {
        return PositiveDurations.of(PROPERTY, value, MUST_BE);
    }

    @Override
    public synchronized void start() {
        if (thread == null) {
            thread = DaemonScheduler.start("h2-file-housekeeping");
            long millis = interval.toMillis();
            thread.scheduleWithFixedDelay(this::roundQuietly, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        DaemonScheduler.stop(thread);
        thread = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    private void roundQuietly() {
        try {
            round();
        } catch (RuntimeException | SQLException e) {
            // the database may be closing or briefly away; the next round looks again
            store = null;
            log.debug("H2 file housekeeping skipped a round: {}", e.toString());
        }
    }

    /**
     * One round: rewrites chunks when the live share of the file's rewritable chunks is under the
     * target of the mode the file is in (busy or idle).
     *
     * @return whether a chunk was rewritten
     */
    boolean round() throws SQLException {
        MVStore s = notH2File ? null : store();
        if (s == null || s.isClosed() || s.getAutoCommitDelay() > 0) {
            return false;
        }
        FileStore<?> file = s.getFileStore();
        boolean idle = operations(file) <= idleUpTo;
        int live = rewritableFillRate(file);
        int buffer = s.getAutoCommitMemory();
        boolean rewrote = false;
        if (live < (idle ? IDLE_FILL_RATE : BUSY_FILL_RATE)) {
            // 101: the live share was tested above, on the chunks that may be rewritten
            rewrote = s.compact(101, Math.max(MIN_WRITE, idle ? buffer : buffer / 4));
        }
        if (rewrote || s.hasUnsavedChanges()) {
            // the rewritten pages are only in memory until a store; with no commits coming (a quiet
            // server) nobody else would write them, and the old chunks would stay
            s.tryCommit();
        }
        idleUpTo = operations(file) + IDLE_OPERATIONS;
        if (log.isTraceEnabled()) {
            log.trace("H2 file housekeeping: {}, rewritable chunks {} % live, rewrote {}, file {} KB, chunks {} % live", idle ? "idle" : "busy",
                live, rewrote, file.size() / 1024, file.getChunksFillRate());
        }
        return rewrote;
    }

    private static long operations(FileStore<?> file) {
        return file.getWriteCount() + file.getReadCount();
    }

    /** The live share of the chunks past their retention time, as H2 reports it ({@code info.CHUNKS_FILL_RATE_RW}). */
    private static int rewritableFillRate(FileStore<?> file) {
        int[] rate = {100};
        file.populateInfo((key, value) -> {
            if (key.equals("info.CHUNKS_FILL_RATE_RW")) {
                rate[0] = Integer.parseInt(value);
            }
        });
        return rate[0];
    }

    /** The live share of the file's chunks past their retention time in percent, or -1 when the data source is no H2 file. */
    int rewritableChunksFillRate() throws SQLException {
        FileStore<?> file = fileStore();
        return file == null ? -1 : rewritableFillRate(file);
    }

    /** The live share of the file's chunks in percent, or -1 when the data source is no H2 file. */
    int chunksFillRate() throws SQLException {
        FileStore<?> file = fileStore();
        return file == null ? -1 : file.getChunksFillRate();
    }

    private FileStore<?> fileStore() throws SQLException {
        MVStore s = notH2File ? null : store();
        return s == null || s.isClosed() ? null : s.getFileStore();
    }

    private MVStore store() throws SQLException {
        MVStore s = store;
        if (s != null && !s.isClosed()) {
            return s;
        }
        try (Connection connection = dataSource.getConnection()) {
            s = fileStoreOf(connection);
        }
        if (s == null) {
            notH2File = true;
            log.debug("H2 file housekeeping stops: the data source is not an embedded H2 file database");
        }
        store = s;
        return s;
    }

    private static MVStore fileStoreOf(Connection connection) throws SQLException {
        if (!connection.isWrapperFor(JdbcConnection.class)) {
            return null;
        }
        Session session = connection.unwrap(JdbcConnection.class).getSession();
        if (!(session instanceof SessionLocal local) || local.getDatabase().getStore() == null) {
            return null;
        }
        MVStore s = local.getDatabase().getStore().getMvStore();
        return s.getFileStore() == null ? null : s;
    }
}
