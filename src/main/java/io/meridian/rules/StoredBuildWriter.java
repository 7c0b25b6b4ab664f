package io.meridian.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Stores each build put in force as Drools' executable model ({@link StoredBuilds}), for the next
 * start to load: on one background thread of low priority, and only once the server is ready, so
 * neither a start nor a request waits for it. A stored build must answer every scenario of its
 * workbook as the build in force does and hold the same rules; otherwise it is not kept (logged),
 * and the next start builds the table from its workbook as before. A table that already has a build
 * that fits (stored by an earlier start, or shipped with the application) is not stored again.
 */
@Component
class StoredBuildWriter implements RuleBookListener, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(StoredBuildWriter.class);

    private final StoredBuilds stored;
    private final ObjectProvider<WorkbookValidator> validator;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "rules-store");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
    });
    /** Tables put in force before the server was ready, by name: the last one of each. Guarded by itself. */
    private final Map<String, CompiledTable> waiting = new LinkedHashMap<>();
    private boolean ready;

    @Autowired
    StoredBuildWriter(RulesSettings settings, ObjectProvider<WorkbookValidator> validator) {
        this(StoredBuilds.in(settings.storedBuilds()), validator);
    }

    StoredBuildWriter(StoredBuilds stored, ObjectProvider<WorkbookValidator> validator) {
        this.stored = stored;
        this.validator = validator;
    }

    @Override
    public void activated(CompiledTable table) {
        if (!stored.enabled()) {
            return;
        }
        synchronized (waiting) {
            if (!ready) {
                waiting.put(table.table(), table);
                return;
            }
        }
        submit(table);
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        List<CompiledTable> tables;
        synchronized (waiting) {
            ready = true;
            tables = List.copyOf(waiting.values());
            waiting.clear();
        }
        tables.forEach(this::submit);
    }

    /** Stores {@code table}'s build in the background; the future is done when it is written or refused. */
    Future<?> submit(CompiledTable table) {
        return thread.submit(() -> store(table));
    }

    private void store(CompiledTable table) {
        // a file that no longer fits (written by another Drools, for other fact classes) is replaced
        if (stored.fits(table.table(), table.checksum())) {
            return;
        }
        long started = System.nanoTime();
        try {
            String drl = new DecisionTableCompiler().generateDrl(table.table(), table.workbook());
            StoredBuilds.Executable executable = StoredBuilds.build(table.table(), table.checksum(), drl);
            String different = differences(table, executable);
            if (different != null) {
                log.warn("Rule table '{}' version {}: not stored for the next start, its executable model {}; "
                    + "the next start builds it from the workbook", table.table(), table.version(), different);
                return;
            }
            stored.write(table.table(), table.checksum(), executable, table.rulesByName());
            log.info("Rule table '{}' version {} stored as Drools' executable model for the next start ({} ms)",
                table.table(), table.version(), (System.nanoTime() - started) / 1_000_000);
        } catch (Exception | LinkageError e) {
            log.warn("Rule table '{}' version {}: not stored for the next start ({}); the next start builds it from the workbook",
                table.table(), table.version(), DecisionTableCompiler.rootMessage(e));
        }
    }

    /** How the executable model differs from the build in force (its rules, its scenarios' answers); null when it does not. */
    private String differences(CompiledTable inForce, StoredBuilds.Executable executable) {
        Set<String> rules = StoredBuilds.ruleNames(executable.kieBase());
        if (!rules.equals(inForce.rulesByName().keySet())) {
            return "holds " + rules.size() + " rules, the build in force " + inForce.rulesByName().size();
        }
        CompiledTable candidate = new TableBuilds.Build(inForce.table(), inForce.checksum(), executable.kieBase(),
            inForce.rulesByName(), inForce.workbook(), inForce.layoutSource()).handOut(inForce.version(), 1);
        try {
            List<ScenarioResult> failed = validator.getObject().scenarios(candidate).stream().filter(r -> !r.passed()).toList();
            return failed.isEmpty() ? null : "fails " + failed.size() + " scenario(s): " + failed;
        } finally {
            candidate.sessions().shutdown();
        }
    }

    @Override
    public void destroy() {
        thread.shutdownNow();
    }
}
