package io.meridian.process;

import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * The process instances running now of the processes named, read in one query: a check that looks at several capabilities'
 * records at once (orders and inquiries whose process was deleted behind the server's back) reads the engine once, not once
 * per capability.
 */
@Component
public class RunningInstances {

    private final RuntimeService runtime;
    private final EngineReads engine;

    RunningInstances(RuntimeService runtime, EngineReads engine) {
        this.runtime = runtime;
        this.engine = engine;
    }

    /** The instances of the process definitions {@code keys} that run now, whoever asks. */
    public Running read(String... keys) {
        return engine.asSystem(() -> {
            var instances = runtime.createProcessInstanceQuery().processDefinitionKeyIn(keys).list();
            return new Running(
                instances.stream().map(ProcessInstance::getId).collect(Collectors.toUnmodifiableSet()),
                instances.stream().map(ProcessInstance::getBusinessKey).filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet()));
        });
    }

    /**
     * What ran at one moment.
     *
     * @param ids          the process instances' ids
     * @param businessKeys their business keys (an inquiry id for a journey, an order id for a fulfilment)
     */
    public record Running(Set<String> ids, Set<String> businessKeys) {

        /** Whether the process instance {@code id} ran. */
        public boolean runs(String id) {
            return id != null && ids.contains(id);
        }

        /** Whether an instance with the business key {@code key} ran. */
        public boolean runsFor(String key) {
            return key != null && businessKeys.contains(key);
        }
    }
}
