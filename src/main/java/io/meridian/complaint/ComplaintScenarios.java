package io.meridian.complaint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Tier;
import io.meridian.rules.CellFormat;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.FiredRule;
import io.meridian.rules.GroupCells;
import io.meridian.rules.RuleCell;
import io.meridian.rules.RuleProblem;
import io.meridian.rules.ScenarioRunner;
import io.meridian.system.Inputs;
import io.meridian.system.StaffDirectory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/** Runs the Scenarios sheet of {@code complaint-handling.drl.xlsx} on a candidate build. */
@Component
class ComplaintScenarios implements ScenarioRunner {

    private static final List<String> GIVEN = List.of("category", "country", "feedback", "tier", "orderValue", "wording");

    /** The code of the Categories column that names the team handling a category's complaints. */
    private static final String TEAM_COLUMN = "setTeam(";
    /** The code of the Categories column that gives a category's starting severity. */
    private static final String SEVERITY_COLUMN = "setSeverity(\"$param\")";
    /** The Categories sheet's key: one row per category (the Adjustments and Guidance sheets name several, with forall). */
    private static final String CATEGORY_CONDITION = "category == \"$param\"";
    /** The Response times sheet's key, one row per severity (the Guidance sheet's Severity column may repeat one). */
    private static final String SEVERITY_CONDITION = "severity == \"$param\"";
    /** The code of the Response times column that gives a severity's first response: the sheet whose severities are keys. */
    private static final String FIRST_RESPONSE_COLUMN = "setFirstResponse(";

    private final ComplaintDecisionService complaints;
    private final Supplier<SortedSet<String>> groupIds;

    @Autowired
    ComplaintScenarios(ComplaintDecisionService complaints, StaffDirectory staff) {
        this(complaints, staff::groupIds);
    }

    /** @param groupIds every group, asked when a workbook names a team */
    ComplaintScenarios(ComplaintDecisionService complaints, Supplier<SortedSet<String>> groupIds) {
        this.complaints = complaints;
        this.groupIds = groupIds;
    }

    /**
     * Every handling team is a group that exists: a misspelt one would give its complaints' tasks to nobody. Where
     * the groups cannot be read, the workbook is refused saying so.
     */
    @Override
    public List<RuleProblem> check(CompiledTable candidate) {
        try {
            List<RuleProblem> problems = new ArrayList<>(GroupCells.checking(groupIds).unknown(candidate, TEAM_COLUMN, Set.of(),
                "the complaints of this category would show up in nobody's Tasklist"));
            problems.addAll(halfFilledCategoryRows(candidate));
            problems.addAll(secondRows(candidate));
            return problems;
        } catch (RuntimeException e) {
            return List.of(RuleProblem.ofWorkbook("the groups could not be read to check the workbook's Handling team cells ("
                + e.getClass().getSimpleName() + ": " + e.getMessage() + "); try again"));
        }
    }

    /**
     * A second Categories row for a category (a row copied to add one, its category left unchanged) is refused on its
     * category cell, naming both rows: both fire, and the later row's severity and team win, so an edit of the earlier one
     * changes nothing, and a half-filled copy (its category only) leaves the earlier's values in force without a word. So is
     * a second Response times row for a severity, whose first response and crisis channel win over the first row's.
     */
    private static List<RuleProblem> secondRows(CompiledTable candidate) {
        Set<String> responseSheets = candidate.cellsOfColumns(FIRST_RESPONSE_COLUMN).stream().map(RuleCell::sheet).collect(Collectors.toSet());
        List<RuleProblem> problems = new ArrayList<>(secondRows(candidate.cellsOfColumns(CATEGORY_CONDITION), "category"));
        problems.addAll(secondRows(candidate.cellsOfColumns(SEVERITY_CONDITION).stream()
            .filter(c -> responseSheets.contains(c.sheet())).toList(), "severity"));
        return problems;
    }

