package io.meridian.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.meridian.names.Nearest;
import io.meridian.rules.WorkbookLayout.Text;
import org.apache.poi.ss.util.CellReference;

/**
 * The analysts' tests of a workbook: the sheet {@code Scenarios}, one scenario per row. A
 * row of column kinds (SCENARIO, GIVEN, EXPECT) sits above a row of column names; each row
 * below is a scenario. A blank EXPECT cell is not checked. Comparison, for the analyst:
 * text ignores case and surrounding blanks; numbers compare as numbers; for a list the cell
 * names the items that must be in it, separated by commas (a whole sentence also works);
 * {@code -} expects nothing at all. An EXPECT column named {@code without} and an output
 * ({@code withoutNotes}) expects that none of the named items is in that output.
 */
final class ScenarioSheet {

    static final String GIVEN = "GIVEN";
    static final String EXPECT = "EXPECT";
    static final String SCENARIO = "SCENARIO";
    static final String NOTHING = "-";
    static final String WITHOUT = "without";

    private ScenarioSheet() {
    }

    /** Runs every scenario of the workbook on the candidate; problems of the sheet itself are thrown. */
    static List<ScenarioResult> run(String table, WorkbookLayout layout, CompiledTable candidate, ScenarioRunner runner) {
        String sheet = layout.sheetNames().stream().filter(WorkbookLayout::isScenarios).findFirst()
            .orElseThrow(() -> new RuleBookException(table, List.of(RuleProblem.ofWorkbook(
                "the workbook has no '" + WorkbookLayout.SCENARIOS + "' sheet: every workbook carries its analysts' scenarios"))));
        Optional<Text> givenHeader = kindsRow(layout, sheet);
        if (givenHeader.isEmpty()) {
            throw new RuleBookException(table, List.of(noKindsRow(layout, sheet)));
        }
        if (runner == null) {
            throw new RuleBookException(table, List.of(new RuleProblem(sheet, null, null, null,
                "no scenario runner is registered for table '" + table + "', so its scenarios cannot be checked")));
        }
        int kindRow = givenHeader.get().row();
        Map<Integer, String> kinds = new LinkedHashMap<>();
        layout.row(sheet, kindRow).values().forEach(c -> kinds.put(c.col(), c.text().trim().toUpperCase(Locale.ROOT)));
        Map<Integer, Text> names = layout.row(sheet, kindRow + 1);
        Map<Integer, Map<Integer, Text>> rows = new TreeMap<>();
        for (int row = kindRow + 2; row <= layout.lastRow(sheet); row++) {
            Map<Integer, Text> cells = layout.row(sheet, row);
            if (!cells.isEmpty()) {
                rows.put(row, cells);
            }
        }
        Optional<RuleProblem> noNames = noNamesRow(sheet, kindRow, kinds, names, rows.values());
        if (noNames.isPresent()) {
            throw new RuleBookException(table, List.of(noNames.get()));
        }
        List<RuleProblem> unread = unreadColumns(layout, sheet, kindRow, kinds, names, rows.values());
        if (!unread.isEmpty()) {
            throw new RuleBookException(table, unread);
        }
        List<ScenarioResult> results = new ArrayList<>();
        for (Map.Entry<Integer, Map<Integer, Text>> filled : rows.entrySet()) {
            int row = filled.getKey();
            Map<Integer, Text> cells = filled.getValue();
            Map<String, String> given = new LinkedHashMap<>();
            String name = null;
            for (Map.Entry<Integer, String> kind : kinds.entrySet()) {
                Text cell = cells.get(kind.getKey());
                Text columnName = names.get(kind.getKey());
                if (cell == null || columnName == null) {
                    continue;
                }
                if (GIVEN.equals(kind.getValue())) {
                    given.put(columnName.text().trim(), cell.text().trim());
                } else if (SCENARIO.equals(kind.getValue())) {
                    name = cell.text().trim();
                }
            }
            if (given.isEmpty()) {
                noInputs(sheet, row, name, kinds, names, cells).ifPresent(results::add);
                continue;
            }
            results.add(runOne(candidate, runner, sheet, row, name == null ? "row " + row : name, given, kinds, names, cells));
        }
        if (results.isEmpty()) {
            throw new RuleBookException(table, List.of(new RuleProblem(sheet, null, null, null,
                "the Scenarios sheet holds no scenario; add at least one row with GIVEN values")));
        }
        return List.copyOf(results);
    }

