package io.meridian.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class DaemonSchedulerTest {

    @Test
    void shouldRunOnADaemonThreadOfTheGivenName() throws Exception {
        ScheduledExecutorService scheduler = DaemonScheduler.start("meridian-test-thread");
        try {
            Thread thread = scheduler.submit(Thread::currentThread).get(5, TimeUnit.SECONDS);
            assertThat(thread.getName()).isEqualTo("meridian-test-thread");
            assertThat(thread.isDaemon()).as("does not keep the JVM alive").isTrue();
        } finally {
            DaemonScheduler.stop(scheduler);
        }
    }

    @Test
    void shouldInterruptTheRunningWorkAndWaitForItToEnd() throws Exception {
        ScheduledExecutorService scheduler = DaemonScheduler.start("meridian-test-stop");
        CountDownLatch running = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean ended = new AtomicBoolean();
        scheduler.scheduleWithFixedDelay(() -> {
            running.countDown();
            try {
                Thread.sleep(60_000);
            } catch (InterruptedException e) {
                interrupted.set(true);
            }
            ended.set(true);
        }, 0, 1, TimeUnit.MILLISECONDS);
        assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();

        DaemonScheduler.stop(scheduler);

        assertThat(interrupted).as("the running work is interrupted").isTrue();
        assertThat(ended).as("stop returns once the work has ended").isTrue();
        assertThat(scheduler.isTerminated()).isTrue();
    }

    @Test
    void shouldDoNothingForASchedulerNeverStarted() {
        assertThatCode(() -> DaemonScheduler.stop(null)).doesNotThrowAnyException();
    }
}