    private static List<RuleProblem> secondRows(List<RuleCell> keys, String key) {
        Map<String, RuleCell> first = new LinkedHashMap<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleCell cell : keys) {
            RuleCell earlier = first.putIfAbsent(cell.sheet() + "!" + cell.text().toUpperCase(Locale.ROOT), cell);
            if (earlier != null) {
                problems.add(cell.problem(cell.sheet() + " rows " + earlier.row() + " and " + cell.row() + " are both for " + key + " "
                    + cell.text() + ": keep one row per " + key + " (the later row's cells win, so an edit of the other may change nothing)"));
            }
        }
        return problems;
    }

    /**
     * A Categories row that gives its category but no starting severity or no handling team (a row left half-filled, its
     * category only) is refused on the first of them that is empty: its complaints would have no severity or no team, which
     * no decision can answer, and only a scenario of that category would show it.
     */
    private static List<RuleProblem> halfFilledCategoryRows(CompiledTable candidate) {
        Map<String, RuleCell> severityCells = byRow(candidate.emptyCellsOfColumns(SEVERITY_COLUMN));
        Map<String, RuleCell> teamCells = byRow(candidate.emptyCellsOfColumns(TEAM_COLUMN));
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleCell category : candidate.cellsOfColumns(CATEGORY_CONDITION)) {
            String row = category.sheet() + "!" + category.row();
            List<RuleCell> missing = new ArrayList<>();
            List<String> gives = new ArrayList<>();
            List<String> wanted = new ArrayList<>();
            if (severityCells.containsKey(row)) {
                RuleCell cell = severityCells.get(row);
                missing.add(cell);
                gives.add("no starting severity");
                wanted.add("the severity its complaints start at in " + cell.column() + cell.row() + " (one of "
                    + String.join(", ", Arrays.stream(Severity.values()).map(Severity::name).toList()) + ")");
            }
            if (teamCells.containsKey(row)) {
                RuleCell cell = teamCells.get(row);
                missing.add(cell);
                gives.add("no handling team");
                wanted.add("the group that handles them in " + cell.column() + cell.row() + " (e.g. support)");
            }
            if (missing.isEmpty()) {
                continue;
            }
            RuleCell first = missing.stream().min(Comparator.comparing(RuleCell::column, Comparator.comparingInt(String::length)
                .thenComparing(Comparator.naturalOrder()))).orElseThrow();
            problems.add(first.problem(category.sheet() + " row " + category.row() + " (" + category.text() + ") gives "
                + String.join(" and ", gives) + ", so no complaint of this category could be decided: write "
                + String.join(" and ", wanted) + ", or delete the row"));
        }
        return problems;
    }

    private static Map<String, RuleCell> byRow(List<RuleCell> cells) {
        Map<String, RuleCell> rows = new LinkedHashMap<>();
        cells.forEach(c -> rows.putIfAbsent(c.sheet() + "!" + c.row(), c));
        return rows;
    }

    /**
     * The cells {@link ComplaintDecisionService} reads: the first response of a severity (an ISO-8601 duration), the
     * starting severity of a category, and the severity a Response times or Guidance row is for (a Response times row
     * for no severity leaves that severity without a first response, which no decision could answer).
     */
    @Override
    public List<CellFormat> cellFormats() {
        List<String> severities = Arrays.stream(Severity.values()).map(Severity::name).toList();
        return List.of(
            new CellFormat("setFirstResponse(\"$param\")", ComplaintDecisionService::firstResponseProblem),
            CellFormat.oneOf("setSeverity(\"$param\")", "a severity", severities),
            CellFormat.oneOf("severity == \"$param\"", "a severity", severities));
    }

    @Override
    public String table() {
        return ComplaintDecisionService.TABLE;
    }

    @Override
    public List<String> needs() {
        return List.of(EtiquetteService.TABLE);
    }

    @Override
    public Map<String, Object> run(CompiledTable candidate, Map<String, String> given) {
        Map<String, String> inputs = ScenarioRunner.inputs(given, GIVEN);
        ComplaintCategory category = Inputs.enumValue("category", inputs.get("category"), ComplaintCategory.class, null);
        if (category == null) {
            throw new IllegalArgumentException("GIVEN category is required");
        }
        String feedback = inputs.get("feedback") == null ? null : inputs.get("feedback").trim().toUpperCase(Locale.ROOT);
        double orderValue = inputs.get("ordervalue") == null ? 0 : Double.parseDouble(inputs.get("ordervalue").trim());
        ComplaintDecision d = complaints.decide(candidate, category, inputs.getOrDefault("country", "DE"), feedback,
            Inputs.enumValue("tier", inputs.get("tier"), Tier.class, Tier.B), orderValue,
            Inputs.enumValue("wording", inputs.get("wording"), Wording.class, Wording.NEUTRAL));
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("severity", d.severity().name());
        outputs.put("firstResponse", d.firstResponse().toString());
        outputs.put("crisis", d.crisis());
        outputs.put("team", d.team());
        outputs.put("seniorContact", d.seniorContact());
        outputs.put("channel", d.channel());
        outputs.put("guidance", d.guidance());
        outputs.put("firedRules", d.firedRules().stream().map(FiredRule::rule).toList());
        if (feedback == null) {
            complaints.feedbackChangedBy(d.country(), Inputs.enumValue("tier", inputs.get("tier"), Tier.class, Tier.B))
                .ifPresent(note -> outputs.put(INPUT_NOTE, note));
        }
        return outputs;
    }
}