    /**
     * The columns whose scenario cells would be passed over without a word: a GIVEN or EXPECT column whose name in the
     * row of names was deleted, a named column without its kind (both are read only with the two), and a kind mistyped
     * ({@code EXPCT}), which reads as a column of notes. A deleted header must not make a changed rule pass its scenarios.
     */
    private static List<RuleProblem> unreadColumns(WorkbookLayout layout, String sheet, int kindRow, Map<Integer, String> kinds,
                                                   Map<Integer, Text> names, Collection<Map<Integer, Text>> rows) {
        Map<Integer, List<Text>> valuesByColumn = new TreeMap<>();
        rows.forEach(cells -> cells.values().forEach(c -> valuesByColumn.computeIfAbsent(c.col(), k -> new ArrayList<>()).add(c)));
        List<RuleProblem> problems = new ArrayList<>();
        valuesByColumn.forEach((col, values) -> {
            String kind = kinds.get(col);
            Text name = names.get(col);
            String column = CellReference.convertNumToColString(col);
            String shown = examples(values);
            if (name == null && (GIVEN.equals(kind) || EXPECT.equals(kind))) {
                List<String> others = kinds.entrySet().stream().filter(k -> k.getValue().equals(kind) && names.get(k.getKey()) != null)
                    .map(k -> names.get(k.getKey()).text().trim()).toList();
                String article = EXPECT.equals(kind) ? "an " : "a ";
                problems.add(new RuleProblem(sheet, kindRow + 1, column, null, "column " + column + " is " + article + kind
                    + " column with values (" + shown + ") but no name in row " + (kindRow + 1) + ", so "
                    + (GIVEN.equals(kind) ? "no scenario would be given them" : "none of them would be checked")
                    + ": write the name of the " + (GIVEN.equals(kind) ? "input it gives" : "answer it expects") + " in "
                    + column + (kindRow + 1) + (others.isEmpty() ? "" : ", as the other " + kind + " columns do ("
                    + String.join(", ", others.subList(0, Math.min(others.size(), 4))) + (others.size() > 4 ? ", …" : "") + ")")));
            } else if (name != null && kind == null) {
                problems.add(new RuleProblem(sheet, kindRow, column, null, "column " + column + " '" + name.text().trim()
                    + "' has values (" + shown + ") but no kind in row " + kindRow + ", so none of them would be read: write "
                    + EXPECT + " in " + column + kindRow + " above an answer the scenarios expect, " + GIVEN
                    + " above an input (a column of notes takes a kind of its own, such as NOTE)"));
            } else if (kind != null && !Set.of(GIVEN, EXPECT, SCENARIO).contains(kind)) {
                String written = layout.cell(sheet, kindRow, col).map(Text::text).orElse(kind);
                Nearest.to(kind, List.of(GIVEN, EXPECT, SCENARIO)).ifPresent(meant -> problems.add(new RuleProblem(sheet, kindRow,
                    column, written, "'" + written.trim() + "' is no kind of column, so column " + column + (name == null ? "" : " '" + name.text().trim() + "'")
                    + " would be read as notes and none of its values (" + shown + ") checked: did you mean '" + meant
                    + "'? The kinds are " + SCENARIO + ", " + GIVEN + " and " + EXPECT)));
            }
        });
        return problems;
    }

    /** What a Scenarios row of column kinds is, and where it goes: said when the row is missing. */
    private static final String KINDS = "write in it " + SCENARIO + " above the scenario's name, " + GIVEN + " above each input and "
        + EXPECT + " above each answer the rules must give";

    /**
     * A Scenarios sheet without its row of column kinds (deleted while tidying): on the row of column names, the first row
     * of several cells, saying the row above it is missing and what it holds; on the sheet when no row looks so.
     */
    private static RuleProblem noKindsRow(WorkbookLayout layout, String sheet) {
        for (int row = 1; row <= layout.lastRow(sheet); row++) {
            Map<Integer, Text> cells = layout.row(sheet, row);
            if (cells.size() >= 3) {
                Text first = cells.values().iterator().next();
                return new RuleProblem(sheet, row, first.column(), first.text(), "the row of column kinds above the column names in"
                    + " row " + row + " (" + WorkbookLayout.shown(cells.values()) + ") is missing, so no scenario can be read:"
                    + " insert a row above row " + row + " and " + KINDS);
            }
        }
        return new RuleProblem(sheet, null, null, null, "no row of column kinds: add a row of column kinds above a row of column"
            + " names, and " + KINDS);
    }

