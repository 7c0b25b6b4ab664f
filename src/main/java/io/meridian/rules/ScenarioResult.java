package io.meridian.rules;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** How one Scenarios row fared: its name, row, how many expectations were checked, what failed. */
public record ScenarioResult(
    @Schema(description = "the scenario's name") String name,
    @Schema(description = "its row on the Scenarios sheet") int row,
    @Schema(description = "how many expected values it checked") int checked,
    @Schema(description = "what it expected and did not get; empty when it passed") List<RuleProblem> failures) {

    public boolean passed() {
        return failures.isEmpty();
    }
}
