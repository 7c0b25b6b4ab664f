package io.meridian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.meridian.complaint.Severity;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * The complaint-handling workbook as a DMN 1.3 decision requirements graph for Camunda's DMN
 * engine, generated from the workbook's own rows every time it is needed, so the DMN and the
 * Drools table cannot drift apart. {@link #main} writes it to {@code target/complaint-handling.dmn}
 * to open in Camunda Modeler.
 * <p>
 * The Drools table fires its sheets top to bottom on one fact: Categories set the starting
 * severity and team, Adjustments raise the severity (never beyond CRITICAL), set the channel
 * and add guidance, Response times and Guidance read the final severity. In DMN each of these
 * is a decision table: a value that a later Drools row overwrites is a FIRST hit table over the
 * rows in reverse order; the raises are a COLLECT SUM table (raises are never negative, so
 * summing and then capping at CRITICAL equals capping at each step); the guidance sentences of
 * both sheets are one COLLECT table in row order. A last decision, {@code handling}, gathers the
 * answer, each sentence once as Drools adds it.
 * <p>
 * The expressions are JUEL ({@code expressionLanguage="juel"} on the definitions), as a Camunda 7
 * table is written for speed: the engine parses a JUEL expression once, with the decision, but a
 * FEEL one on every evaluation, and each FEEL evaluation also builds FEEL's built-in functions
 * anew (Camunda 7.24 with FEEL Scala 1.19.3: 50-120 µs an expression in the test JVM; written in
 * FEEL this graph evaluated 92 a decision, 6 ms there and 2.6 ms in {@link DecisionEngineBenchmark}).
 * An input entry tests the column's value, {@code cellInput}.
 * <p>
 * Conditions are translated from the column's code template: {@code field == "$param"},
 * {@code forall(||){field == "$"}} (a comma list) and {@code field >= $param}; any other
 * template is refused, so a new kind of column cannot be silently ignored.
 */
public final class ComplaintDmn {

    public static final String DECISION = "handling";

    private static final Pattern EQUALS = Pattern.compile("^(\\w+) == \"\\$param\"$");
    private static final Pattern ANY_OF = Pattern.compile("^forall\\(\\|\\|\\)\\{(\\w+) == \"\\$\"}$");
    private static final Pattern AT_LEAST = Pattern.compile("^(\\w+) >= \\$param$");
    private static final Map<String, String> INPUT_TYPES = Map.of("orderValue", "double");
    /** The name under which Camunda gives an input entry its column's value. */
    private static final String CELL = "cellInput";
    /** The actions of the four sheets that the graph below translates. */
    static final List<String> CARRIED_ACTIONS = List.of("setSeverity", "setTeam", "getSeverityRaisedBy", "setChannel",
        "setFirstResponse", "setCrisis", "setSeniorContact", "addGuidance");

    private ComplaintDmn() {
    }

    /** One data row of a RuleTable block: its condition cells by field, its action cells by action template. */
    record Rule(int row, Map<String, String> conditions, Map<String, String> actions) {
        String action(String templatePart) {
            return actions.entrySet().stream().filter(e -> e.getKey().contains(templatePart)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
        }
    }

    /** A column's field and the JUEL test of its value ({@code cellInput}) a row puts in it. */
    record Condition(String field, String test) {
    }

    private record In(String label, String expression, String type) {
    }

    private record Out(String name, String type) {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "target/complaint-handling.dmn");
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, fromWorkbook(Files.readAllBytes(Path.of("rules/complaint-handling.drl.xlsx"))));
    }

    /** The DMN XML for the workbook's bytes. */
    public static String fromWorkbook(byte[] workbook) {
        Map<String, List<Rule>> tables = read(workbook);
        List<Rule> categories = tables.get("Categories");
        List<Rule> adjustments = tables.get("Adjustments");
        List<Rule> responseTimes = tables.get("ResponseTimes");
        List<Rule> guidance = tables.get("Guidance");
        if (categories == null || adjustments == null || responseTimes == null || guidance == null) {
            throw new IllegalStateException("the workbook lacks one of the rule tables Categories, Adjustments, ResponseTimes, Guidance: "
                + tables.keySet());
        }
        assertThat(untranslatedActions(tables))
            .as("workbook actions this DMN graph does not carry: with them left out it would answer otherwise than Drools")
            .isEmpty();
        StringBuilder dmn = new StringBuilder("""
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="complaintHandling" name="Complaint handling"
                         namespace="https://meridian.io/dmn/complaint-handling" expressionLanguage="juel">
            """);
        List<String> categoryInputs = List.of("category");
        List<String> adjustmentInputs = List.of("category", "wording", "feedback", "tier", "orderValue");

        // Categories: starting severity (as its rank) and team; a later matching row overwrites an earlier one
        table(dmn, "categories", "FIRST", null, List.of(), inputs(categoryInputs),
            List.of(output("baseRank", "integer"), output("team", "string")),
            reversed(categories).stream().map(r -> rule(r, categoryInputs,
                List.of(String.valueOf(Severity.valueOf(r.action("setSeverity").trim()).ordinal()), quote(r.action("setTeam")))))
                .toList());
        // Adjustments: the raises add up; a catch-all 0 so the sum exists when no row matches
        List<String[]> raiseRows = new ArrayList<>();
        for (Rule r : adjustments) {
            if (r.action("getSeverityRaisedBy") != null) {
                raiseRows.add(rule(r, adjustmentInputs, List.of(r.action("getSeverityRaisedBy").trim())));
            }
        }
        raiseRows.add(catchAll(adjustmentInputs.size(), "0"));
        table(dmn, "raise", "COLLECT", "SUM", List.of(), inputs(adjustmentInputs), List.of(output("raise", "integer")), raiseRows);
        List<String[]> channelRows = new ArrayList<>(reversed(adjustments).stream().filter(r -> r.action("setChannel") != null)
            .map(r -> rule(r, adjustmentInputs, List.of(quote(r.action("setChannel"))))).toList());
        channelRows.add(catchAll(adjustmentInputs.size(), quote("EMAIL")));
        table(dmn, "channel", "FIRST", null, List.of(), inputs(adjustmentInputs), List.of(output("channel", "string")), channelRows);
        // the final severity: the starting rank raised, capped at the highest severity
        Severity[] severities = Severity.values();
        List<String[]> severityRows = new ArrayList<>();
        for (Severity severity : severities) {
            severityRows.add(new String[] {(severity.ordinal() == severities.length - 1 ? CELL + " >= " : CELL + " == ")
                + severity.ordinal(), quote(severity.name())});
        }
        table(dmn, "severity", "FIRST", null, List.of("categories", "raise"),
            List.of(new In("rank", "baseRank + raise", "integer")), List.of(output("severity", "string")), severityRows);
        // Response times read the final severity
        List<String> responseInputs = List.of("severity");
        table(dmn, "response", "FIRST", null, List.of("severity"), inputs(responseInputs),
            List.of(output("firstResponse", "string"), output("crisis", "boolean")),
            reversed(responseTimes).stream().map(r -> rule(r, responseInputs,
                List.of(quote(r.action("setFirstResponse")), r.action("setCrisis").trim().toLowerCase(Locale.ROOT)))).toList());
        // Guidance: senior contact (last matching row wins, default false)
        List<String> guidanceInputs = List.of("category", "hierarchy", "severity");
        List<String[]> seniorRows = new ArrayList<>(reversed(guidance).stream().filter(r -> r.action("setSeniorContact") != null)
            .map(r -> rule(r, guidanceInputs, List.of(r.action("setSeniorContact").trim().toLowerCase(Locale.ROOT)))).toList());
        seniorRows.add(catchAll(guidanceInputs.size(), "false"));
        table(dmn, "seniorContact", "FIRST", null, List.of("severity"), inputs(guidanceInputs),
            List.of(output("seniorContact", "boolean")), seniorRows);
        // the sentences, in the order Drools adds them: the Adjustments rows', then the Guidance rows'
        List<String> sentenceInputs = new ArrayList<>(adjustmentInputs);
        guidanceInputs.stream().filter(f -> !sentenceInputs.contains(f)).forEach(sentenceInputs::add);
        List<String[]> sentenceRows = new ArrayList<>();
        for (Rule r : concat(adjustments, guidance)) {
            if (r.action("addGuidance") != null) {
                sentenceRows.add(rule(r, sentenceInputs, List.of(quote(r.action("addGuidance")))));
            }
        }
        table(dmn, "guidance", "COLLECT", null, List.of("severity"), inputs(sentenceInputs), List.of(output("guidance", "string")),
            sentenceRows);
        // the answer, each sentence once as Drools adds it. Camunda 7 gives a COLLECT result as a list, and none
        // when no row matches: the Guidance sheet's sentences for every category always do (without them the
        // evaluation would stop with an error, not answer differently)
        table(dmn, DECISION, "UNIQUE", null,
            List.of("categories", "channel", "severity", "response", "seniorContact", "guidance"),
            List.of(new In("category", "category", "string")),
            List.of(output("severity", "string"), output("team", "string"), output("channel", "string"),
                output("firstResponse", "string"), output("crisis", "boolean"), output("seniorContact", "boolean"),
                output("guidance", null)),
            List.<String[]>of(new String[] {"", "severity", "team", "channel", "firstResponse", "crisis", "seniorContact",
                "guidance.stream().distinct().toList()"}));
        return dmn.append("</definitions>\n").toString();
    }

    /** Each action cell whose code template is none of {@link #CARRIED_ACTIONS}, as "sheet row N: template". */
    static List<String> untranslatedActions(Map<String, List<Rule>> tables) {
        List<String> untranslated = new ArrayList<>();
        tables.forEach((table, rules) -> rules.forEach(r -> r.actions().keySet().stream()
            .filter(template -> CARRIED_ACTIONS.stream().noneMatch(template::contains))
            .forEach(template -> untranslated.add(table + " row " + r.row() + ": " + template))));
        return untranslated;
    }

    private static List<In> inputs(List<String> fields) {
        return fields.stream().map(f -> new In(f, f, INPUT_TYPES.getOrDefault(f, "string"))).toList();
    }

    private static Out output(String name, String type) {
        return new Out(name, type);
    }

    private static String[] catchAll(int inputs, String... outputs) {
        String[] cells = new String[inputs + outputs.length];
        Arrays.fill(cells, 0, inputs, "");
        System.arraycopy(outputs, 0, cells, inputs, outputs.length);
        return cells;
    }

    /** Input entries in the order of {@code inputs} (blank = any), then the output entries. */
    private static String[] rule(Rule rule, List<String> inputs, List<String> outputs) {
        Map<String, String> byField = new LinkedHashMap<>();
        rule.conditions().forEach((template, cell) -> {
            Condition condition = condition(template, cell);
            if (!inputs.contains(condition.field())) {
                throw new IllegalStateException("row " + rule.row() + " tests " + condition.field() + ", which this decision does not take");
            }
            byField.put(condition.field(), condition.test());
        });
        String[] cells = new String[inputs.size() + outputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            cells[i] = byField.getOrDefault(inputs.get(i), "");
        }
        for (int i = 0; i < outputs.size(); i++) {
            cells[inputs.size() + i] = outputs.get(i);
        }
        return cells;
    }

    static Condition condition(String template, String cell) {
        Matcher m = EQUALS.matcher(template);
        if (m.matches()) {
            return new Condition(m.group(1), CELL + " == " + quote(cell));
        }
        m = ANY_OF.matcher(template);
        if (m.matches()) {
            return new Condition(m.group(1), Arrays.stream(cell.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> CELL + " == " + quote(s)).collect(Collectors.joining(" || ")));
        }
        m = AT_LEAST.matcher(template);
        if (m.matches()) {
            return new Condition(m.group(1), CELL + " >= " + Double.parseDouble(cell.trim()));
        }
        throw new IllegalStateException("no DMN translation for the condition template '" + template + "'");
    }

    private static void table(StringBuilder dmn, String id, String hitPolicy, String aggregation, List<String> requires,
                              List<In> inputs, List<Out> outputs, List<String[]> rules) {
        dmn.append("  <decision id=\"").append(id).append("\" name=\"").append(id).append("\">\n");
        for (String required : requires) {
            dmn.append("    <informationRequirement id=\"").append(id).append("_needs_").append(required)
                .append("\"><requiredDecision href=\"#").append(required).append("\"/></informationRequirement>\n");
        }
        dmn.append("    <decisionTable id=\"").append(id).append("_table\" hitPolicy=\"").append(hitPolicy).append('"');
        if (aggregation != null) {
            dmn.append(" aggregation=\"").append(aggregation).append('"');
        }
        dmn.append(">\n");
        for (In input : inputs) {
            dmn.append("      <input id=\"").append(id).append("_in_").append(input.label()).append("\" label=\"").append(input.label())
                .append("\"><inputExpression typeRef=\"").append(input.type()).append("\"><text>").append(xml(input.expression()))
                .append("</text></inputExpression></input>\n");
        }
        for (Out output : outputs) {
            dmn.append("      <output id=\"").append(id).append("_out_").append(output.name()).append("\" name=\"").append(output.name()).append('"');
            if (output.type() != null) {
                dmn.append(" typeRef=\"").append(output.type()).append('"');
            }
            dmn.append("/>\n");
        }
        int n = 0;
        for (String[] rule : rules) {
            dmn.append("      <rule id=\"").append(id).append("_rule_").append(++n).append("\">\n");
            for (int i = 0; i < rule.length; i++) {
                String element = i < inputs.size() ? "inputEntry" : "outputEntry";
                dmn.append("        <").append(element).append(" id=\"").append(id).append("_r").append(n).append("_c").append(i)
                    .append("\"><text>").append(xml(rule[i])).append("</text></").append(element).append(">\n");
            }
            dmn.append("      </rule>\n");
        }
        dmn.append("    </decisionTable>\n  </decision>\n");
    }

    private static List<Rule> concat(List<Rule> first, List<Rule> then) {
        List<Rule> both = new ArrayList<>(first);
        both.addAll(then);
        return both;
    }

    private static List<Rule> reversed(List<Rule> rules) {
        List<Rule> copy = new ArrayList<>(rules);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static String quote(String text) {
        if (text == null) {
            throw new IllegalStateException("a row lacks a value the decision needs");
        }
        return "\"" + text.trim().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * Every RuleTable block of the workbook (the layout Drools reads: the RuleTable cell, a row of
     * column types, object types, code templates, labels, then data rows), by rule table name.
     */
    static Map<String, List<Rule>> read(byte[] workbookBytes) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        Map<String, List<Rule>> tables = new LinkedHashMap<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(workbookBytes))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String text = formatter.formatCellValue(cell).trim();
                        if (text.startsWith("RuleTable")) {
                            tables.put(text.substring("RuleTable".length()).trim().replace(' ', '_'),
                                rules(sheet, formatter, row.getRowNum(), cell.getColumnIndex()));
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static List<Rule> rules(Sheet sheet, DataFormatter formatter, int headerRow, int firstCol) {
        Row types = sheet.getRow(headerRow + 1);
        Row templates = sheet.getRow(headerRow + 3);
        List<Rule> rules = new ArrayList<>();
        for (int r = headerRow + 5; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || formatter.formatCellValue(row.getCell(firstCol)).trim().startsWith("RuleTable")) {
                break;
            }
            Map<String, String> conditions = new LinkedHashMap<>();
            Map<String, String> actions = new LinkedHashMap<>();
            boolean any = false;
            for (int c = firstCol; c < types.getLastCellNum(); c++) {
                String type = formatter.formatCellValue(types.getCell(c)).trim().toUpperCase(Locale.ROOT);
                String value = formatter.formatCellValue(row.getCell(c));
                if (value.isBlank() || !(type.equals("CONDITION") || type.equals("ACTION"))) {
                    continue;
                }
                any = true;
                String template = formatter.formatCellValue(templates.getCell(c)).trim();
                (type.equals("CONDITION") ? conditions : actions).put(template, value.trim());
            }
            if (any) {
                rules.add(new Rule(r + 1, conditions, actions));
            }
        }
        return rules;
    }
}
