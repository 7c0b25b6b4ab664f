package io.meridian.metrics;

import java.util.ArrayList;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Processes started per process key ({@code meridian.processes.started}, tag {@code process}: the process key, e.g.
 * clientJourney, complaintHandling, orderFulfilment), counted once the start is committed, so a start that rolled back
 * (a refused inquiry, a lost race) is not counted.
 */
@Component
class ProcessStartMetrics extends AbstractProcessEnginePlugin {

    private final MeterRegistry registry;

    ProcessStartMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                Counter started = Counter.builder("meridian.processes.started")
                    .description("Process instances started and committed, by process")
                    .tag("process", definition.getKey())
                    .register(registry);
                ExecutionListener onStart = execution -> {
                    if (execution.getParentId() == null) {
                        Context.getCommandContext().getTransactionContext()
                            .addTransactionListener(TransactionState.COMMITTED, committed -> started.increment());
                    }
                };
                definition.addListener(ExecutionListener.EVENTNAME_START, onStart);
            }
        });
    }
}
