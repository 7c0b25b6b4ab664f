package io.meridian.rules;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The cells of a decision-table workbook as the analyst sees them (sheet, row, column letter,
 * text), and where Drools will take its rule tables from: per {@code RuleTable} block the
 * column types, object types, code templates and the data rows below them. Used to check
 * cells before anything is compiled and to place Drools' messages back on the workbook.
 */
final class WorkbookLayout {

    static final String SCENARIOS = "Scenarios";

    /** One non-blank cell; {@code row} 1-based as in the spreadsheet, {@code col} 0-based. */
    record Text(String sheet, int row, int col, String text) {
        String column() {
            return CellReference.convertNumToColString(col);
        }

        RuleProblem problem(String message) {
            return new RuleProblem(sheet, row, column(), text, message);
        }
    }

    /** One column of a rule table: its type (CONDITION, ACTION, ...), object type and code template. */
    record Column(int col, String type, Text objectType, Text code) {
        boolean carriesCode() {
            return "CONDITION".equals(type) || "ACTION".equals(type);
        }
    }

    /** A {@code RuleTable} block; Drools names its rules {@code <ruleName>_<row>}. */
    record RuleTable(String sheet, Text header, String ruleName, List<Column> columns, int codeRow, int firstDataRow, int lastDataRow) {
        Optional<Column> column(int col) {
            return columns.stream().filter(c -> c.col() == col).findFirst();
        }
    }

    private final Map<String, Map<Integer, Map<Integer, Text>>> cells;
    private final List<RuleTable> ruleTables;
    private final List<String> sheetNames;
    private final List<RuleProblem> outsideLists;
    private final List<RuleProblem> hiddenByMerges;

    private WorkbookLayout(Map<String, Map<Integer, Map<Integer, Text>>> cells, List<RuleTable> ruleTables, List<String> sheetNames,
                           List<RuleProblem> outsideLists, List<RuleProblem> hiddenByMerges) {
        this.cells = cells;
        this.ruleTables = ruleTables;
        this.sheetNames = sheetNames;
        this.outsideLists = outsideLists;
        this.hiddenByMerges = hiddenByMerges;
    }

    /** Reads a workbook; anything that is not an .xlsx/.xls workbook is a problem of its own. */
    static WorkbookLayout read(String table, byte[] bytes) {
        try (Workbook workbook = open(bytes)) {
            return read(table, workbook);
        } catch (RuleBookException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw notAWorkbook(table, bytes, e);
        }
    }

    /**
     * Opens the bytes with POI, counted in {@link WorkCounter#OPENS}: the one place a build or
     * check of a table does (opening costs most of reading a workbook). Dates, times and percentages typed
     * as such become the text the rules read ({@link TypedCells}). The workbench's diff
     * and sheet rendering open workbooks of their own.
     */
    static Workbook open(byte[] bytes) throws IOException {
        WorkCounter.OPENS.count();
        Workbook workbook = WorkbookFormat.open(bytes);
        TypedCells.asText(workbook);
        return workbook;
    }

    /** {@code bytes} (null when unknown) could not be read as a workbook: why, and what to do ({@link WorkbookFormat}). */
    static RuleBookException notAWorkbook(String table, byte[] bytes, Throwable e) {
        return new RuleBookException(table, List.of(RuleProblem.ofWorkbook(WorkbookFormat.problem(bytes, e))));
    }

