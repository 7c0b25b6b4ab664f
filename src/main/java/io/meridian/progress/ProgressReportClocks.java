package io.meridian.progress;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskDueRule;
import io.meridian.progress.ProgressReports.Activity;
import io.meridian.progress.ProgressReports.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** The clock of a report task: due on its report day, by the end of the team's contact hours (at once when that passed). */
@Component
class ProgressReportClocks implements TaskDueRule {

    @Override
    public Optional<Instant> due(DelegateTask task, Instant now, ClientClocks.Client client) {
        if (!Activity.WRITE_PROGRESS_REPORT.equals(task.getTaskDefinitionKey())) {
            return Optional.empty();
        }
        Instant due = ProcessValues.instant(task, Var.REPORT_DUE_AT, ZoneOffset.UTC);
        return Optional.of(due == null || due.isBefore(now) ? now : due);
    }
}
