package io.meridian.survey;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;

import io.meridian.process.CallWindowDue;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientClosedDue;
import io.meridian.process.EmailPreview;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskGuidance;
import io.meridian.process.TaskLabels;
import io.meridian.survey.SatisfactionSurvey.Activity;
import io.meridian.survey.SatisfactionSurvey.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On creation of a survey task, like every journey task: the due date from its rule (the survey by
 * the day its email asked for an answer, held off the client's closed days, {@link ClientClosedDue}, and to a call window of
 * that day, {@link CallWindowDue#onTheDayTold}; the improvement report
 * 72 hours after the evaluation), the
 * follow-up date at the client's next call window, the client's name on the card and the etiquette
 * briefing in the form.
 */
@Component
class SurveyTaskListener implements TaskListener {

    private final ClientClocks clients;
    private final TaskGuidance guidance;
    private final EmailPreview preview;

    SurveyTaskListener(ClientClocks clients, TaskGuidance guidance, EmailPreview preview) {
        this.clients = clients;
        this.guidance = guidance;
        this.preview = preview;
    }

    @Override
    public void notify(DelegateTask task) {
        Instant now = ClockUtil.now().toInstant();
        ClientClocks.Client client = clients.decide(task, now);
        boolean report = Activity.WRITE_IMPROVEMENT_REPORT.equals(task.getTaskDefinitionKey());
        Instant due = ProcessValues.instant(task, report ? Var.REPORT_DUE_AT : Var.ANSWER_BY, ZoneOffset.UTC);
        if (due == null) {
            due = client.team().dueInWorkingTime(now, now.plus(Surveys.REPORT_WITHIN));
        } else if (!report) {
            // the survey asks the client: not due on a day they are closed, as its email asked them to answer by then, and
            // on the day its email names, in a window in which support can call them (not 03:00 in Berlin)
            due = CallWindowDue.onTheDayTold(task, client, clients.clocks(), now, due);
        }
        task.setDueDate(Date.from(due));
        TaskLabels.apply(task);
        guidance.render(task, now, client);
        // the report goes to the client when the task completes: its form shows that email, as every such task's does
        preview.render(task, now, client);
    }
}
