package io.meridian.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a broken code template from a broken cell. Drools compiles one rule per data row, so a
 * template it cannot compile fails every row that fills its column: those errors become one
 * problem on the template cell. A single cell Drools cannot read gets a message in the
 * analyst's words ("true or false expected") instead of the compiler's.
 */
final class TemplateFaults {

    private static final Pattern UNRESOLVED = Pattern.compile("Rule Compilation error (\\S+) cannot be resolved to a variable");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    /** A number written with a decimal comma, as a German or French locale shows it: {@code 0,8}. */
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(-?\\d+),(\\d+)");
    /** A placeholder outside quotes: the cell's text becomes code, such as a number. */
    private static final Pattern BARE_PARAM = Pattern.compile("(^|[^\"])\\$param($|[^\"])");

    private TemplateFaults() {
    }

    /** Errors that fail every filled row of one column (at least two) become one problem on that column's template. */
    static List<RuleProblem> merge(List<RuleProblem> problems, WorkbookLayout layout) {
        Map<String, List<RuleProblem>> byColumn = new LinkedHashMap<>();
        for (RuleProblem p : problems) {
            if (p.sheet() != null && p.column() != null && p.row() != null) {
                byColumn.computeIfAbsent(p.sheet() + "!" + p.column(), k -> new ArrayList<>()).add(p);
            }
        }
        List<RuleProblem> merged = new ArrayList<>();
        List<RuleProblem> replaced = new ArrayList<>();
        byColumn.forEach((key, failing) -> {
            RuleProblem first = failing.get(0);
            Optional<WorkbookLayout.RuleTable> table = layout.ruleTables().stream()
                .filter(t -> t.sheet().equals(first.sheet()) && first.row() >= t.firstDataRow() && first.row() <= t.lastDataRow())
                .findFirst();
            if (table.isEmpty() || failing.size() < 2) {
                return;
            }
            int col = org.apache.poi.ss.util.CellReference.convertColStringToIndex(first.column());
            Optional<WorkbookLayout.Column> column = table.get().column(col);
            long filled = layout.cells(first.sheet()).stream()
                .filter(c -> c.col() == col && c.row() >= table.get().firstDataRow() && c.row() <= table.get().lastDataRow())
                .count();
            long rows = failing.stream().map(RuleProblem::row).distinct().count();
            if (column.isEmpty() || column.get().code() == null || rows < filled) {
                return;
            }
            String reason = first.message().replaceFirst("^Drools (error|warning) in rule \\S+: ", "");
            merged.add(column.get().code().problem("the code template of this column is wrong, so all " + rows
                + " rows that fill the column fail to build (first: row " + first.row() + "): " + reason));
            replaced.addAll(failing);
        });
        // errors Drools could not tie to a line (a syntax error) fail every rule of the table: find the template
        for (WorkbookLayout.RuleTable table : layout.ruleTables()) {
            List<RuleProblem> inTable = problems.stream().filter(p -> table.sheet().equals(p.sheet())
                && p.row() != null && p.row() >= table.firstDataRow() && p.row() <= table.lastDataRow()).toList();
            List<RuleProblem> untied = inTable.stream().filter(p -> p.column() == null).toList();
            if (untied.size() < 2) {
                continue;
            }
            String reason = droolsReason(untied.get(0));
            // the same error that Drools happened to tie to some line of a rule (e.g. the last rule's last action)
            List<RuleProblem> unplaced = inTable.stream()
                .filter(p -> p.column() == null || droolsReason(p).equals(reason)).toList();
            List<WorkbookLayout.Column> suspects = table.columns().stream()
                .filter(c -> c.carriesCode() && c.code() != null && !balanced(c.code().text())).toList();
            String message = "every rule of this table fails to build (" + unplaced.size() + " rows): " + reason;
            merged.add(suspects.size() == 1
                ? suspects.get(0).code().problem("the code template of this column is wrong (brackets or quotes do not pair up), so "
                    + message)
                : table.header().problem(message + "; look at the code templates in row " + table.codeRow()));
            replaced.addAll(unplaced);
        }
        List<RuleProblem> result = new ArrayList<>(merged);
        problems.stream().filter(p -> !replaced.contains(p)).map(p -> inAnalystWords(p, layout)).forEach(result::add);
        return List.copyOf(result);
    }