    /** Reads an open workbook, which stays open for the caller (the DRL is generated from the same one). */
    static WorkbookLayout read(String table, Workbook workbook) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Map<String, Map<Integer, Map<Integer, Text>>> cells = new LinkedHashMap<>();
        List<String> sheetNames = new ArrayList<>();
        Map<String, List<CellRangeAddress>> merges = new LinkedHashMap<>();
        List<RuleProblem> outsideLists;
        try {
            outsideLists = AllowedValues.check(workbook);
            for (Sheet sheet : workbook) {
                sheetNames.add(sheet.getSheetName());
                merges.put(sheet.getSheetName(), sheet.getMergedRegions());
                Map<Integer, Map<Integer, Text>> rows = new TreeMap<>();
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = formatter.formatCellValue(cell);
                        if (text != null && !text.isBlank()) {
                            rows.computeIfAbsent(row.getRowNum() + 1, r -> new TreeMap<>())
                                .put(cell.getColumnIndex(), new Text(sheet.getSheetName(), row.getRowNum() + 1, cell.getColumnIndex(), text));
                        }
                    }
                }
                cells.put(sheet.getSheetName(), rows);
            }
        } catch (Exception | LinkageError e) {
            throw notAWorkbook(table, null, e);
        }
        List<RuleTable> ruleTables = new ArrayList<>();
        cells.forEach((sheet, rows) -> {
            if (!isScenarios(sheet)) {
                ruleTables.addAll(ruleTablesOf(sheet, rows));
            }
        });
        List<RuleProblem> hidden = new ArrayList<>();
        for (RuleTable ruleTable : ruleTables) {
            hidden.addAll(spreadMerges(ruleTable, merges.getOrDefault(ruleTable.sheet(), List.of()), cells.get(ruleTable.sheet())));
        }
        return new WorkbookLayout(cells, List.copyOf(ruleTables), List.copyOf(sheetNames), List.copyOf(outsideLists), List.copyOf(hidden));
    }

    /**
     * Cells merged among a table's rule rows read as Drools reads them: every cell of the merge as its first (top left)
     * cell, as the spreadsheet shows it, so that the checks judge what the rules get. A value left hidden under the merge
     * (LibreOffice keeps it when asked to, Excel never) that differs from the first cell's is lost to the rules: a
     * problem on that cell, unless the column decides nothing (a "Why (sources)" description, a column without a type).
     */
    private static List<RuleProblem> spreadMerges(RuleTable table, List<CellRangeAddress> merges, Map<Integer, Map<Integer, Text>> rows) {
        List<RuleProblem> problems = new ArrayList<>();
        for (CellRangeAddress merge : merges) {
            if (merge.getFirstRow() + 1 < table.firstDataRow() || merge.getLastRow() + 1 > table.lastDataRow()) {
                continue;
            }
            Text first = rows.getOrDefault(merge.getFirstRow() + 1, Map.of()).get(merge.getFirstColumn());
            String shown = first == null ? "" : first.text();
            String where = merge.formatAsString();
            for (int r = merge.getFirstRow() + 1; r <= merge.getLastRow() + 1; r++) {
                for (int c = merge.getFirstColumn(); c <= merge.getLastColumn(); c++) {
                    if (r == merge.getFirstRow() + 1 && c == merge.getFirstColumn()) {
                        continue;
                    }
                    Text hidden = rows.getOrDefault(r, Map.of()).get(c);
                    boolean decides = table.column(c).filter(column -> !"DESCRIPTION".equals(column.type())).isPresent();
                    if (decides && hidden != null && !hidden.text().trim().equals(shown.trim())) {
                        problems.add(hidden.problem("'" + hidden.text().trim() + "' is hidden under the merged cells " + where
                            + ", which read " + (shown.isBlank() ? "as empty" : "'" + shown.trim() + "'") + " for every row they"
                            + " cover, so the rules of row " + r + " would not get it: split the merged cells (LibreOffice: Format"
                            + " > Merge and Unmerge Cells > Split Cells; Excel: Merge & Center > Unmerge Cells) and check the value"
                            + " of each row"));
                    }
                    int row = r;
                    int col = c;
                    if (first == null) {
                        Map<Integer, Text> cellsOfRow = rows.get(row);
                        if (cellsOfRow != null) {
                            cellsOfRow.remove(col);
                        }
                    } else {
                        rows.computeIfAbsent(row, k -> new TreeMap<>()).put(col, new Text(table.sheet(), row, col, first.text()));
                    }
                }
            }
        }
        return problems;
    }

    /** Values hidden under merged cells among rule rows, which the rules do not get ({@link #spreadMerges}). */
    List<RuleProblem> hiddenByMerges() {
        return hiddenByMerges;
    }

    static boolean isScenarios(String sheet) {
        return SCENARIOS.equalsIgnoreCase(sheet.trim());
    }

    /** Cells whose text is not in the data-validation list that covers them ({@link AllowedValues}). */
    List<RuleProblem> outsideLists() {
        return outsideLists;
    }

    List<RuleTable> ruleTables() {
        return ruleTables;
    }

    List<String> sheetNames() {
        return sheetNames;
    }

    /** The sheets Drools reads: every sheet but Scenarios. */
    List<String> ruleSheets() {
        return sheetNames.stream().filter(s -> !isScenarios(s)).toList();
    }

    /** The package the workbook's rules go to (the value beside its {@code RuleSet} cell), which tells one table's workbook from another's. */
    Optional<String> ruleSet() {
        for (String sheet : sheetNames) {
            for (Map<Integer, Text> row : cells.getOrDefault(sheet, Map.of()).values()) {
                Optional<Text> key = row.values().stream().filter(t -> t.text().trim().equalsIgnoreCase("RuleSet")).findFirst();
                if (key.isPresent()) {
                    return row.values().stream().filter(t -> t.col() > key.get().col()).findFirst().map(t -> t.text().trim());
                }
            }
        }
        return Optional.empty();
    }

    /** Every non-blank cell of one sheet, row by row, left to right. */
    List<Text> cells(String sheet) {
        List<Text> all = new ArrayList<>();
        cells.getOrDefault(sheet, Map.of()).values().forEach(row -> all.addAll(row.values()));
        return all;
    }

    Map<Integer, Text> row(String sheet, int row) {
        return cells.getOrDefault(sheet, Map.of()).getOrDefault(row, Map.of());
    }

    Optional<Text> cell(String sheet, int row, int col) {
        return Optional.ofNullable(row(sheet, row).get(col));
    }

    /**
     * The rule rows Drools would leave out: it reads a table's rules down to its first empty row (a row inserted in the
     * middle, or one whose cells were cleared) and takes nothing below it as a rule, where these checks, the comparison
     * and the analyst see rows. One problem a table, on the empty row, naming the rows it would drop.
     */
    List<RuleProblem> rowsBelowAnEmptyRow() {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleTable table : ruleTables) {
            List<Integer> filled = new ArrayList<>();
            for (int r = table.firstDataRow(); r <= table.lastDataRow(); r++) {
                if (row(table.sheet(), r).keySet().stream().anyMatch(c -> c >= table.header().col())) {
                    filled.add(r);
                }
            }
            int expected = table.firstDataRow();
            for (int r : filled) {
                if (r > expected) {
                    int below = r;
                    int last = filled.get(filled.size() - 1);
                    boolean one = r - expected == 1;
                    String empty = one ? "row " + expected + " is empty" : "rows " + expected + " to " + (r - 1) + " are empty";
                    String dropped = below == last ? "row " + below + " below would not be a rule"
                        : "rows " + below + " to " + last + " below would not be rules";
                    problems.add(new RuleProblem(table.sheet(), expected, CellReference.convertNumToColString(table.header().col()), null,
                        empty + ", and a rule table ends at its first empty row: " + dropped + ". Delete the empty "
                            + (one ? "row, or fill it" : "rows, or fill them") + " as rules (notes belong in the 'Why (sources)' "
                            + "column or on a sheet of their own)"));
                    break;
                }
                expected = r + 1;
            }
        }
        return List.copyOf(problems);
    }

    /** A cell of a rule table's row of facts: a fact class, bound or not ({@code $c: ComplaintFact}, {@code ComplaintFact}). */
    private static final Pattern FACT = Pattern.compile("\\s*(\\$\\w+\\s*:\\s*)?[A-Za-z_][\\w.]*\\s*");
    /** The column kinds whose cells are true or false, and whose name is therefore never a rule's value. */
    private static final Set<String> TRUE_FALSE_KINDS = Set.of("LOCK-ON-ACTIVE", "NO-LOOP", "AUTO-FOCUS", "ENABLED");

    /**
     * A rule table whose header lacks a row (deleted while tidying): below its {@code RuleTable} cell come the row of column
     * kinds, of facts, of code and of column names, and a deleted one makes each row below read as the one above it, where
     * Drools' words (no CONDITION column, "unsafe content", "Unexpected content … leave this cell blank") or a scenario of
     * the first rule, taken as names, were all the analyst saw. One problem a table, on the row that holds another row's
     * part, saying which row is missing and what it holds; {@code formats} tell a rule's values from column names.
     */
    List<RuleProblem> missingHeaderRows(List<CellFormat> formats) {
        List<RuleProblem> problems = new ArrayList<>();
        for (RuleTable table : ruleTables) {
            Text header = table.header();
            int h = header.row();
            Map<Integer, Text> kinds = fromHeaderColumn(table, h + 1);
            Map<Integer, Text> facts = fromHeaderColumn(table, h + 2);
            Map<Integer, Text> code = fromHeaderColumn(table, h + 3);
            Map<Integer, Text> names = fromHeaderColumn(table, h + 4);
            String layout = " where the row of %s belongs: below '" + header.text().trim() + "' (" + header.column() + h
                + ") a rule table has a row of column kinds (CONDITION, ACTION, DESCRIPTION, …), a row of facts ("
                + factExample(table) + "), a row of code (with $param where a rule's value goes) and a row of column names,"
                + " then its rules. The row of %s is missing: insert a row above row %d and write in it %s";
            boolean kindsRead = kinds.values().stream().anyMatch(t -> Set.of("CONDITION", "ACTION").contains(kind(t)));
            if (!kindsRead) {
                // a bound fact ($c: ComplaintFact) or code: the rows moved up; a sheet of notes is unintendedRuleTables' to say
                if (kinds.values().stream().anyMatch(t -> t.text().contains("$"))) {
                    problems.add(first(kinds).problem("row " + (h + 1) + " holds " + shown(kinds) + String.format(layout,
                        "column kinds", "column kinds", h + 1, "each column's kind (CONDITION above a condition, ACTION above an"
                            + " action, DESCRIPTION above a column of notes)")));
                }
                continue;
            }
            List<Integer> coded = kinds.values().stream().filter(t -> Set.of("CONDITION", "ACTION").contains(kind(t)))
                .map(Text::col).toList();
            if (!facts.isEmpty() && facts.values().stream().noneMatch(WorkbookLayout::isFact)
                && facts.values().stream().anyMatch(t -> t.text().contains("$"))) {
                problems.add(first(facts).problem("row " + (h + 2) + " holds code (" + shown(facts) + ")" + String.format(layout,
                    "facts", "facts", h + 2, "the fact the conditions read above the first CONDITION (" + factExample(table) + ")")));
                continue;
            }
            List<Text> codeCells = coded.stream().map(code::get).filter(Objects::nonNull).toList();
            if (!codeCells.isEmpty() && codeCells.stream().noneMatch(t -> t.text().contains("$"))) {
                problems.add(codeCells.get(0).problem("row " + (h + 3) + " holds " + shown(code) + String.format(layout,
                    "code", "code", h + 3, "the code of each CONDITION and ACTION column, with $param where a rule's value goes")));
                continue;
            }
            if (looksLikeARule(kinds, code, names, formats)) {
                problems.add(first(names).problem("row " + (h + 4) + " holds a rule (" + shown(names) + "), which would be read as"
                    + " the column names and left out of the rules," + String.format(layout, "column names", "column names", h + 4,
                    "each column's name, as the analysts read it")));
            }
        }
        return List.copyOf(problems);
    }

    /**
     * Whether a rule table's row of column names holds a rule's values: a true or false under a true/false kind, or a value
     * its column's format reads.
     */
    private static boolean looksLikeARule(Map<Integer, Text> kinds, Map<Integer, Text> code, Map<Integer, Text> names,
                                          List<CellFormat> formats) {
        for (Text name : names.values()) {
            String kind = kinds.get(name.col()) == null ? "" : kind(kinds.get(name.col()));
            String text = name.text().trim();
            if (TRUE_FALSE_KINDS.contains(kind) && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
                return true;
            }
            Text template = code.get(name.col());
            if (template != null && Set.of("CONDITION", "ACTION").contains(kind) && formats.stream()
                .anyMatch(f -> f.formats(template.text()) && f.problem().apply(text).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    private Map<Integer, Text> fromHeaderColumn(RuleTable table, int row) {
        Map<Integer, Text> cells = new TreeMap<>(row(table.sheet(), row));
        cells.keySet().removeIf(col -> col < table.header().col());
        return cells;
    }

    private static String kind(Text cell) {
        return cell.text().trim().toUpperCase(Locale.ROOT);
    }

    private static boolean isFact(Text cell) {
        return FACT.matcher(cell.text()).matches();
    }

    private static Text first(Map<Integer, Text> cells) {
        return cells.values().iterator().next();
    }

    private static String shown(Map<Integer, Text> cells) {
        return shown(cells.values());
    }

    /** A row's first cells as the analyst reads them, as a problem quotes them: 'Category', 'Starting severity', 'Handling team', …. */
    static String shown(Collection<Text> cells) {
        List<String> texts = cells.stream().map(t -> t.text().trim()).map(t -> "'" + (t.length() > 40 ? t.substring(0, 40) + "…" : t) + "'")
            .toList();
        return String.join(", ", texts.subList(0, Math.min(3, texts.size()))) + (texts.size() > 3 ? ", …" : "");
    }

    /** The fact another rule table of the workbook reads ("e.g. $c: ComplaintFact"), or what one looks like. */
    private String factExample(RuleTable missing) {
        return ruleTables.stream().filter(t -> t != missing)
            .flatMap(t -> fromHeaderColumn(t, t.header().row() + 2).values().stream())
            .filter(t -> isFact(t) && t.text().contains("$")).findFirst()
            .map(t -> "e.g. " + t.text().trim()).orElse("e.g. $f: SomeFact");
    }

    /** Drools starts a rule table at any cell beginning with "RuleTable", in any case ({@code ruletable Notes} too). */
    static boolean startsRuleTable(String text) {
        return text.trim().toLowerCase(Locale.ROOT).startsWith("ruletable");
    }

    /**
     * Rule tables no analyst meant: a cell of a sheet of notes that begins with "RuleTable" (typed, or a table's header
     * block copied there to explain it) starts one for Drools. Without a CONDITION column each of its rows, and the block
     * itself when it has none, is a rule that applies to every case; a second table of a name already taken makes rules
     * named as the first one's, which an answer would place on the first table's sheet. One problem on each such
     * {@code RuleTable} cell; none for the shipped workbooks, whose every table has a condition and a name of its own.
     */
    List<RuleProblem> unintendedRuleTables() {
        List<RuleProblem> problems = new ArrayList<>();
        Map<String, RuleTable> seen = new LinkedHashMap<>();
        String keep = "; to keep it as a note, write it so that it does not begin with 'RuleTable' (e.g. 'About "
            + "RuleTable …'), or move the note to the 'Why (sources)' column";
        for (RuleTable table : ruleTables) {
            Text header = table.header();
            RuleTable first = seen.putIfAbsent(table.ruleName().toLowerCase(Locale.ROOT), table);
            if (table.columns().stream().noneMatch(c -> "CONDITION".equals(c.type()))) {
                problems.add(header.problem("'" + header.text().trim() + "' starts a rule table on sheet '" + table.sheet()
                    + "' (every cell beginning with 'RuleTable' does), and it has no CONDITION column in row " + (header.row() + 1)
                    + ", so its rules would apply to every case" + keep + "; a rule table needs a CONDITION column"));
            } else if (first != null) {
                problems.add(header.problem("'" + header.text().trim() + "' starts a second rule table named '" + table.ruleName()
                    + "' (the first is on sheet '" + first.sheet() + "', " + first.header().column() + first.header().row()
                    + "), and rules are told apart by their table's name and row" + keep + "; a rule table needs a name of its own"));
            }
        }
        return List.copyOf(problems);
    }

    Optional<RuleTable> ruleTable(String ruleName) {
        return ruleTables.stream().filter(t -> t.ruleName().equals(ruleName)).findFirst();
    }

    int lastRow(String sheet) {
        Map<Integer, Map<Integer, Text>> rows = cells.getOrDefault(sheet, Map.of());
        return rows.isEmpty() ? 0 : ((TreeMap<Integer, Map<Integer, Text>>) rows).lastKey();
    }

    /**
     * The standard layout: the RuleTable cell, then a row of column types, a row of object
     * types, a row of code templates, a row of labels, then data rows. Data rows are taken up
     * to the next RuleTable cell (or the sheet's end) so that no cell Drools could read is
     * left unchecked.
     */
    private static List<RuleTable> ruleTablesOf(String sheet, Map<Integer, Map<Integer, Text>> rows) {
        List<Text> headers = new ArrayList<>();
        rows.values().forEach(row -> row.values().forEach(cell -> {
            if (startsRuleTable(cell.text())) {
                headers.add(cell);
            }
        }));
        List<RuleTable> tables = new ArrayList<>();
        int lastRow = rows.isEmpty() ? 0 : ((TreeMap<Integer, Map<Integer, Text>>) rows).lastKey();
        for (int i = 0; i < headers.size(); i++) {
            Text header = headers.get(i);
            int typeRow = header.row() + 1;
            int end = i + 1 < headers.size() ? headers.get(i + 1).row() - 1 : lastRow;
            List<Column> columns = new ArrayList<>();
            for (Text type : rows.getOrDefault(typeRow, Map.of()).values()) {
                if (type.col() < header.col()) {
                    continue;
                }
                columns.add(new Column(type.col(), type.text().trim().toUpperCase(Locale.ROOT),
                    rows.getOrDefault(typeRow + 1, Map.of()).get(type.col()),
                    rows.getOrDefault(typeRow + 2, Map.of()).get(type.col())));
            }
            String name = header.text().trim().substring("RuleTable".length()).trim().replace(' ', '_');
            tables.add(new RuleTable(sheet, header, name, List.copyOf(columns), typeRow + 2, typeRow + 4, end));
        }
        return tables;
    }
}
