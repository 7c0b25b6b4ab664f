package io.meridian.rules;

import java.util.List;

/** A workbook that passed every check: its build (not yet in force) and its scenario results. */
public record CheckedWorkbook(CompiledTable candidate, List<ScenarioResult> scenarios) {

    public int scenarioCount() {
        return scenarios.size();
    }
}
