package io.meridian.folders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.meridian.background.DaemonScheduler;
import io.meridian.outage.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A node's background work on a folder people save into while it runs, and on what other nodes stored: on one daemon
 * thread, every {@code poll} interval a {@link #sync()} with the database (another node's activation) and, when the
 * folder exists, every {@code watch} interval a {@link #scan()} of it (polling rather than a WatchService, which misses
 * changes on network and container-mounted folders; a scan takes a file once it has settled: {@link SettledFiles}).
 * A failed scan or sync is logged and tried again at the next interval: the thread goes on.
 */
public abstract class WatchedFolder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(WatchedFolder.class);

    private final String what;
    private final String versions;
    private final FolderSettings settings;
    private volatile ScheduledExecutorService executor;

    /**
     * @param what     the folder in words, for the log ("rules folder")
     * @param versions what {@link #sync()} follows, for the log ("rule versions")
     * @param settings the folder and the intervals
     */
    protected WatchedFolder(String what, String versions, FolderSettings settings) {
        this.what = what;
        this.versions = versions;
        this.settings = settings;
    }

    protected final Path folder() {
        return settings.folder();
    }

    /** Whether the first scan runs at start (the folder's files taken at once) or one watch interval later. */
    protected boolean scanAtStart() {
        return false;
    }

    /** Takes what was saved into the folder and has settled since it was last taken. */
    protected abstract void scan() throws IOException;

    /** Follows what other nodes put in force. */
    protected abstract void sync();

    /** The name of the thread, from the folder's words: "rules-folder-sync". */
    final String threadName() {
        return what.replace(' ', '-') + "-sync";
    }

    @Override
    public final void start() {
        ScheduledExecutorService scheduler = DaemonScheduler.start(threadName());
        long poll = settings.pollInterval().toMillis();
        long watch = settings.watchInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::syncQuietly, poll, poll, TimeUnit.MILLISECONDS);
        if (Files.isDirectory(folder())) {
            scheduler.scheduleWithFixedDelay(this::scanQuietly, scanAtStart() ? 0 : watch, watch, TimeUnit.MILLISECONDS);
            log.info("Watching {} {} every {} ms; following other nodes every {} ms",
                what, folder().toAbsolutePath().normalize(), watch, poll);
        }
        executor = scheduler;
    }

    @Override
    public final void stop() {
        ScheduledExecutorService scheduler = executor;
        executor = null;
        DaemonScheduler.stop(scheduler);
    }

    @Override
    public final boolean isRunning() {
        return executor != null;
    }

    private void scanQuietly() {
        try {
            scan();
        } catch (IOException | RuntimeException e) {
            log.warn("Scanning the {} failed: {}", what, e.toString());
        }
    }

    private void syncQuietly() {
        try {
            sync();
        } catch (RuntimeException e) {
            if (DatabaseOutage.in(e)) {
                // one line a minute while the outage lasts (the outage module's log filter)
                log.warn("Following other nodes' {} failed", versions, e);
            } else {
                log.warn("Following other nodes' {} failed: {}", versions, e.toString());
            }
        }
    }
}
