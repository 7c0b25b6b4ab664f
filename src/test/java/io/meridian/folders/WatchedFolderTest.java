package io.meridian.folders;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@RunsBeside
class WatchedFolderTest {

    @TempDir
    Path folder;

    record Settings(Path folder, Duration watchInterval, Duration pollInterval) implements FolderSettings {
    }

    /** Counts its scans and syncs; the first scan and the first sync fail, as a locked file or a lost connection would. */
    static class Counting extends WatchedFolder {

        final Path folder;
        final boolean atStart;
        final AtomicInteger scans = new AtomicInteger();
        final AtomicInteger syncs = new AtomicInteger();
        final CountDownLatch scannedAfterFailure = new CountDownLatch(2);
        final CountDownLatch syncedAfterFailure = new CountDownLatch(2);
        volatile String scanThread;

        Counting(Path folder, boolean atStart) {
            super("test folder", "test versions", new Settings(folder, Duration.ofMillis(atStart ? 60_000 : 20), Duration.ofMillis(20)));
            this.folder = folder;
            this.atStart = atStart;
        }

        @Override
        protected boolean scanAtStart() {
            return atStart;
        }

        @Override
        protected void scan() throws IOException {
            scanThread = Thread.currentThread().getName();
            scannedAfterFailure.countDown();
            if (scans.incrementAndGet() == 1) {
                throw new IOException("the file is locked");
            }
        }

        @Override
        protected void sync() {
            syncedAfterFailure.countDown();
            if (syncs.incrementAndGet() == 1) {
                throw new IllegalStateException("connection lost");
            }
        }
    }

    @Test
    void scansAndSyncsOnOneDaemonThreadAndGoesOnAfterAFailureUntilStopped() throws Exception {
        Counting watch = new Counting(folder, false);
        assertThat(watch.isRunning()).isFalse();

        watch.start();
        try {
            assertThat(watch.isRunning()).isTrue();
            assertThat(watch.scannedAfterFailure.await(10, TimeUnit.SECONDS)).as("a scan after the failed one").isTrue();
            assertThat(watch.syncedAfterFailure.await(10, TimeUnit.SECONDS)).as("a sync after the failed one").isTrue();
            assertThat(watch.scanThread).isEqualTo("test-folder-sync");
        } finally {
            watch.stop();
        }
        assertThat(watch.isRunning()).isFalse();
        int scans = watch.scans.get();
        int syncs = watch.syncs.get();
        Thread.sleep(200);
        assertThat(watch.scans.get()).as("no scan after stop").isEqualTo(scans);
        assertThat(watch.syncs.get()).as("no sync after stop").isEqualTo(syncs);
    }

    @Test
    void aFolderThatDoesNotExistIsNotScannedButOtherNodesAreStillFollowed() throws Exception {
        Counting watch = new Counting(folder.resolve("missing"), false);
        watch.start();
        try {
            assertThat(watch.syncedAfterFailure.await(10, TimeUnit.SECONDS)).isTrue();
            Thread.sleep(100);
            assertThat(watch.scans.get()).isZero();
        } finally {
            watch.stop();
        }
    }

    @Test
    void aWatchThatScansAtStartTakesTheFolderAtOnceRatherThanAfterOneInterval() throws Exception {
        Counting watch = new Counting(folder, true);
        watch.start();
        try {
            // the watch interval is a minute: only the scan at start can have run within seconds
            for (int i = 0; i < 500 && watch.scans.get() == 0; i++) {
                Thread.sleep(10);
            }
            assertThat(watch.scans.get()).isEqualTo(1);
        } finally {
            watch.stop();
        }
    }
}
