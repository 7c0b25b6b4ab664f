package io.meridian.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The decision tables in force, one immutable {@link CompiledTable} per table name. A
 * decision reads the current table once and uses only that, so swapping in a new version
 * never mixes two versions in one answer. Which version is in force is decided by
 * {@link RuleVersions}; this class only holds and runs them.
 */
@Component
public class RuleBook {

    public static final String SUFFIX = ".drl.xlsx";
    private static final Logger log = LoggerFactory.getLogger(RuleBook.class);

    private final Map<String, CompiledTable> active = new ConcurrentHashMap<>();
    private volatile List<RuleBookListener> listeners = List.of();

    /** Who is told of decisions, activations and refusals (the metrics). */
    @Autowired(required = false)
    void listeners(List<RuleBookListener> listeners) {
        this.listeners = List.copyOf(listeners);
    }

    /**
     * Runs one given build (in force or a candidate) as a decision: timed and reported to the listeners, as a decision of
     * the version in force when the build is the one in force, otherwise as a run of a build being checked (a workbook's
     * scenarios and what-ifs, a stored version before it goes back in force), which has no version in force to name.
     */
    public RuleRun decide(CompiledTable compiled, Collection<?> facts) {
        // read before the run: a version put in force during it does not make this one's decision a check
        boolean inForce = active.get(compiled.table()) == compiled;
        long start = System.nanoTime();
        RuleRun run = run(compiled, facts);
        long nanos = System.nanoTime() - start;
        for (RuleBookListener listener : listeners) {
            if (inForce) {
                listener.decided(compiled, nanos);
            } else {
                listener.tried(compiled, nanos);
            }
        }
        return run;
    }

    /** Candidates tried on this thread only, in place of the tables in force: see {@link #trying}. */
    private static final ThreadLocal<Map<String, CompiledTable>> TRIAL = new ThreadLocal<>();

    /** Runs the version of {@code table} in force now. */
    public RuleRun run(String table, Collection<?> facts) {
        return run(active(table), facts);
    }

    /** Runs one given build, in force or not: scenarios run candidates this way. */
    public static RuleRun run(CompiledTable compiled, Collection<?> facts) {
        List<FiredRule> fired = new ArrayList<>();
        List<List<Object>> matched = new ArrayList<>();
        StatelessKieSession session = compiled.sessions().newStatelessKieSession();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(compiled.locate(event.getMatch().getRule().getName()));
                matched.add(List.copyOf(event.getMatch().getObjects()));
            }
        });
        session.execute(facts);
        return new RuleRun(List.copyOf(fired), List.copyOf(matched), String.valueOf(compiled.version()));
    }

    /**
     * Runs {@code work} on this thread as if {@code candidate} were in force: every decision that
     * asks for its table gets the candidate, other threads keep the version in force. Checks of
     * the tables that depend on it (their scenarios, a what-if preview) run this way.
     */
    public <T> T trying(CompiledTable candidate, java.util.function.Supplier<T> work) {
        Map<String, CompiledTable> before = TRIAL.get();
        Map<String, CompiledTable> trial = before == null ? new java.util.HashMap<>() : new java.util.HashMap<>(before);
        trial.put(candidate.table(), candidate);
        TRIAL.set(trial);
        try {
            return work.get();
        } finally {
            if (before == null) {
                TRIAL.remove();
            } else {
                TRIAL.set(before);
            }
        }
    }

    public CompiledTable active(String table) {
        Map<String, CompiledTable> trial = TRIAL.get();
        if (trial != null && trial.containsKey(table)) {
            return trial.get(table);
        }
        CompiledTable compiled = active.get(table);
        if (compiled == null) {
            throw new IllegalStateException("No decision table '" + table + "' is loaded");
        }
        return compiled;
    }

    public Optional<CompiledTable> find(String table) {
        return Optional.ofNullable(active.get(table));
    }

    public Collection<CompiledTable> tables() {
        return List.copyOf(new TreeMap<>(active).values());
    }

    void activate(CompiledTable table) {
        CompiledTable previous = active.put(table.table(), table);
        log.info("Rule table '{}' version {} active ({} rules){}", table.table(), table.version(), table.ruleCount(),
            previous == null ? "" : ", replacing version " + previous.version());
        listeners.forEach(l -> l.activated(table));
    }

    void refused(String table, int problems) {
        listeners.forEach(l -> l.refused(table, problems));
    }

    static String tableName(String fileName) {
        return fileName.substring(0, fileName.length() - SUFFIX.length());
    }
}
