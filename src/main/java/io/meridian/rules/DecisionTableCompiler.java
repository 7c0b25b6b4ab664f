package io.meridian.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.builder.KnowledgeBuilderResult;
import org.kie.internal.builder.ResultSeverity;
import org.kie.internal.io.ResourceFactory;

/**
 * Turns the bytes of a {@code *.drl.xlsx} workbook into a {@link CompiledTable}, or into the
 * list of everything that is wrong with it, placed on the workbook's sheets and rows.
 * Drools names each generated rule {@code <RuleTable name>_<spreadsheet row>}; that name is
 * how an answer tells which row decided.
 */
public class DecisionTableCompiler {

    /** Sessions kept ready per table: creating one per decision would cost more than the decision. */
    private static final int SESSION_POOL_SIZE = 4;
    private static final Pattern RULE_NAME = Pattern.compile("^(.+)_(\\d+)$");
    private static final Pattern DRL_RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");
    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][\\w]*");
    private static final Pattern DRL_POSITION = Pattern.compile("\\[(Line|Near)[^\\]]*\\]");

    private final StoredBuilds stored;
    private final Function<String, List<CellFormat>> formats;

    /** Builds every table from its workbook. */
    public DecisionTableCompiler() {
        this(StoredBuilds.off());
    }

    /** Loads a table from {@code stored} when it holds a build of the same bytes; builds it from the workbook otherwise. */
    DecisionTableCompiler(StoredBuilds stored) {
        this(stored, table -> List.of());
    }

    /** As {@link #DecisionTableCompiler(StoredBuilds)}, checking each table's cells against its {@code formats} before building. */
    DecisionTableCompiler(StoredBuilds stored, Function<String, List<CellFormat>> formats) {
        this.stored = stored;
        this.formats = formats;
    }

    /** Builds a workbook with the version number 0: a candidate, not yet accepted. */
    public CompiledTable compile(String table, byte[] workbookBytes) {
        return compile(table, workbookBytes, 0);
    }

    /**
     * Reads the workbook, refuses unsafe cells before anything is compiled, then builds it.
     * Every problem found (not just the first) comes back in one {@link RuleBookException}.
     * The same bytes of the same table are built once per JVM ({@link TableBuilds}); every call
     * still gets a table of its own: its own session pool and version number.
     */
    public CompiledTable compile(String table, byte[] workbookBytes, int version) {
        String checksum = checksum(workbookBytes);
        return TableBuilds.get(table, checksum, () -> build(table, workbookBytes, checksum))
            .handOut(version, SESSION_POOL_SIZE);
    }

    /**
     * One build, never looked up in {@link TableBuilds}: the stored build of these bytes when there
     * is one ({@link StoredBuilds}); otherwise the workbook is opened once, its layout checked, its DRL
     * generated from the same open workbook, and the DRL built by Drools.
     */
    TableBuilds.Build build(String table, byte[] workbookBytes, String checksum) {
        Optional<TableBuilds.Build> loaded = stored.load(table, checksum, workbookBytes);
        if (loaded.isPresent()) {
            return loaded.get();
        }
        return buildFromWorkbook(table, workbookBytes, checksum).build();
    }

    /** A build from the workbook and the DRL it was built from. */
    record FromWorkbook(TableBuilds.Build build, String drl) {
    }

    /**
     * The workbook opened once, its layout checked, its DRL generated from the same open workbook,
     * and the DRL built by Drools; never a stored build.
     */
    FromWorkbook buildFromWorkbook(String table, byte[] workbookBytes, String checksum) {
        Workbook workbook;
        try {
            workbook = WorkbookLayout.open(workbookBytes);
        } catch (Exception | LinkageError e) {
            throw WorkbookLayout.notAWorkbook(table, workbookBytes, e);
        }
        WorkbookLayout layout;
        String drl;
        try (workbook) {
            layout = WorkbookLayout.read(table, workbook);
            if (layout.ruleTables().isEmpty()) {
                throw new RuleBookException(table, List.of(RuleProblem.ofWorkbook(
                    "the workbook holds no 'RuleTable' block, so it decides nothing")));
            }
            List<RuleProblem> before = contentProblems(layout, formats.apply(table));
            if (!before.isEmpty()) {
                throw new RuleBookException(table, before);
            }
            drl = generateDrl(table, workbook);
        } catch (IOException e) {
            throw WorkbookLayout.notAWorkbook(table, workbookBytes, e);
        }
        return new FromWorkbook(ApplicationClassLoader.around(() -> buildKieBase(table, checksum, workbookBytes, layout, drl)), drl);
    }

    /**
     * What a workbook's cells hold that no build may take: a rule table no analyst meant (alone, when there is one), code
     * where values belong, rule rows below an empty row, values hidden under merged cells, values outside their lists, and
     * values the decision could not read ({@code formats}, one problem a cell at most).
     */
    static List<RuleProblem> contentProblems(WorkbookLayout layout, List<CellFormat> formats) {
        List<RuleProblem> headers = layout.missingHeaderRows(formats);
        if (!headers.isEmpty()) {
            // every row below a deleted header row reads as the one above it: the other checks would only judge that
            return headers;
        }
        List<RuleProblem> unintended = layout.unintendedRuleTables();
        if (!unintended.isEmpty()) {
            // a sheet of notes read as a rule table: its notes judged as rule cells would only bury the one problem
            return unintended;
        }
        List<RuleProblem> problems = new ArrayList<>(UnsafeContentCheck.check(layout));
        problems.addAll(layout.rowsBelowAnEmptyRow());
        problems.addAll(layout.hiddenByMerges());
        problems.addAll(layout.outsideLists());
        problems.addAll(CellFormat.problems(layout, formats, problems));
        return problems;
    }

    private TableBuilds.Build buildKieBase(String table, String checksum, byte[] workbookBytes, WorkbookLayout layout, String drl) {
        WorkCounter.BUILDS.count();
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        List<RuleProblem> problems = new ArrayList<>();
        String[] drlLines = drl.split("\n", -1);
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)) {
            RuleProblem problem = place(result, drlLines, layout);
            if (problems.stream().noneMatch(p -> p.sheet() != null && p.column() != null && p.sheet().equals(problem.sheet())
                && p.row().equals(problem.row()) && p.column().equals(problem.column()))) {
                problems.add(problem);
            }
        }
        problems = TemplateFaults.merge(problems, layout);
        if (!problems.isEmpty()) {
            throw new RuleBookException(table, problems);
        }
        KieBase kieBase = builder.newKieBase();
        Map<String, FiredRule> rules = new LinkedHashMap<>();
        kieBase.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule ->
            rules.put(rule.getName(), locate(table, rule.getName(), layout))));
        return new TableBuilds.Build(table, checksum, kieBase, Map.copyOf(rules), workbookBytes.clone(), LayoutSource.of(layout));
    }

    /** The DRL Drools generates from the workbook: for debugging a table, and for placing errors. */
    public String generateDrl(String table, byte[] workbookBytes) {
        try (Workbook workbook = WorkbookLayout.open(workbookBytes)) {
            return generateDrl(table, workbook);
        } catch (IOException | RuntimeException e) {
            throw e instanceof RuleBookException r ? r : unreadable(table, e);
        }
    }

    /** The DRL of a workbook already open (it stays open for the caller). */
    private static String generateDrl(String table, Workbook workbook) {
        try {
            // Drools reads only the first sheet unless told each sheet's name; one listener over
            // all sheets, in workbook order, makes one rule set whose rows fire top to bottom.
            // The Scenarios sheet is the analysts' tests, never rules.
            DefaultRuleSheetListener listener = new DefaultRuleSheetListener();
            Map<String, List<DataListener>> sheets = new LinkedHashMap<>();
            for (Sheet sheet : workbook) {
                if (!WorkbookLayout.isScenarios(sheet.getSheetName())) {
                    sheets.put(sheet.getSheetName(), List.of(listener));
                }
            }
            new ExcelParser(sheets).parseWorkbook(workbook);
            return new SpreadsheetCompiler().listenerToString(listener);
        } catch (RuntimeException e) {
            throw unreadable(table, e);
        }
    }

    private static RuleBookException unreadable(String table, Throwable e) {
        return new RuleBookException(table, List.of(RuleProblem.ofWorkbook(
            "the decision table cannot be read: " + rootMessage(e))));
    }

    public static String checksum(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static FiredRule locate(String table, String ruleName, WorkbookLayout layout) {
        Matcher m = RULE_NAME.matcher(ruleName);
        if (m.matches()) {
            Optional<WorkbookLayout.RuleTable> ruleTable = layout.ruleTable(m.group(1));
            if (ruleTable.isPresent()) {
                return new FiredRule(table, ruleTable.get().sheet(), Integer.parseInt(m.group(2)), ruleName);
            }
        }
        return new FiredRule(table, null, 0, ruleName);
    }

    /**
     * Puts a Drools message on the cell that caused it: the rule gives sheet and row; the
     * column is the one whose cell or code template the message quotes. When the template
     * is at fault (an unknown field or method), the problem points at the template cell.
     */
    private static RuleProblem place(KnowledgeBuilderResult result, String[] drlLines, WorkbookLayout layout) {
        String message = result.getMessage() == null ? result.toString() : result.getMessage().trim();
        String firstLine = message.lines().findFirst().orElse(message).trim();
        String severity = result.getSeverity() == ResultSeverity.WARNING ? "warning" : "error";
        int[] lines = result.getLines();
        int line = lines != null && lines.length > 0 ? lines[0] : -1;
        String ruleName = null;
        for (int i = Math.min(line - 1, drlLines.length - 1); i >= 0; i--) {
            Matcher m = DRL_RULE.matcher(drlLines[i]);
            if (m.find()) {
                ruleName = m.group(1);
                break;
            }
        }
        Matcher named = ruleName == null ? null : RULE_NAME.matcher(ruleName);
        if (named == null || !named.matches() || layout.ruleTable(named.group(1)).isEmpty()) {
            return RuleProblem.ofWorkbook("Drools " + severity + ": " + firstLine);
        }
        WorkbookLayout.RuleTable ruleTable = layout.ruleTable(named.group(1)).get();
        int row = Integer.parseInt(named.group(2));
        String text = DRL_POSITION.matcher(message).replaceAll(" ");
        String drlLine = line > 0 && line <= drlLines.length ? drlLines[line - 1] : "";
        // 1. the template names something the fact does not have
        for (WorkbookLayout.Column column : ruleTable.columns()) {
            if (column.carriesCode() && column.code() != null && layout.cell(ruleTable.sheet(), row, column.col()).isPresent()) {
                for (String identifier : identifiers(column.code().text())) {
                    if (Pattern.compile("\\b" + Pattern.quote(identifier) + "\\b").matcher(text).find()) {
                        return column.code().problem("Drools " + severity + " in the code of this column (rule "
                            + ruleName + "): " + firstLine);
                    }
                }
            }
        }
        // 2. the message quotes the cell's value, or the line Drools points at holds it
        WorkbookLayout.Text fallback = null;
        for (WorkbookLayout.Column column : ruleTable.columns()) {
            Optional<WorkbookLayout.Text> cell = layout.cell(ruleTable.sheet(), row, column.col());
            if (cell.isEmpty() || !column.carriesCode()) {
                continue;
            }
            String value = cell.get().text().trim();
            if (mentions(text, value)) {
                return cell.get().problem("Drools " + severity + " in rule " + ruleName + ": " + firstLine);
            }
            if (fallback == null && !drlLine.isBlank() && drlLine.contains(value)) {
                fallback = cell.get();
            }
        }
        if (fallback != null) {
            return fallback.problem("Drools " + severity + " in rule " + ruleName + ": " + firstLine);
        }
        // 3. the line Drools points at is what one column's template made of this row's cell
        for (WorkbookLayout.Column column : ruleTable.columns()) {
            Optional<WorkbookLayout.Text> cell = layout.cell(ruleTable.sheet(), row, column.col());
            if (cell.isPresent() && column.carriesCode() && column.code() != null && TemplateFaults.produced(column.code().text(), drlLine)) {
                return cell.get().problem("Drools " + severity + " in rule " + ruleName + ": " + firstLine);
            }
        }
        return new RuleProblem(ruleTable.sheet(), row, null, null, "Drools " + severity + " in rule " + ruleName + ": " + firstLine);
    }

    /** Identifiers a template brings of its own: method and field names, not bindings or placeholders. */
    private static List<String> identifiers(String template) {
        String code = template.replaceAll("\"[^\"]*\"", " ").replaceAll("\\$\\w*", " ");
        List<String> found = new ArrayList<>();
        Matcher m = IDENTIFIER.matcher(code);
        while (m.find()) {
            String word = m.group();
            if (!List.of("modify", "forall", "true", "false", "null", "in", "not", "memberOf", "contains").contains(word)
                && word.length() > 2) {
                found.add(word);
            }
        }
        return found;
    }

    private static boolean mentions(String message, String value) {
        if (value.isEmpty()) {
            return false;
        }
        if (Pattern.compile("(^|\\W)" + Pattern.quote(value) + "($|\\W)").matcher(message).find()) {
            return true;
        }
        Matcher quoted = QUOTED.matcher(message);
        while (quoted.find()) {
            String token = quoted.group(1).trim();
            if (!token.isEmpty() && Pattern.compile("(^|\\W)" + Pattern.quote(token) + "($|\\W)").matcher(value).find()) {
                return true;
            }
        }
        return false;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
