package io.meridian.order;

import java.util.Optional;

import io.meridian.process.BriefingSection;
import io.meridian.process.ProcessValues;
import io.meridian.process.TaskGuidance;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On the exception notice task: the exception and what the client must be told about it. */
@Component
@Order(2)
class ExceptionNoticeBriefing implements BriefingSection {

    @Override
    public Optional<String> section(DelegateTask task) {
        if (ProcessValues.text(task, OrderFulfilment.Var.EXCEPTION_KIND) == null
            || !OrderFulfilment.Activity.SEND_EXCEPTION_NOTICE.equals(task.getTaskDefinitionKey())) {
            return Optional.empty();
        }
        return Optional.of("**Exception:** " + TaskGuidance.value(task, OrderFulfilment.Var.EXCEPTION_KIND) + ": "
            + TaskGuidance.value(task, OrderFulfilment.Var.EXCEPTION_DESCRIPTION)
            + ". Tell the client proactively the cause, the solution and the expected recovery time.");
    }

    @Override
    public Place place() {
        return Place.AFTER_CONTACT_WINDOW;
    }
}
