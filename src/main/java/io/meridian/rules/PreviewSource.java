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

    /** A decision to compare, e.g. "JP, tier A" with {@code country=JP, tier=A}. */
    record PreviewCase(String label, Map<String, String> given) {
    }

    /** One running process (a journey, a complaint) with its open tasks and the inputs of its decision. */
    record RunningWork(String kind, String id, String label, Map<String, String> given, int openTasks) {
    }

    String table();

    List<PreviewCase> cases();

    List<RunningWork> running();

    /** Outputs whose change moves due times or contact windows (the rest is guidance). */
    Set<String> timingOutputs();
}
