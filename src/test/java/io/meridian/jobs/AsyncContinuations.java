package io.meridian.jobs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;

/**
 * Tests run without a job executor: this runs the asynchronous continuations (message jobs, never
 * timers) that the job executor would run next, the way {@code execute(job())} does for one.
 */
public final class AsyncContinuations {

    private static final int MAX_ROUNDS = 100;

    private AsyncContinuations() {
    }

    /** Runs every due continuation of the process instance and of the instances it called, until none is left. */
    public static int run(ProcessEngine engine, String processInstanceId) {
        int ran = 0;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> due = new ArrayList<>();
            for (String instance : withCalled(engine, processInstanceId)) {
                due.addAll(engine.getManagementService().createJobQuery().processInstanceId(instance).messages().executable().list());
            }
            if (due.isEmpty()) {
                return ran;
            }
            for (Job job : due) {
                engine.getManagementService().executeJob(job.getId());
                ran++;
            }
        }
        throw new IllegalStateException("process instance " + processInstanceId + " keeps making continuations");
    }

    /** Runs every due continuation of every instance, until none is left. */
    public static void runAll(ProcessEngine engine) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            List<Job> due = engine.getManagementService().createJobQuery().messages().executable().list();
            if (due.isEmpty()) {
                return;
            }
            for (Job job : due) {
                engine.getManagementService().executeJob(job.getId());
            }
        }
        throw new IllegalStateException("continuations keep coming after " + MAX_ROUNDS + " rounds");
    }

    private static Set<String> withCalled(ProcessEngine engine, String processInstanceId) {
        Set<String> all = new HashSet<>();
        List<String> next = new ArrayList<>(List.of(processInstanceId));
        while (!next.isEmpty()) {
            String id = next.remove(next.size() - 1);
            if (all.add(id)) {
                engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(id).list()
                    .forEach(sub -> next.add(sub.getId()));
            }
        }
        return all;
    }
}
