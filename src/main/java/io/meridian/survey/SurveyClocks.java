package io.meridian.survey;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.Clocks;
import io.meridian.calendar.ContactWindow;
import io.meridian.process.CallWindowDue;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientClosedDue;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskDueRule;
import io.meridian.survey.SatisfactionSurvey.Activity;
import io.meridian.survey.SatisfactionSurvey.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * "Write improvement report" of a client moved to another desk: due 72 hours after the evaluation in the new desk's working
 * time, as {@link Surveys#record} makes it for the desk that works the client. "Survey the client" of a client moved to another desk: due as {@link SurveyTaskListener} makes it, on the new desk's
 * working days, by the rule {@link SendSurveyDelegate} asked the client to answer by (the email sent when the task was
 * made), held off the client's closed days ({@link ClientClosedDue}), and never before the day that email asked the client
 * to answer by is over (the end of the new desk's first call window with them that day). The task's own listener gives its due time when it
 * is made, so {@link #due} gives none.
 */
@Component
class SurveyClocks implements TaskDueRule {

    private final Clocks clocks;

    SurveyClocks(Clocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public Optional<Instant> dueOnAnotherDesk(DelegateTask task, Instant created, ClientClocks.Client client, boolean byTheClockRules) {
        if (byTheClockRules) {
            // the survey's tasks are planned by their own listener (SurveyTaskListener)
            return Optional.empty();
        }
        if (Activity.WRITE_IMPROVEMENT_REPORT.equals(task.getTaskDefinitionKey())) {
            // the team's own work: 72 hours from the evaluation, held to the new desk's working time, as Surveys#record
            // gives it for the desk that works the client
            Instant evaluated = ProcessValues.instant(task, Var.EVALUATED_AT, ZoneOffset.UTC);
            Instant from = evaluated == null ? created : evaluated;
            return Optional.of(client.team().dueInWorkingTime(from, from.plus(Surveys.REPORT_WITHIN)));
        }
        if (!Activity.SURVEY_CLIENT.equals(task.getTaskDefinitionKey())) {
            return Optional.empty();
        }
        // the email went when the task was made (the send step runs right before it)
        Instant answerBy = SendSurveyDelegate.answerBy(client, created, clocks.sendAt(client.calendar(), created));
        Instant due = CallWindowDue.onTheDayTold(task, client, clocks, created, answerBy);
        // the email asked the client to answer by a day: the new desk does not call them before it is over
        Instant asked = ProcessValues.instant(task, Var.ANSWER_BY, ZoneOffset.UTC);
        if (asked == null) {
            return Optional.of(due);
        }
        ClientCalendar calendar = client.calendar();
        LocalDate day = calendar.localDate(asked);
        LocalDate told = calendar.isWorkingDay(day) ? day : calendar.nextWorkingDay(day);
        if (!calendar.localDate(due).isBefore(told)) {
            return Optional.of(due);
        }
        return Optional.of(clocks.nextCall(calendar, client.team(), calendar.opening(told)).map(ContactWindow::end)
            .orElseGet(() -> client.team().dueInWorkingTime(created, calendar.closing(told))));
    }
}
