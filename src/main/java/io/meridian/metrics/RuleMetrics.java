package io.meridian.metrics;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.meridian.rules.CompiledTable;
import io.meridian.rules.RuleBookListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.springframework.stereotype.Component;

/**
 * Decisions per table and the version in force that made them ({@code meridian.decisions}, a timer: count and latency),
 * decisions made while checking a workbook per table ({@code meridian.rules.check.decisions}), versions put in force and
 * workbooks refused per table, and the version in force ({@code meridian.rules.version}).
 */
@Component
class RuleMetrics implements RuleBookListener {

    private final MeterRegistry registry;
    private final Map<String, Timer> decisions = new ConcurrentHashMap<>();
    private final Map<String, Timer> checks = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> versions = new ConcurrentHashMap<>();

    RuleMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void decided(CompiledTable table, long nanos) {
        decisions.computeIfAbsent(table.table() + "#" + table.version(), k -> Timer.builder("meridian.decisions")
                .description("Decisions made by a rule table's version in force")
                .tag("table", table.table())
                .tag("version", String.valueOf(table.version()))
                .register(registry))
            .record(nanos, TimeUnit.NANOSECONDS);
    }

    /** A build being checked has no version in force to name (a new workbook has none yet): counted by table alone. */
    @Override
    public void tried(CompiledTable table, long nanos) {
        checks.computeIfAbsent(table.table(), t -> Timer.builder("meridian.rules.check.decisions")
                .description("Decisions made while checking a workbook or a stored version before it is put in force"
                    + " (scenarios, what-ifs)")
                .tag("table", t)
                .register(registry))
            .record(nanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void activated(CompiledTable table) {
        Counter.builder("meridian.rules.activations").description("Rule table versions put in force")
            .tag("table", table.table()).register(registry).increment();
        refusals(table.table()); // at 0 from the table's first version on, so that a scrape sees it before any refusal
        versions.computeIfAbsent(table.table(), t -> {
            AtomicInteger version = new AtomicInteger();
            Gauge.builder("meridian.rules.version", version, AtomicInteger::get)
                .description("The rule table version in force").tag("table", t).register(registry);
            return version;
        }).set(table.version());
    }

    @Override
    public void refused(String table, int problems) {
        refusals(table).increment();
    }

    private Counter refusals(String table) {
        return Counter.builder("meridian.rules.refusals").description("Workbooks refused (the version in force stayed)")
            .tag("table", table).register(registry);
    }
}
