package io.meridian.progress;

import java.time.ZoneId;
import java.util.Optional;

import io.meridian.process.BriefingSection;
import io.meridian.progress.ProgressReports.Activity;
import io.meridian.progress.ProgressReports.Var;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** What a report task's briefing says: which report, its cadence, and where the order stands in the template's steps. */
@Component
class ProgressReportBriefing implements BriefingSection {

    @Override
    public Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
        if (!Activity.WRITE_PROGRESS_REPORT.equals(task.getTaskDefinitionKey())) {
            return Optional.empty();
        }
        ReportCadence cadence = ReportCadence.valueOf(String.valueOf(task.getVariable(Var.CADENCE)));
        Object note = task.getVariable(Var.PROGRESS_NOTE);
        Object readyOn = task.getVariable(Var.STOCK_READY_ON);
        return Optional.of("**Progress report " + task.getVariable(Var.REPORT_NUMBER) + "** on order " + task.getVariable(Var.ORDER_NUMBER)
            + " for " + task.getVariable(Var.REPORT_ON) + " (" + (cadence == ReportCadence.WEEKLY ? "weekly" : "every two weeks")
            + " while the order is in production: weekly for a key account or a fast-paced client, every two weeks otherwise)."
            + "\n\n**Where the order stands** (from the daily production update): production " + task.getVariable(Var.PROGRESS_PERCENT) + " %"
            + (note == null ? "" : " (\"" + note + "\")")
            + "; stock complete: " + (Boolean.TRUE.equals(task.getVariable(Var.STOCK_COMPLETE)) ? "yes"
                : "not yet" + (readyOn == null ? "" : ", forecast " + readyOn))
            + "; customs cleared: " + (Boolean.TRUE.equals(task.getVariable(Var.CUSTOMS_CLEARED)) ? "yes" : "not yet")
            + ".\n\nGood practice: the report follows the template production progress → stock complete → customs cleared → logistics "
            + "tracking. Check the figures, write what happened since the last report, and complete the task: the report goes to "
            + "the client in their next business hours. The reports stop when the goods ship (the tracking number follows at once).");
    }
}
