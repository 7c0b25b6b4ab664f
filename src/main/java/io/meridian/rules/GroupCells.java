package io.meridian.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Supplier;

import io.meridian.names.Nearest;

/**
 * The cells of a table that name a group (who handles a complaint, whom an escalation reaches): each must be
 * a group that exists, as Camunda takes any text as a candidate group, and a misspelt one gives its tasks to
 * nobody. A table's owner runs this in its {@link ScenarioRunner#check}.
 */
public final class GroupCells {

    private final Supplier<SortedSet<String>> groups;
    private SortedSet<String> known;

    private GroupCells(Supplier<SortedSet<String>> groups) {
        this.groups = groups;
    }

    /**
     * For one check of one workbook.
     *
     * @param groups every group there is; asked once, and only when a cell names one
     */
    public static GroupCells checking(Supplier<SortedSet<String>> groups) {
        return new GroupCells(groups);
    }

    /**
     * A problem on each filled cell of the columns whose code contains {@code code} that is neither a group
     * nor (in any case) one of {@code alsoAllowed}.
     *
     * @param consequence what a misspelt group would do, for the analyst (e.g. "a late task would reach nobody")
     */
    public List<RuleProblem> unknown(CompiledTable table, String code, Set<String> alsoAllowed, String consequence) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleCell cell : table.cellsOfColumns(code)) {
            if (alsoAllowed.stream().anyMatch(cell.text()::equalsIgnoreCase)) {
                continue;
            }
            if (known == null) {
                known = groups.get();
            }
            if (!known.contains(cell.text())) {
                problems.add(cell.problem("'" + cell.text() + "' is no group"
                    + (alsoAllowed.isEmpty() ? "" : " (nor " + String.join(", ", alsoAllowed) + ")") + ": " + consequence + "."
                    + Nearest.to(cell.text(), known).map(name -> " Did you mean '" + name + "'?").orElse("")
                    + " Write one group per cell, one of " + String.join(", ", known) + "; a new group is made in Camunda Admin first"));
            }
        }
        return problems;
    }
}
