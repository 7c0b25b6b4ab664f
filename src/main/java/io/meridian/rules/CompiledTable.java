package io.meridian.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;

/**
 * One built, immutable version of a decision table: the knowledge base that answers, and
 * where each of its rules lives in the workbook. Version 0 is a candidate not yet accepted.
 * The knowledge base, the rules, the bytes and the layout may be shared with other tables
 * built from the same bytes ({@link TableBuilds}); the session pool is this table's own.
 */
public record CompiledTable(String table, int version, String checksum, Instant loadedAt,
                            KieBase kieBase, KieSessionsPool sessions, Map<String, FiredRule> rulesByName, byte[] workbook,
                            LayoutSource layoutSource) {

    public int ruleCount() {
        return rulesByName.size();
    }

    /** The same build under the number it was accepted (or stored) with. */
    CompiledTable withVersion(int number) {
        return new CompiledTable(table, number, checksum, Instant.now(), kieBase, sessions, rulesByName, workbook, layoutSource);
    }

    /** The workbook's layout: read while building, or on first use for a build loaded from {@link StoredBuilds}. */
    public WorkbookLayout layout() {
        return layoutSource.get();
    }

    /**
     * The filled data cells, row by row, of every rule-table column whose code template contains
     * {@code code} (e.g. {@code addEscalation(}): what the analyst wrote into the cells Drools turns
     * into that code.
     */
    public List<RuleCell> cellsOfColumns(String code) {
        WorkbookLayout layout = layout();
        List<RuleCell> cells = new ArrayList<>();
        for (WorkbookLayout.RuleTable ruleTable : layout.ruleTables()) {
            List<Integer> columns = columnsCarrying(ruleTable, code);
            for (int row = ruleTable.firstDataRow(); row <= ruleTable.lastDataRow(); row++) {
                for (int col : columns) {
                    layout.cell(ruleTable.sheet(), row, col)
                        .ifPresent(t -> cells.add(new RuleCell(t.sheet(), t.row(), t.column(), t.text().trim())));
                }
            }
        }
        return cells;
    }

    /** The columns of {@code ruleTable} whose code template contains {@code code}. */
    private static List<Integer> columnsCarrying(WorkbookLayout.RuleTable ruleTable, String code) {
        return ruleTable.columns().stream()
            .filter(c -> c.carriesCode() && c.code() != null && c.code().text().contains(code))
            .map(WorkbookLayout.Column::col).toList();
    }

    /**
     * The empty cells, in the rule rows that hold anything, of every rule-table column whose code template contains
     * {@code code}: where a half-filled row lacks what that column gives (text ""). A table's owner refuses a row on the
     * first empty cell the decision needs.
     */
    public List<RuleCell> emptyCellsOfColumns(String code) {
        WorkbookLayout layout = layout();
        List<RuleCell> cells = new ArrayList<>();
        for (WorkbookLayout.RuleTable ruleTable : layout.ruleTables()) {
            List<Integer> columns = columnsCarrying(ruleTable, code);
            for (int row = ruleTable.firstDataRow(); row <= ruleTable.lastDataRow(); row++) {
                Map<Integer, WorkbookLayout.Text> filled = layout.row(ruleTable.sheet(), row);
                if (filled.keySet().stream().noneMatch(c -> c >= ruleTable.header().col())) {
                    continue;
                }
                for (int col : columns) {
                    if (!filled.containsKey(col)) {
                        cells.add(new RuleCell(ruleTable.sheet(), row, CellReference.convertNumToColString(col), ""));
                    }
                }
            }
        }
        return cells;
    }

    /** The filled rows of the workbook's Scenarios sheet, each cell by its column's name ({@link ScenarioRow}). */
    public List<ScenarioRow> scenarioRows() {
        return ScenarioSheet.rows(layout());
    }

    /** Where a generated rule lives in the workbook (sheet and row), for messages to the analyst. */
    public FiredRule locate(String ruleName) {
        FiredRule located = rulesByName.get(ruleName);
        return located != null ? located : new FiredRule(table, null, 0, ruleName);
    }
}
