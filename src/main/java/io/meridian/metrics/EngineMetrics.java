package io.meridian.metrics;

import java.util.List;

import io.meridian.system.EngineReads;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.management.Metrics;
import org.springframework.stereotype.Component;

/**
 * Camunda's own figures. Jobs and incidents as the database holds them now ({@code camunda.jobs} by state: due, failed
 * with no retries left; {@code camunda.incidents}). The engine's counters ({@code camunda.engine.events}, tag
 * {@code event}: job-successful, job-failed, job-acquisition-attempt, activity-instance-start, ...): what the engine
 * has stored for the whole cluster (it writes them every 15 minutes) plus what this node counted and has not stored
 * yet. Read as the system, whoever scrapes.
 */
@Component
class EngineMetrics implements MeterBinder {

    static final List<String> EVENTS = List.of(Metrics.JOB_ACQUISITION_ATTEMPT, Metrics.JOB_ACQUIRED_SUCCESS,
        Metrics.JOB_ACQUIRED_FAILURE, Metrics.JOB_EXECUTION_REJECTED, Metrics.JOB_SUCCESSFUL, Metrics.JOB_FAILED,
        Metrics.JOB_LOCKED_EXCLUSIVE, Metrics.ACTIVTY_INSTANCE_START, Metrics.ACTIVTY_INSTANCE_END,
        Metrics.ROOT_PROCESS_INSTANCE_START, Metrics.EXECUTED_DECISION_ELEMENTS);

    private final ProcessEngine engine;
    private final EngineReads reads;

    EngineMetrics(ProcessEngine engine, EngineReads reads) {
        this.engine = engine;
        this.reads = reads;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        ManagementService management = engine.getManagementService();
        RuntimeService runtime = engine.getRuntimeService();
        Gauge.builder("camunda.jobs", () -> reads.asSystem(() -> management.createJobQuery().executable().count()))
            .description("Jobs due for the job executor now").tag("state", "due").register(registry);
        Gauge.builder("camunda.jobs", () -> reads.asSystem(() -> management.createJobQuery().noRetriesLeft().count()))
            .description("Jobs that failed with no retries left (each has an incident)").tag("state", "failed").register(registry);
        Gauge.builder("camunda.incidents", () -> reads.asSystem(() -> runtime.createIncidentQuery().count()))
            .description("Open incidents (see Cockpit)").register(registry);
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        if (!configuration.isMetricsEnabled() || configuration.getDbMetricsReporter() == null) {
            return; // camunda.bpm.metrics.enabled=false: the engine counts nothing
        }
        for (String event : EVENTS) {
            FunctionCounter.builder("camunda.engine.events", management, m -> stored(m, event) + pending(configuration, event))
                .description("Camunda engine metric (stored for the cluster plus this node's not yet stored)")
                .tag("event", event)
                .register(registry);
        }
    }

    private double stored(ManagementService management, String event) {
        return reads.asSystem(() -> management.createMetricsQuery().name(event).sum());
    }

    private static double pending(ProcessEngineConfigurationImpl configuration, String event) {
        if (configuration.getMetricsRegistry() == null) {
            return 0;
        }
        Meter meter = configuration.getMetricsRegistry().getDbMeterByName(event);
        return meter == null ? 0 : meter.get();
    }
}