    /**
     * A Scenarios sheet whose row of column names was deleted: the first scenario below the kinds is read as the names, so
     * its values (DE, B, PT48H) are names no output has and it runs no more. Told by its values coming again in the same
     * columns of the rows below, which a column's name never does, in more than half of the named input and answer columns.
     */
    private static Optional<RuleProblem> noNamesRow(String sheet, int kindRow, Map<Integer, String> kinds, Map<Integer, Text> names,
                                                    Collection<Map<Integer, Text>> rows) {
        List<Text> named = names.values().stream().filter(n -> GIVEN.equals(kinds.get(n.col())) || EXPECT.equals(kinds.get(n.col())))
            .toList();
        long repeated = named.stream().filter(n -> rows.stream().map(cells -> cells.get(n.col()))
            .anyMatch(c -> c != null && c.text().trim().equalsIgnoreCase(n.text().trim()))).count();
        if (named.size() < 2 || repeated * 2 <= named.size()) {
            return Optional.empty();
        }
        Text first = names.values().iterator().next();
        return Optional.of(new RuleProblem(sheet, kindRow + 1, first.column(), first.text(), "row " + (kindRow + 1) + " holds a"
            + " scenario (" + WorkbookLayout.shown(names.values()) + "), whose values come again in the rows below, where the row"
            + " of column names belongs: below the column kinds in row " + kindRow + " comes a row naming each column. The row of column names is"
            + " missing: insert a row above row " + (kindRow + 1) + " and write in it the name of each input and each answer, as the"
            + " table names them, and Scenario above the scenarios' names"));
    }

    /**
     * A scenario row with a name or an expected answer but no input (its GIVEN cells deleted): it would run nothing and test
     * nothing while its analyst believes it still does, so it fails on its first input cell. None for a row of notes only,
     * or when the sheet names no input column (the sheet's own check says so).
     */
    private static Optional<ScenarioResult> noInputs(String sheet, int row, String name, Map<Integer, String> kinds,
                                                     Map<Integer, Text> names, Map<Integer, Text> cells) {
        List<Integer> inputs = kinds.entrySet().stream().filter(k -> GIVEN.equals(k.getValue()) && names.get(k.getKey()) != null)
            .map(Map.Entry::getKey).toList();
        boolean meant = cells.keySet().stream().anyMatch(col -> SCENARIO.equals(kinds.get(col))
            || EXPECT.equals(kinds.get(col)) && names.get(col) != null);
        if (inputs.isEmpty() || !meant) {
            return Optional.empty();
        }
        String first = CellReference.convertNumToColString(inputs.get(0));
        String last = CellReference.convertNumToColString(inputs.get(inputs.size() - 1));
        List<String> inputNames = inputs.stream().map(col -> names.get(col).text().trim()).toList();
        String shown = name == null ? "row " + row : "'" + name + "'";
        String where = inputs.size() == 1 ? "in " + first + row : "in " + first + row + " to " + last + row;
        return Optional.of(new ScenarioResult(name == null ? "row " + row : name, row, 0, List.of(new RuleProblem(sheet, row, first, null,
            "scenario " + shown + " gives no inputs: its GIVEN cells (" + String.join(", ", inputNames) + ") are all empty, so it"
                + " would run nothing and could not fail: write the inputs it is about " + where + ", or delete the row"))));
    }

    /** A column's first values with their rows, as a problem names them: "row 7: PT48H, row 8: PT48H, …". */
    private static String examples(List<Text> values) {
        return String.join(", ", values.stream().limit(2).map(v -> "row " + v.row() + ": " + v.text().trim()).toList())
            + (values.size() > 2 ? ", …" : "");
    }

    /** The first GIVEN cell of {@code sheet}: its row holds the column kinds, the row below the column names. */
    static Optional<Text> kindsRow(WorkbookLayout layout, String sheet) {
        return layout.cells(sheet).stream().filter(c -> GIVEN.equalsIgnoreCase(c.text().trim())).findFirst();
    }

