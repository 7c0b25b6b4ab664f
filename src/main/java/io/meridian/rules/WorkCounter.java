package io.meridian.rules;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How often this package did one costly kind of work (opened a workbook with POI, built a
 * knowledge base with Drools): in this JVM, for the start-up log, and on the calling thread,
 * for tests that must not count what other threads do at the same time.
 */
final class WorkCounter {

    /** Workbooks opened with POI ({@code WorkbookFactory.create}) to build or check a table. */
    static final WorkCounter OPENS = new WorkCounter();
    /** Knowledge bases built by Drools from a workbook's DRL. */
    static final WorkCounter BUILDS = new WorkCounter();
    /** Knowledge bases loaded from a stored build ({@link StoredBuilds}) instead of built. */
    static final WorkCounter LOADS = new WorkCounter();

    private final AtomicLong inJvm = new AtomicLong();
    private final ThreadLocal<long[]> onThread = ThreadLocal.withInitial(() -> new long[1]);

    private WorkCounter() {
    }

    void count() {
        inJvm.incrementAndGet();
        onThread.get()[0]++;
    }

    long inJvm() {
        return inJvm.get();
    }

    long onThisThread() {
        return onThread.get()[0];
    }
}
