package io.meridian.emergency;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.meridian.emergency.EmergencyPlan.Activity;
import io.meridian.emergency.EmergencyPlan.Var;
import io.meridian.moments.TeamToday;
import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import io.meridian.system.CompletionCheck;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The supplier role completes with what the supplier said; the fix role with its plan and the date it takes effect, from
 * the team's today on (a fix "in effect by 2020-01-01" had been taken).
 */
@Component
class RoleCompletionCheck implements CompletionCheck {

    private final ClientClocks clocks;

    RoleCompletionCheck(ClientClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public String processKey() {
        return EmergencyPlan.KEY;
    }

    @Override
    public Set<String> userTasks() {
        return Set.of(Activity.TALK_TO_SUPPLIER, Activity.DESIGN_FIX);
    }

    @Override
    public void check(DelegateTask task) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (Activity.TALK_TO_SUPPLIER.equals(task.getTaskDefinitionKey())) {
            if (ProcessValues.text(task, Var.SUPPLIER_ANSWER) == null) {
                missing.put(Var.SUPPLIER_ANSWER, Var.SUPPLIER_ANSWER + " is required: what the supplier said and promised");
            }
        } else {
            if (ProcessValues.text(task, Var.FIX_PLAN) == null) {
                missing.put(Var.FIX_PLAN, Var.FIX_PLAN + " is required: what removes the cause");
            }
            try {
                LocalDate effective = ProcessValues.date(task, Var.FIX_EFFECTIVE_BY);
                // the team's own plan, on the team's (the client's desk's) calendar
                TeamToday today = TeamToday.at(ClockUtil.now().toInstant(), clocks.team(task.getExecution()).zone());
                if (effective == null) {
                    missing.put(Var.FIX_EFFECTIVE_BY, Var.FIX_EFFECTIVE_BY + " is required: the date the fix takes effect");
                } else if (effective.isBefore(today.date())) {
                    missing.put(Var.FIX_EFFECTIVE_BY, Var.FIX_EFFECTIVE_BY + " " + effective + " lies in the past ("
                        + today.said() + "): give the day the fix takes effect");
                }
            } catch (InvalidInputException e) {
                missing.put(Var.FIX_EFFECTIVE_BY, e.getMessage());
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
    }
}
