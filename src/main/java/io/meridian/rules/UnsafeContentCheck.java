package io.meridian.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.meridian.rules.WorkbookLayout.Column;
import io.meridian.rules.WorkbookLayout.RuleTable;
import io.meridian.rules.WorkbookLayout.Text;

/**
 * Refuses, before anything is compiled, every cell whose text would become code in the
 * generated rules rather than a value. Drools pastes cells into DRL as they are, so a cell
 * is judged by where it lands:
 * <ul>
 * <li>inside a quoted template ({@code "$param"}): text only, no quote, backslash (a
 * Java unicode escape is a quote too), control character or code-looking fragment; a
 * semicolon is harmless here, advice sentences use it, and it cannot leave the literal;</li>
 * <li>unquoted ({@code setHonorifics($param)}): a number, true/false or plain words only, so
 * no semicolon, bracket, quote or method call;</li>
 * <li>code templates, object types and workbook properties: only calls of fact setters,
 * getters and removers ({@code drop...}) and of a bound fact's entry methods ({@code $d.day},
 * {@code name}, {@code from}, {@code to}); no class, reflection, process or thread access, and
 * no properties that carry code (Functions, Queries, Declare, Variables).</li>
 * </ul>
 */
final class UnsafeContentCheck {

    private static final Pattern FORBIDDEN_WORDS = Pattern.compile(
        "\\b(System|Runtime|ProcessBuilder|Process|Thread|ThreadGroup|Class|ClassLoader|forName|getClass|getClassLoader"
            + "|exec|eval|reflect|invoke|java|javax|jdk|sun|kcontext|drools|kieRuntime|new|import|File|Files|Path|Paths"
            + "|Socket|URL|URI|Unsafe|MethodHandles?|Field|Method|Constructor|ScriptEngine|exit|halt|getRuntime)\\b");
    private static final Pattern CODE_IN_TEXT = Pattern.compile(
        "\\b(System|Runtime)\\s*\\.|\\bClass\\s*\\.\\s*forName|\\bgetClass\\s*\\(|\\bnew\\s+[A-Za-z_][\\w.]*\\s*[(\\[{]"
            + "|\\bProcessBuilder\\b|\\bgetRuntime\\b|[A-Za-z_]\\w*\\s*\\.\\s*[A-Za-z_]\\w*\\s*\\(|[$@]\\{|\\*/|/\\*");
    private static final Pattern UNQUOTED_VALUE = Pattern.compile("[\\w .+\\-,:]*");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$(param|\\d+)?(?![\\w])");
    private static final Pattern CALL = Pattern.compile("([\\w$.]*)\\s*\\(");
    /** Fact setters and getters, removals ({@code dropNote}), and the entry methods of a bound fact ({@code $d.from}). */
    private static final Pattern ALLOWED_CALL = Pattern.compile(
        "modify|forall|in|memberOf|contains|(\\$\\w+\\.)?(set|add|get|is|drop)\\w*|\\$\\w+\\.(day|name|from|to)");
    private static final Pattern OBJECT_TYPE = Pattern.compile("(\\$\\w+\\s*:\\s*)?[A-Za-z_][\\w.]*");
    private static final Pattern RULE_TABLE_NAME = Pattern.compile("(?i)RuleTable[\\w ]+");
    private static final Set<String> CODE_PROPERTIES = Set.of("functions", "queries", "declare", "variables", "unit");
    private static final Map<String, Pattern> PROPERTY_VALUES = Map.of(
        "ruleset", Pattern.compile("[a-z][\\w]*(\\.[a-z][\\w]*)*"),
        "import", Pattern.compile("io\\.meridian\\.[\\w.]+(\\s*,\\s*io\\.meridian\\.[\\w.]+)*"),
        "sequential", Pattern.compile("(?i)true|false"),
        "sequentialmaxpriority", Pattern.compile("\\d+"),
        "sequentialminpriority", Pattern.compile("\\d+"),
        "escapequotes", Pattern.compile("(?i)true"),
        "numericdisabled", Pattern.compile("(?i)true|false"),
        "dialect", Pattern.compile("java|mvel"));
    /** The settings that apply to every rule of the workbook: its package, its imports, how its rules run. */
    private static final Set<String> ENGINE_SETTINGS = Set.of("ruleset", "import", "sequential", "sequentialmaxpriority",
        "sequentialminpriority", "escapequotes", "numericdisabled", "dialect");
    private static final Set<String> VALUE_COLUMNS = Set.of("PRIORITY", "SALIENCE", "ACTIVATION-GROUP", "AGENDA-GROUP",
        "RULEFLOW-GROUP", "NO-LOOP", "DURATION", "TIMER", "CALENDARS", "LOCK-ON-ACTIVE", "AUTO-FOCUS", "DATE-EFFECTIVE",
        "DATE-EXPIRES", "ENABLED");