    /**
     * The filled rows of the workbook's Scenarios sheet below its row of column names, each cell by its column's name as
     * {@link #key} writes it ({@code observanceKinds} as {@code observancekinds}, "Why (sources)" as {@code whysources}),
     * whatever the column's kind; none when the sheet or its row of kinds is missing (the scenarios' own check says so).
     */
    static List<ScenarioRow> rows(WorkbookLayout layout) {
        Optional<String> sheet = layout.sheetNames().stream().filter(WorkbookLayout::isScenarios).findFirst();
        Optional<Text> kinds = sheet.flatMap(s -> kindsRow(layout, s));
        if (kinds.isEmpty()) {
            return List.of();
        }
        Map<Integer, Text> names = layout.row(sheet.get(), kinds.get().row() + 1);
        List<ScenarioRow> rows = new ArrayList<>();
        for (int row = kinds.get().row() + 2; row <= layout.lastRow(sheet.get()); row++) {
            Map<String, String> cells = new LinkedHashMap<>();
            layout.row(sheet.get(), row).forEach((col, cell) -> {
                Text name = names.get(col);
                if (name != null) {
                    cells.put(key(name.text()), cell.text().trim());
                }
            });
            if (!cells.isEmpty()) {
                rows.add(new ScenarioRow(sheet.get(), row, Map.copyOf(cells)));
            }
        }
        return List.copyOf(rows);
    }

    private static ScenarioResult runOne(CompiledTable candidate, ScenarioRunner runner, String sheet, int row, String name,
                                         Map<String, String> given, Map<Integer, String> kinds, Map<Integer, Text> names,
                                         Map<Integer, Text> cells) {
        Map<String, Object> actual;
        try {
            actual = normalized(runner.run(candidate, given));
        } catch (RuntimeException e) {
            String message = e instanceof IllegalArgumentException || e.getMessage() != null
                ? e.getMessage() : e.getClass().getSimpleName();
            // the input the message names and quotes ("GIVEN elapsedShare '0,8' is not a number"): the cell to fix
            Optional<Text> input = cells.values().stream().filter(c -> names.get(c.col()) != null
                && message.contains("'" + c.text().trim() + "'") && message.contains(names.get(c.col()).text().trim())).findFirst();
            return new ScenarioResult(name, row, 0, List.of(new RuleProblem(sheet, row, input.map(Text::column).orElse(null),
                input.map(Text::text).orElse(null), "scenario '" + name + "' could not run: " + message)));
        }
        List<RuleProblem> failures = new ArrayList<>();
        int checked = 0;
        for (Map.Entry<Integer, String> kind : kinds.entrySet()) {
            Text expected = cells.get(kind.getKey());
            Text output = names.get(kind.getKey());
            if (!EXPECT.equals(kind.getValue()) || expected == null || output == null) {
                continue;
            }
            checked++;
            String key = key(output.text());
            boolean absence = !actual.containsKey(key) && key.startsWith(WITHOUT) && actual.containsKey(key.substring(WITHOUT.length()));
            if (absence) {
                key = key.substring(WITHOUT.length());
            }
            if (!actual.containsKey(key)) {
                failures.add(new RuleProblem(sheet, row, expected.column(), expected.text(),
                    "scenario '" + name + "': no output named '" + output.text().trim() + "'", expected.text().trim(), null));
                continue;
            }
            Object value = actual.get(key);
            if (absence ? !matchesNone(expected.text().trim(), value) : !matches(expected.text().trim(), value)) {
                String shown = show(value);
                failures.add(new RuleProblem(sheet, row, expected.column(), expected.text(),
                    "scenario '" + name + "' expected " + output.text().trim() + " " + expected.text().trim()
                        + ", the rules answer " + shown + firedRows(candidate, actual.get(key("firedRules")))
                        + (actual.get(key(ScenarioRunner.INPUT_NOTE)) instanceof String note ? "; " + note : "")
                        + listDifference(expected.text().trim(), value, absence), expected.text().trim(), shown));
            }
        }
        if (checked == 0) {
            Optional<Text> nameCell = kinds.entrySet().stream().filter(k -> SCENARIO.equals(k.getValue()))
                .map(k -> cells.get(k.getKey())).filter(Objects::nonNull).findFirst();
            failures.add(new RuleProblem(sheet, row, nameCell.map(Text::column).orElse(null), nameCell.map(Text::text).orElse(null),
                "scenario '" + name + "' expects nothing, so it cannot fail: fill at least one of its EXPECT cells with the answer"
                    + " the rules must give (- expects an empty answer), or delete the row"));
        }
        return new ScenarioResult(name, row, checked, List.copyOf(failures));
    }

