package io.meridian.rules;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * What would change if a candidate went live, computed without changing anything: every
 * decision of the table's {@link PreviewSource} is taken by the version in force and by the
 * candidate (through the table's {@link ScenarioRunner}, so both see the same inputs), and
 * the running work whose inputs give a different answer is counted, split into work whose due
 * times would move and work whose guidance would change.
 */
@Component
public class DecisionPreview {

    /** Outputs that say how a decision was made rather than what it is. */
    private static final Set<String> NOT_COMPARED = Set.of("firedRules", "rulesVersion", "at", "knownUntil",
        "observanceKind", "observanceEffect", ScenarioRunner.INPUT_NOTE);
    private static final int EXAMPLES = 10;

    /**
     * One output that differs. For a list output ({@code upcomingObservances}, {@code notes}) {@code added} and
     * {@code removed} name the items only one side has, so that a new holiday reads by its name rather than hidden in
     * two long lists; for any other output they are empty.
     */
    public record FieldChange(String field, String before, String after, List<String> added, List<String> removed) {

        public FieldChange(String field, String before, String after) {
            this(field, before, after, List.of(), List.of());
        }
    }

    public record ChangedDecision(String label, List<FieldChange> fields) {
    }

    public record AffectedWork(String kind, String id, String label, int openTasks, List<String> fields, boolean dueTimes) {
    }

    /**
     * @param compared    decisions compared
     * @param changed     those that differ, with the fields
     * @param sameChanges the same, those that change alike together
     * @param running     running processes looked at; {@code affected} of them would get a different answer
     * @param openTasks   open tasks of the affected processes
     * @param dueTimes    affected processes whose due times or contact windows would move
     * @param guidance    affected processes whose guidance only would change
     * @param examples    a few affected processes
     * @param words       how the page names the running work and its two kinds of change
     * @param notes       what the analyst should know beyond the decisions ({@link PreviewSource#notes})
     */
    public record Preview(String table, int compared, List<ChangedDecision> changed, List<SameChange> sameChanges, int running,
                          int affected, int openTasks, int dueTimes, int guidance, Map<String, Integer> affectedByKind,
                          List<AffectedWork> examples, Duration took, PreviewSource.Words words, List<String> notes) {
    }

    /**
     * The changed decisions with the same changes together, in the order of their first: a change of a default
     * row reads as one row naming every decision it changes, not as one row per decision.
     */
    static List<SameChange> sameChanges(List<ChangedDecision> changed) {
        Map<List<FieldChange>, List<String>> labels = new LinkedHashMap<>();
        for (ChangedDecision c : changed) {
            labels.computeIfAbsent(c.fields(), f -> new ArrayList<>()).add(c.label());
        }
        return labels.entrySet().stream().map(e -> new SameChange(e.getValue(), e.getKey())).toList();
    }

    /** Decisions (by label) that change in the same fields from the same to the same values. */
    public record SameChange(List<String> labels, List<FieldChange> fields) {
    }

    private final Map<String, PreviewSource> sources;
    private final Map<String, ScenarioRunner> runners;

    public DecisionPreview(List<PreviewSource> sources, List<ScenarioRunner> runners) {
        this.sources = sources.stream().collect(Collectors.toMap(PreviewSource::table, Function.identity()));
        this.runners = runners.stream().collect(Collectors.toMap(ScenarioRunner::table, Function.identity()));
    }

    public boolean supports(String table) {
        return sources.containsKey(table) && runners.containsKey(table);
    }

    public Preview preview(CompiledTable inForce, CompiledTable candidate) {
        long start = System.nanoTime();
        String table = candidate.table();
        PreviewSource source = sources.get(table);
        ScenarioRunner runner = runners.get(table);
        if (source == null || runner == null) {
            throw new IllegalArgumentException("no what-if preview for table '" + table + "'");
        }
        Map<Map<String, String>, List<FieldChange>> known = new HashMap<>();
        Function<Map<String, String>, List<FieldChange>> compare = given -> known.computeIfAbsent(given,
            g -> differences(answer(runner, inForce, g), answer(runner, candidate, g)));
        List<ChangedDecision> changed = new ArrayList<>();
        List<PreviewSource.PreviewCase> cases = source.cases(inForce, candidate);
        Map<String, List<FieldChange>> byLabel = new HashMap<>();
        for (PreviewSource.PreviewCase c : cases) {
            List<FieldChange> fields = compare.apply(c.given());
            byLabel.put(c.label(), fields);
            boolean sameAsEarlier = c.laterMomentOf() != null && fields.equals(byLabel.get(c.laterMomentOf()));
            if (!fields.isEmpty() && !sameAsEarlier) {
                changed.add(new ChangedDecision(c.label(), fields));
            }
        }
        List<PreviewSource.RunningWork> running = source.running();
        int affected = 0;
        int openTasks = 0;
        int dueTimes = 0;
        Map<String, Integer> byKind = new LinkedHashMap<>();
        List<AffectedWork> examples = new ArrayList<>();
        for (PreviewSource.RunningWork work : running) {
            List<FieldChange> fields = compare.apply(work.given());
            if (fields.isEmpty()) {
                continue;
            }
            affected++;
            openTasks += work.openTasks();
            boolean timing = fields.stream().anyMatch(f -> source.timingOutputs().contains(f.field()));
            if (timing) {
                dueTimes++;
            }
            byKind.merge(work.kind(), 1, Integer::sum);
            if (examples.size() < EXAMPLES) {
                examples.add(new AffectedWork(work.kind(), work.id(), work.label(), work.openTasks(),
                    fields.stream().map(FieldChange::field).toList(), timing));
            }
        }
        return new Preview(table, cases.size(), changed, sameChanges(changed), running.size(), affected, openTasks, dueTimes, affected - dueTimes,
            byKind, examples, Duration.ofNanos(System.nanoTime() - start), source.words(), source.notes(inForce, candidate));
    }

    private static Map<String, Object> answer(ScenarioRunner runner, CompiledTable build, Map<String, String> given) {
        try {
            return runner.preview(build, given);
        } catch (RuntimeException e) {
            return Map.of("error", String.valueOf(e.getMessage()));
        }
    }

    private static List<FieldChange> differences(Map<String, Object> before, Map<String, Object> after) {
        List<FieldChange> fields = new ArrayList<>();
        java.util.Set<String> names = new java.util.LinkedHashSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            if (NOT_COMPARED.contains(name)) {
                continue;
            }
            String x = show(before.get(name));
            String y = show(after.get(name));
            if (!Objects.equals(x, y)) {
                fields.add(new FieldChange(name, x, y, missingFrom(before.get(name), after.get(name)),
                    missingFrom(after.get(name), before.get(name))));
            }
        }
        return fields;
    }

    /** The items of list {@code other} that list {@code one} lacks; none when either is no list. */
    private static List<String> missingFrom(Object one, Object other) {
        if (!(one instanceof Collection<?> mine) || !(other instanceof Collection<?> theirs)) {
            return List.of();
        }
        Set<String> have = mine.stream().map(String::valueOf).collect(Collectors.toSet());
        return theirs.stream().map(String::valueOf).filter(item -> !have.contains(item)).distinct().toList();
    }

    private static String show(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> items) {
            // items that hold commas themselves ("Spring Festival, 6–13 Feb 2027, closed") are set apart by semicolons
            boolean commas = items.stream().anyMatch(i -> String.valueOf(i).contains(","));
            return items.stream().map(String::valueOf).collect(Collectors.joining(commas ? "; " : ", "));
        }
        return String.valueOf(value);
    }
}