    private UnsafeContentCheck() {
    }

    static List<RuleProblem> check(WorkbookLayout layout) {
        List<RuleProblem> problems = new ArrayList<>();
        Optional<String> settingsSheet = settingsSheet(layout);
        for (String sheet : layout.ruleSheets()) {
            checkProperties(layout, sheet, problems);
            settingsSheet.filter(s -> !s.equals(sheet)).ifPresent(s -> settingsElsewhere(layout, sheet, s, problems));
        }
        for (RuleTable table : layout.ruleTables()) {
            checkRuleTable(layout, table, problems);
        }
        return problems;
    }

    /** The sheet whose cell reads {@code RuleSet}: where a workbook keeps its settings (the shipped ones: 'About'). */
    private static Optional<String> settingsSheet(WorkbookLayout layout) {
        return layout.ruleSheets().stream()
            .filter(sheet -> layout.cells(sheet).stream().anyMatch(c -> c.text().trim().equalsIgnoreCase("RuleSet"))).findFirst();
    }

    /**
     * A setting of the workbook's rules ({@code Sequential}, {@code Dialect}, a second {@code RuleSet}, ...) on another sheet than
     * the settings: Drools
     * reads it from any sheet, outside a rule table, and applies it to every rule, so a note of one word on a sheet of notes
     * would change how the whole table decides.
     */
    private static void settingsElsewhere(WorkbookLayout layout, String sheet, String settings, List<RuleProblem> problems) {
        for (Text cell : layout.cells(sheet)) {
            String key = cell.text().trim().toLowerCase(Locale.ROOT);
            if (ENGINE_SETTINGS.contains(key) && layout.ruleTables().stream().noneMatch(t -> within(t, cell))) {
                problems.add(cell.problem("'" + cell.text().trim() + "' on sheet '" + sheet + "' is a Drools setting, which Drools"
                    + " reads from any sheet and applies to every rule of the workbook: settings belong beside RuleSet on sheet '"
                    + settings + "'; to keep it as a note, write more than the one word (e.g. 'Note: " + key + "')"));
            }
        }
    }

    /** Whether {@code cell} lies in {@code table}'s block (its header, columns and rule rows), where Drools reads no setting. */
    private static boolean within(RuleTable table, Text cell) {
        return table.sheet().equals(cell.sheet()) && cell.row() >= table.header().row() && cell.row() <= table.lastDataRow()
            && cell.col() >= table.header().col();
    }

    private static void checkProperties(WorkbookLayout layout, String sheet, List<RuleProblem> problems) {
        for (Text cell : layout.cells(sheet)) {
            String key = cell.text().trim().toLowerCase(Locale.ROOT);
            if (CODE_PROPERTIES.contains(key)) {
                problems.add(cell.problem("unsafe content: '" + cell.text().trim()
                    + "' would add program code to the rules; workbooks may hold values only"));
                continue;
            }
            Pattern allowed = PROPERTY_VALUES.get(key);
            if (allowed != null) {
                layout.row(sheet, cell.row()).values().stream().filter(c -> c.col() > cell.col()).findFirst()
                    .filter(value -> !allowed.matcher(value.text().trim()).matches())
                    .ifPresent(value -> problems.add(value.problem("unsafe content: not allowed as the value of '"
                        + cell.text().trim() + "'")));
            }
        }
    }

    private static void checkRuleTable(WorkbookLayout layout, RuleTable table, List<RuleProblem> problems) {
        if (!RULE_TABLE_NAME.matcher(table.header().text().trim()).matches()) {
            problems.add(table.header().problem("unsafe content: a RuleTable name may hold letters, digits and spaces only"));
        }
        for (Column column : table.columns()) {
            if (column.carriesCode()) {
                if (column.objectType() != null && !OBJECT_TYPE.matcher(column.objectType().text().trim()).matches()) {
                    problems.add(column.objectType().problem("unsafe content: an object type is a fact class name, "
                        + "optionally bound as in '$e: EtiquetteFact'"));
                }
                if (column.code() != null) {
                    checkTemplate(column.code(), problems);
                }
            }
            for (int row = table.firstDataRow(); row <= table.lastDataRow(); row++) {
                layout.cell(table.sheet(), row, column.col()).ifPresent(cell -> checkValue(column, cell, problems));
            }
        }
    }

