package io.meridian.background;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * One named daemon thread for fixed-delay work: it does not keep the JVM alive, and
 * {@link #stop} interrupts what runs and waits up to {@value #STOP_SECONDS} s for it to end.
 */
public final class DaemonScheduler {

    static final long STOP_SECONDS = 10;

    private DaemonScheduler() {
    }

    /** A single-thread scheduler whose thread is a daemon called {@code name}. */
    public static ScheduledExecutorService start(String name) {
        return Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, name);
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Interrupts the scheduler's work and waits for it to end; nothing for {@code null}. */
    public static void stop(ScheduledExecutorService scheduler) {
        if (scheduler == null) {
            return;
        }
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(STOP_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
