package io.meridian.rules;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a table's owner tells the what-if preview: which decisions to compare (inputs as a
 * Scenarios row would give them), which running work takes its decisions from the table (with
 * the inputs it would be decided with), and which outputs set due times rather than guidance.
 * Registered as a Spring bean per table; decisions are run through the table's {@link ScenarioRunner}.
 */
public interface PreviewSource {

    /**
     * A decision to compare, e.g. "JP, tier A" with {@code country=JP, tier=A}. {@code laterMomentOf}, when not null, names
     * the case this one takes again at a later moment (its observances months ahead): it is shown only where it changes
     * otherwise than that case, so that a change of every moment reads once.
     */
    record PreviewCase(String label, Map<String, String> given, String laterMomentOf) {

        public PreviewCase(String label, Map<String, String> given) {
            this(label, given, null);
        }
    }

    /** One running process (a journey, a complaint) with its open tasks and the inputs of its decision. */
    record RunningWork(String kind, String id, String label, Map<String, String> given, int openTasks) {
    }

    /**
     * How the workbench names the running work and the two ways it is affected.
     *
     * @param running  what {@link #running()} lists, e.g. "running journeys and complaints"
     * @param timing   those whose {@link #timingOutputs()} differ, after their count
     * @param other    those whose other outputs only differ, after their count
     * @param timingColumn the examples' column that says whether the timing outputs differ
     * @param differs  what that column says when they do (otherwise "same")
     */
    record Words(String running, String timing, String other, String timingColumn, String differs) {
        public static final Words PROCESSES = new Words("running journeys and complaints",
            "with different due times or contact windows", "with different guidance only", "Due times", "move");
    }

    String table();

    List<PreviewCase> cases();

    /** The decisions to compare for this pair of builds; by default {@link #cases()}. */
    default List<PreviewCase> cases(CompiledTable inForce, CompiledTable candidate) {
        return cases();
    }

    default Words words() {
        return Words.PROCESSES;
    }

    List<RunningWork> running();

    /** Outputs whose change moves due times or contact windows (the rest is guidance). */
    Set<String> timingOutputs();

    /**
     * What the analyst should know of the candidate beyond the decisions compared (an added holiday that overlaps one the
     * calendar library gives, or that the team's own calendar keeps too); none by default.
     */
    default List<String> notes(CompiledTable inForce, CompiledTable candidate) {
        return List.of();
    }
}
