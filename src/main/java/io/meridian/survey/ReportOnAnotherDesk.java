package io.meridian.survey;

import io.meridian.desk.ClientMovedDesk;
import io.meridian.survey.SatisfactionSurvey.Activity;
import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A client moved to another desk has its improvement reports not yet written due anew in the new desk's working time (the
 * task moves first, {@code process.DeskTasks}, by {@link SurveyClocks}): the evaluation's {@code reportDueAt}
 * ({@code GET /api/clients/{id}/surveys}) says the task's new due time, in the transaction that moved the client.
 */
@Component
class ReportOnAnotherDesk {

    private final Surveys surveys;
    private final TaskService tasks;
    private final EngineReads reads;

    ReportOnAnotherDesk(Surveys surveys, TaskService tasks, EngineReads reads) {
        this.surveys = surveys;
        this.tasks = tasks;
        this.reads = reads;
    }

    @EventListener
    void moved(ClientMovedDesk moved) {
        for (Surveys.Evaluation evaluation : surveys.ofClient(moved.clientId())) {
            if (evaluation.reportSentAt() != null) {
                continue;
            }
            reads.asSystem(() -> {
                Task report = tasks.createTaskQuery().processInstanceBusinessKey(evaluation.id())
                    .processDefinitionKey(SatisfactionSurvey.IMPROVEMENT_REPORT_KEY).taskDefinitionKey(Activity.WRITE_IMPROVEMENT_REPORT)
                    .singleResult();
                if (report != null && report.getDueDate() != null && !report.getDueDate().toInstant().equals(evaluation.reportDueAt())) {
                    surveys.reportDue(evaluation.id(), report.getDueDate().toInstant());
                }
                return null;
            });
        }
    }
}
