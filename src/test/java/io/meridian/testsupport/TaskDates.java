package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.ProcessEngine;

/** Checks the process tests share: every user task a test created had its dates. */
public final class TaskDates {

    private TaskDates() {
    }

    /** Every task in the engine's history has a due date and a follow-up date (the clocks set both on creation). */
    public static void assertEveryTaskHadDueAndFollowUpDates(ProcessEngine engine) {
        engine.getHistoryService().createHistoricTaskInstanceQuery().list().forEach(t -> {
            assertThat(t.getDueDate()).as(t.getTaskDefinitionKey() + " due date").isNotNull();
            assertThat(t.getFollowUpDate()).as(t.getTaskDefinitionKey() + " follow-up date").isNotNull();
        });
    }
}
