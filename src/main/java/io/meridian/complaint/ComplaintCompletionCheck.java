package io.meridian.complaint;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.meridian.complaint.ComplaintHandling.Activity;
import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.process.ProcessValues;
import io.meridian.system.CompletionCheck;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** Each stage's client update needs its text: refused when the stage's task is completed without it. */
@Component
class ComplaintCompletionCheck implements CompletionCheck {

    private static final Map<String, List<String>> TEXTS = Map.of(
        Activity.ACKNOWLEDGE_COMPLAINT, List.of(Var.ACKNOWLEDGEMENT),
        Activity.DIAGNOSE_COMPLAINT, List.of(Var.DIAGNOSIS),
        Activity.PROVIDE_INTERIM_SOLUTION, List.of(Var.INTERIM_SOLUTION),
        Activity.FIX_ROOT_CAUSE, List.of(Var.ROOT_CAUSE, Var.CORRECTIVE_ACTION));

    @Override
    public String processKey() {
        return ComplaintHandling.KEY;
    }

    @Override
    public Set<String> userTasks() {
        return TEXTS.keySet();
    }

    @Override
    public void check(DelegateTask task) {
        Map<String, String> missing = new LinkedHashMap<>();
        for (String text : TEXTS.get(task.getTaskDefinitionKey())) {
            if (ProcessValues.text(task.getExecution(), text) == null) {
                missing.put(text, text + " is required");
            }
        }
        if (!missing.isEmpty()) {
            throw new InvalidInputException(missing);
        }
    }
}