    private static String droolsReason(RuleProblem problem) {
        return problem.message().replaceFirst("^Drools (error|warning) in rule \\S+: ", "");
    }

    private static boolean balanced(String code) {
        int round = 0;
        int curly = 0;
        int quotes = 0;
        for (char c : code.toCharArray()) {
            switch (c) {
                case '(' -> round++;
                case ')' -> round--;
                case '{' -> curly++;
                case '}' -> curly--;
                case '"' -> quotes++;
                default -> { }
            }
            if (round < 0 || curly < 0) {
                return false;
            }
        }
        return round == 0 && curly == 0 && quotes % 2 == 0;
    }

    private static RuleProblem inAnalystWords(RuleProblem problem, WorkbookLayout layout) {
        if (problem.sheet() == null || problem.column() == null || problem.row() == null || problem.cell() == null) {
            return problem;
        }
        int col = org.apache.poi.ss.util.CellReference.convertColStringToIndex(problem.column());
        return layout.ruleTables().stream()
            .filter(t -> t.sheet().equals(problem.sheet()) && problem.row() >= t.firstDataRow() && problem.row() <= t.lastDataRow())
            .findFirst()
            .flatMap(t -> t.column(col).flatMap(c -> inAnalystWords(problem.message(), problem.cell(), t, c, layout)))
            .map(words -> new RuleProblem(problem.sheet(), problem.row(), problem.column(), problem.cell(), words))
            .orElse(problem);
    }

    /** Whether {@code drlLine} is what {@code template} makes of some cell value. */
    static boolean produced(String template, String drlLine) {
        if (drlLine == null || drlLine.isBlank() || !template.contains("$param")) {
            return false;
        }
        String[] parts = template.trim().split("\\$param", -1);
        StringBuilder regex = new StringBuilder(".*");
        for (int i = 0; i < parts.length; i++) {
            regex.append(Pattern.quote(parts[i]));
            if (i < parts.length - 1) {
                regex.append(".*");
            }
        }
        return Pattern.compile(regex.append(".*").toString()).matcher(drlLine.trim()).matches();
    }

    /**
     * "X cannot be resolved to a variable" for the cell's own text means an unquoted template got a
     * word: say what the column takes, judged by what its other cells hold. A number with a decimal comma in an unquoted
     * template is two numbers to Drools ("Predicate '8' must be a Boolean expression"): say how to write it.
     */
    static Optional<String> inAnalystWords(String drools, String value, WorkbookLayout.RuleTable table,
                                           WorkbookLayout.Column column, WorkbookLayout layout) {
        Matcher comma = DECIMAL_COMMA.matcher(value.trim());
        if (comma.matches() && column.code() != null && BARE_PARAM.matcher(column.code().text()).find()) {
            return Optional.of("'" + value.trim() + "' is not a number here: write it with a decimal point, "
                + comma.group(1) + "." + comma.group(2) + " (the cell takes the number as it is written, whatever the"
                + " spreadsheet's language)");
        }
        Matcher m = UNRESOLVED.matcher(drools);
        if (!m.find() || !m.group(1).equals(value.trim())) {
            return Optional.empty();
        }
        List<String> others = layout.cells(table.sheet()).stream()
            .filter(c -> c.col() == column.col() && c.row() >= table.firstDataRow() && c.row() <= table.lastDataRow())
            .map(c -> c.text().trim()).filter(t -> !t.equals(value.trim())).toList();
        if (!others.isEmpty() && others.stream().allMatch(t -> t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false"))) {
            return Optional.of("true or false expected");
        }
        if (!others.isEmpty() && others.stream().allMatch(t -> NUMBER.matcher(t).matches())) {
            return Optional.of("a number expected");
        }
        return Optional.of("'" + value.trim() + "' is not a value this column takes (it is read as a name, not as text)");
    }
}
