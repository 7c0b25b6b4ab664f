package io.meridian.progress;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.meridian.order.OrderFulfilment;
import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import io.meridian.progress.ProgressReports.Activity;
import io.meridian.progress.ProgressReports.Var;
import io.meridian.system.CompletionCheck;
import io.meridian.system.Inputs;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A report task is completed only with the production progress (0-100 %) and a summary for the
 * client; a stock date, when given, is a day (yyyy-mm-dd), and one that has not passed for the client
 * while the stock is not complete, as the stock forecast of the API requires: the client reads it in the report.
 */
@Component
class ProgressReportCompletionCheck implements CompletionCheck {

    static final int MAX_SUMMARY = 4000;

    private final ClientClocks clocks;

    ProgressReportCompletionCheck(ClientClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public String processKey() {
        return ProgressReports.KEY;
    }

    @Override
    public Set<String> userTasks() {
        return Set.of(Activity.WRITE_PROGRESS_REPORT);
    }

    @Override
    public void check(DelegateTask task) {
        Map<String, String> errors = new LinkedHashMap<>();
        try {
            ProcessValues.requiredInteger(task, Var.PROGRESS_PERCENT, 0, 100);
        } catch (InvalidInputException e) {
            errors.put(Var.PROGRESS_PERCENT, Var.PROGRESS_PERCENT + " must be a whole number from 0 to 100");
        }
        Object summary = task.getVariable(Var.SUMMARY);
        if (summary == null || summary.toString().isBlank()) {
            errors.put(Var.SUMMARY, Var.SUMMARY + " is required: what happened since the last report, in plain short sentences");
        } else if (summary.toString().length() > MAX_SUMMARY) {
            errors.put(Var.SUMMARY, Var.SUMMARY + " is longer than " + MAX_SUMMARY + " characters");
        }
        try {
            LocalDate readyOn = ProcessValues.date(task, Var.STOCK_READY_ON);
            if (!Boolean.TRUE.equals(task.getVariable(Var.STOCK_COMPLETE))) {
                clocks.today(task, ClockUtil.now().toInstant()).notPassed(Var.STOCK_READY_ON, readyOn, OrderFulfilment.STOCK_DATE_HINT);
            }
        } catch (InvalidInputException e) {
            errors.put(Var.STOCK_READY_ON, e.getMessage());
        }
        Inputs.throwIfAny(errors);
    }
}