    /** The rows whose rules gave the answer, where the analyst looks for the change that made it: " (rows that fired: Countries row 50, …)". */
    private static String firedRows(CompiledTable candidate, Object firedRules) {
        if (!(firedRules instanceof Collection<?> rules) || rules.isEmpty()) {
            return "";
        }
        List<String> rows = rules.stream().map(rule -> candidate.locate(String.valueOf(rule)))
            .filter(fired -> fired.sheet() != null && fired.row() > 0)
            .map(fired -> fired.sheet() + " row " + fired.row()).distinct().toList();
        return rows.isEmpty() ? "" : " (rows that fired: " + String.join(", ", rows) + ")";
    }

    static boolean matches(String expected, Object actual) {
        if (NOTHING.equals(expected)) {
            return actual == null || (actual instanceof Collection<?> c && c.isEmpty()) || actual.toString().isBlank();
        }
        if (actual instanceof Collection<?> items) {
            List<String> present = items.stream().map(i -> String.valueOf(i).trim()).toList();
            if (present.stream().anyMatch(expected::equalsIgnoreCase)) {
                return true;
            }
            for (String item : expected.split(",")) {
                if (!item.isBlank() && present.stream().noneMatch(item.trim()::equalsIgnoreCase)) {
                    return false;
                }
            }
            return true;
        }
        if (actual == null) {
            return false;
        }
        String value = actual.toString().trim();
        if (value.equalsIgnoreCase(expected)) {
            return true;
        }
        try {
            return new BigDecimal(value).compareTo(new BigDecimal(expected)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** For a without column: no named item (a whole sentence, or each comma-separated part) is in the list. */
    static boolean matchesNone(String expected, Object actual) {
        if (!(actual instanceof Collection<?> items)) {
            return !matches(expected, actual);
        }
        List<String> present = items.stream().map(i -> String.valueOf(i).trim()).toList();
        if (present.stream().anyMatch(expected::equalsIgnoreCase)) {
            return false;
        }
        for (String item : expected.split(",")) {
            if (!item.isBlank() && present.stream().anyMatch(item.trim()::equalsIgnoreCase)) {
                return false;
            }
        }
        return true;
    }

    /**
     * For a list, the items that made a scenario fail, as a long list of advice sentences hides them: "; not in the answer:
     * 'At a meeting in person, arrive 15 minutes early.'", or for a {@code without} column "; in the answer, which it
     * should not be: '…'". Empty for anything else.
     */
    static String listDifference(String expected, Object actual, boolean absence) {
        if (!(actual instanceof Collection<?> items) || NOTHING.equals(expected)) {
            return "";
        }
        List<String> present = items.stream().map(i -> String.valueOf(i).trim()).toList();
        List<String> named = present.stream().anyMatch(expected::equalsIgnoreCase) ? List.of(expected)
            : Arrays.stream(expected.split(",")).map(String::trim).filter(i -> !i.isEmpty()).toList();
        List<String> odd = named.stream().filter(i -> absence == present.stream().anyMatch(i::equalsIgnoreCase)).toList();
        if (!absence && odd.size() == named.size() && named.size() > 1) {
            odd = List.of(expected); // one item with commas of its own (a sentence) that is not there
        }
        if (odd.isEmpty()) {
            return "";
        }
        return (absence ? "; in the answer, which it should not be: " : "; not in the answer: ")
            + String.join(", ", odd.stream().map(i -> "'" + i + "'").toList());
    }

    private static String show(Object value) {
        if (value == null) {
            return NOTHING;
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty() ? NOTHING : String.join(", ", items.stream().map(String::valueOf).toList());
        }
        return value.toString();
    }

    private static Map<String, Object> normalized(Map<String, Object> outputs) {
        Map<String, Object> byKey = new LinkedHashMap<>();
        outputs.forEach((name, value) -> byKey.put(key(name), value));
        return byKey;
    }

    /** Column names match outputs whatever their case, blanks, hyphens or underscores. */
    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