    private static void checkTemplate(Text code, List<RuleProblem> problems) {
        String outsideStrings = code.text().replaceAll("\"[^\"]*\"", "\"\"");
        Matcher word = FORBIDDEN_WORDS.matcher(outsideStrings);
        if (word.find()) {
            problems.add(code.problem("unsafe content: '" + word.group() + "' may not appear in a rule template"));
            return;
        }
        Matcher call = CALL.matcher(outsideStrings);
        while (call.find()) {
            if (!ALLOWED_CALL.matcher(call.group(1)).matches()) {
                problems.add(code.problem("unsafe content: a rule template may only call the fact's setters and getters, not '"
                    + (call.group(1).isEmpty() ? "(" : call.group(1) + "(") + "'"));
                return;
            }
        }
    }

    private static void checkValue(Column column, Text cell, List<RuleProblem> problems) {
        String text = cell.text();
        if (hasControlCharacter(text)) {
            problems.add(cell.problem("unsafe content: line breaks and control characters are not allowed in a rule cell"));
            return;
        }
        switch (column.type()) {
            case "CONDITION", "ACTION" -> {
                if (column.code() == null) {
                    return;
                }
                boolean quoted = placedInQuotes(column.code().text());
                Matcher percent = PERCENT.matcher(text.trim());
                if (!quoted && percent.matches()) {
                    // a share typed as text, e.g. into a cell formatted as text; one formatted as a percentage reads as the share
                    problems.add(cell.problem("'" + text.trim() + "' is a percentage, and this column takes the share as a number: write "
                        + new java.math.BigDecimal(percent.group(1).replace(',', '.')).movePointLeft(2).stripTrailingZeros().toPlainString()
                        + " (or format the cell as a percentage)"));
                    return;
                }
                String problem = quoted ? quotedProblem(text) : unquotedProblem(text);
                if (problem != null) {
                    problems.add(cell.problem("unsafe content: " + problem));
                }
            }
            case "DESCRIPTION" -> {
                if (text.contains("*/") || text.contains("/*")) {
                    problems.add(cell.problem("unsafe content: '*/' and '/*' are not allowed in a description"));
                }
            }
            case "NAME" -> {
                String problem = quotedProblem(text);
                if (problem != null) {
                    problems.add(cell.problem("unsafe content: " + problem));
                }
            }
            default -> {
                if (VALUE_COLUMNS.contains(column.type()) && !UNQUOTED_VALUE.matcher(text.trim()).matches()) {
                    problems.add(cell.problem("unsafe content: only a number, a date or plain words may stand in a "
                        + column.type() + " column"));
                } else if ("METADATA".equals(column.type())) {
                    problems.add(cell.problem("unsafe content: METADATA columns are not allowed"));
                }
            }
        }
    }

    /** True when every placeholder of the template sits between double quotes. */
    static boolean placedInQuotes(String template) {
        Matcher m = PLACEHOLDER.matcher(template);
        boolean any = false;
        while (m.find()) {
            any = true;
            long quotesBefore = template.substring(0, m.start()).chars().filter(c -> c == '"').count();
            if (quotesBefore % 2 == 0) {
                return false;
            }
        }
        return any;
    }

    private static String quotedProblem(String text) {
        if (text.indexOf('"') >= 0) {
            return "double quotes are not allowed in a cell (they would end the text and start program code)";
        }
        if (text.indexOf('\\') >= 0) {
            return "backslashes are not allowed in a cell";
        }
        Matcher code = CODE_IN_TEXT.matcher(text);
        if (code.find()) {
            return "'" + code.group().trim() + "' looks like program code, which a rule cell may not hold";
        }
        return null;
    }

    /** A percentage written as text: {@code 75%}, {@code 12.5 %}, {@code 80,5%}. */
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*%");

    private static String unquotedProblem(String text) {
        String value = text.trim();
        Matcher word = FORBIDDEN_WORDS.matcher(value);
        if (!UNQUOTED_VALUE.matcher(value).matches()) {
            return "this column takes a number, true/false or a single word; quotes, semicolons, brackets and "
                + "method calls would become program code";
        }
        if (word.find()) {
            return "'" + word.group() + "' may not appear in a rule cell";
        }
        return null;
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) || c == '\u2028' || c == '\u2029');
    }
}
