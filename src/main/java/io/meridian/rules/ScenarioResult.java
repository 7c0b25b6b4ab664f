package io.meridian.rules;

import java.util.List;

/** How one Scenarios row fared: its name, row, how many expectations were checked, what failed. */
public record ScenarioResult(String name, int row, int checked, List<RuleProblem> failures) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
