package io.meridian.escalation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.meridian.complaint.Severity;
import io.meridian.etiquette.Tier;
import io.meridian.rules.CellFormat;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.FiredRule;
import io.meridian.rules.RuleCell;
import io.meridian.rules.RuleProblem;
import io.meridian.rules.ScenarioRunner;
import io.meridian.system.Inputs;
import org.springframework.stereotype.Component;

/** Runs the Scenarios sheet of {@code escalation.drl.xlsx} on a candidate build. */
@Component
class EscalationScenarios implements ScenarioRunner {

    private static final List<String> GIVEN = List.of("taskKind", "tier", "severity", "elapsedShare");
    /** The code of the Steps columns: the level a row reaches, and whom it reminds, escalates to and notifies. */
    private static final String LEVEL_COLUMN = "setStepLevel(";
    private static final List<String> ACTION_COLUMNS = List.of("addReminder(", "addEscalation(", "addNotification(");
    /** The code of the Steps sheet's Pace column, which every step row fills. */
    private static final String PACE_CONDITION = "pace == \"$param\"";

    private final EscalationDecisionService escalations;
    private final TableNames names;

    EscalationScenarios(EscalationDecisionService escalations, TableNames names) {
        this.escalations = escalations;
        this.names = names;
    }

    /** The level of a Steps row, which {@link EscalationFact#setStepLevel} takes only from 1 up. */
    @Override
    public List<CellFormat> cellFormats() {
        return List.of(CellFormat.wholeNumber("setStepLevel($param)", "a level", EscalationFact.FIRST_LEVEL, Integer.MAX_VALUE, 1));
    }

    /**
     * Every group and task kind the table names exists ({@link TableNames}), and every Steps row that names whom to remind,
     * escalate to or notify has its level: without one, the row's actions fail the decision of every task that reaches it
     * first, or go to the level of the row that fired before it. A Steps row with neither (a row left half-filled, its pace
     * and share only) decides nothing, and is refused on its Pace cell.
     */
    @Override
    public List<RuleProblem> check(CompiledTable candidate) {
        List<RuleProblem> problems = new ArrayList<>(names.problems(candidate));
        List<RuleCell> levels = candidate.cellsOfColumns(LEVEL_COLUMN);
        String levelColumn = levels.isEmpty() ? "Level" : "Level (column " + levels.get(0).column() + ")";
        Set<String> levelled = levels.stream().map(c -> c.sheet() + "!" + c.row()).collect(Collectors.toSet());
        Set<String> reported = new HashSet<>();
        for (String code : ACTION_COLUMNS) {
            for (RuleCell action : candidate.cellsOfColumns(code)) {
                String row = action.sheet() + "!" + action.row();
                if (!levelled.contains(row) && reported.add(row)) {
                    problems.add(action.problem(action.sheet() + " row " + action.row() + " names '" + action.text() + "' but has no level:"
                        + " write the level this step reaches in its " + levelColumn + ", e.g. 1"));
                }
            }
        }
        Set<String> acting = ACTION_COLUMNS.stream().flatMap(code -> candidate.cellsOfColumns(code).stream())
            .map(c -> c.sheet() + "!" + c.row()).collect(Collectors.toSet());
        for (RuleCell pace : candidate.cellsOfColumns(PACE_CONDITION)) {
            String row = pace.sheet() + "!" + pace.row();
            if (!levelled.contains(row) && !acting.contains(row)) {
                problems.add(pace.problem(pace.sheet() + " row " + pace.row() + " (" + pace.text() + ") reaches no level and reminds,"
                    + " escalates to and notifies nobody, so it decides nothing: write the level this step reaches in its " + levelColumn
                    + " and whom it reminds, escalates to or notifies, or delete the row"));
            }
        }
        return problems;
    }

    @Override
    public String table() {
        return EscalationDecisionService.TABLE;
    }

    /**
     * With an elapsed share, the scenario's answer (an open task now). Without one, the whole ladder
     * of the task kind, tier and severity: its pace and, per level, the share at which it is reached
     * and what happens then ({@code ladder}), each share found as the sweep finds it ({@link LevelThresholds}).
     */
    @Override
    public Map<String, Object> preview(CompiledTable build, Map<String, String> given) {
        Map<String, String> inputs = ScenarioRunner.inputs(given, GIVEN);
        if (inputs.get("elapsedshare") != null) {
            return run(build, given);
        }
        String kind = inputs.get("taskkind");
        Tier tier = Inputs.enumValue("tier", inputs.get("tier"), Tier.class, Tier.B);
        Severity severity = Inputs.enumValue("severity", inputs.get("severity"), Severity.class, Severity.NORMAL);
        LevelThresholds thresholds = new LevelThresholds(escalations);
        List<String> steps = new ArrayList<>();
        int level = 0;
        String pace = escalations.decide(build, kind, tier, severity, 0).pace();
        for (double share = thresholds.above(build, kind, tier, severity, 0); share != LevelThresholds.NONE;
             share = thresholds.above(build, kind, tier, severity, level)) {
            EscalationDecision reached = escalations.decide(build, kind, tier, severity, share);
            int from = level;
            level = reached.level();
            steps.add(level + " at " + DueEscalation.percent(share) + ": " + reached.actionsAbove(from).stream()
                .map(this::describe).collect(Collectors.joining(", ")));
        }
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("pace", pace);
        outputs.put("ladder", steps.isEmpty() ? "-" : String.join("; ", steps));
        return outputs;
    }

    /** An action, and for an email to a group in which nobody has an address, that the administrators get it instead (StaffMail). */
    private String describe(EscalationAction action) {
        boolean email = action.action() == EscalationAction.Kind.REMIND || action.action() == EscalationAction.Kind.NOTIFY;
        if (email && !EscalationAction.ASSIGNEE.equalsIgnoreCase(action.target()) && !names.reachesSomeone(action.target())) {
            return action.describe() + " (nobody there has an email address: the administrators get it)";
        }
        return action.describe();
    }

    @Override
    public Map<String, Object> run(CompiledTable candidate, Map<String, String> given) {
        Map<String, String> inputs = ScenarioRunner.inputs(given, GIVEN);
        String taskKind = inputs.get("taskkind");
        if (taskKind == null) {
            throw new IllegalArgumentException("GIVEN taskKind is required");
        }
        String share = inputs.get("elapsedshare");
        if (share == null) {
            throw new IllegalArgumentException("GIVEN elapsedShare is required, e.g. 0.8 for 80 % of the time to the due date");
        }
        double elapsedShare;
        try {
            elapsedShare = Double.parseDouble(share.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("GIVEN elapsedShare '" + share + "' is not a number such as 0.8");
        }
        EscalationDecision d = escalations.decide(candidate, taskKind.trim(),
            Inputs.enumValue("tier", inputs.get("tier"), Tier.class, null),
            Inputs.enumValue("severity", inputs.get("severity"), Severity.class, null), elapsedShare);
        Map<String, Object> outputs = new LinkedHashMap<>();
        outputs.put("pace", d.pace());
        outputs.put("level", d.level());
        outputs.put("actions", d.actions().stream().map(EscalationAction::describe).toList());
        outputs.put("firedRules", d.firedRules().stream().map(FiredRule::rule).toList());
        return outputs;
    }
}
