package io.meridian.inquiry;

import java.util.Set;

import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.process.ClientClocks;
import io.meridian.system.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** A reply or a revised quote goes out only with a quote the sending step accepts (refused at completion). */
@Component
class QuoteCompletionCheck implements CompletionCheck {

    private final ClientClocks clocks;

    QuoteCompletionCheck(ClientClocks clocks) {
        this.clocks = clocks;
    }

    @Override
    public String processKey() {
        return ClientJourney.KEY;
    }

    @Override
    public Set<String> userTasks() {
        return Set.of(Activity.REPLY_TO_INQUIRY, Activity.HANDLE_OBJECTION);
    }

    @Override
    public void check(DelegateTask task) {
        if (Activity.HANDLE_OBJECTION.equals(task.getTaskDefinitionKey())
            && !ClientJourney.ObjectionOutcome.REVISE.name().equals(String.valueOf(task.getVariable(Var.OBJECTION_OUTCOME)))) {
            return; // no revised quote: the journey is lost, nothing is sent
        }
        QuoteTemplate.from(task.getExecution(), clocks.today(task.getExecution(), ClockUtil.now().toInstant()));
    }
}
