package io.meridian.rules;

import java.util.List;

/** A workbook that cannot go live, with every problem found in it. */
public class RuleBookException extends RuntimeException {

    private final String table;
    private final transient List<RuleProblem> problems;

    public RuleBookException(String table, List<RuleProblem> problems) {
        super("Rule table '" + table + "' has " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ") + problems);
        this.table = table;
        this.problems = List.copyOf(problems);
    }

    public String table() {
        return table;
    }

    public List<RuleProblem> problems() {
        return problems;
    }
}
