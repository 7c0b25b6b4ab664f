package io.meridian.survey;

import io.meridian.complaint.DetractorComplaintOpened;
import io.meridian.process.ClientVariables;
import io.meridian.survey.SatisfactionSurvey.Activity;
import io.meridian.survey.SatisfactionSurvey.Var;
import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The check-in's detractor complaint opens a step after the evaluation's improvement report (the journey records the scores,
 * then opens the complaint): the report keeps the complaint's id, and its open task's briefing names the complaint by its number
 * (C-…), in the opening transaction, where it had said the complaint "is handled with the order" and never named it.
 */
@Component
class ReportNamesDetractorComplaint {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final EngineReads engine;
    private final SurveyBriefing briefing;

    ReportNamesDetractorComplaint(RuntimeService runtime, TaskService tasks, EngineReads engine, SurveyBriefing briefing) {
        this.runtime = runtime;
        this.tasks = tasks;
        this.engine = engine;
        this.briefing = briefing;
    }

    @EventListener
    void complaintOpened(DetractorComplaintOpened opened) {
        engine.asSystem(() -> {
            ProcessInstance report = runtime.createProcessInstanceQuery().processDefinitionKey(SatisfactionSurvey.IMPROVEMENT_REPORT_KEY)
                .processInstanceBusinessKey(opened.evaluationId()).singleResult();
            if (report == null) {
                return null;
            }
            runtime.setVariable(report.getId(), Var.COMPLAINT_ID, opened.complaintId());
            runtime.setVariable(report.getId(), Var.COMPLAINT_OPEN_ALREADY, opened.openAlready());
            Task write = tasks.createTaskQuery().processInstanceId(report.getId()).taskDefinitionKey(Activity.WRITE_IMPROVEMENT_REPORT)
                .singleResult();
            if (write != null && tasks.getVariableLocal(write.getId(), ClientVariables.BRIEFING) instanceof String text) {
                tasks.setVariableLocal(write.getId(), ClientVariables.BRIEFING,
                    briefing.withEvaluation(text, name -> runtime.getVariable(report.getId(), name)));
            }
            return null;
        });
    }
}
