package io.meridian.rules;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.parser.DefaultRuleSheetListener;
import org.drools.decisiontable.parser.xls.ExcelParser;
import org.drools.template.parser.DataListener;
import org.drools.decisiontable.SpreadsheetCompiler;
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

    public CompiledTable compile(String table, byte[] workbookBytes, String version) {
        Map<String, String> sheetsByRuleTable = ruleTables(table, workbookBytes);
        String drl = generateDrl(table, workbookBytes);

        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        builder.add(ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8)), ResourceType.DRL);
        List<RuleProblem> problems = new ArrayList<>();
        String[] drlLines = drl.split("\n", -1);
        for (KnowledgeBuilderResult result : builder.getResults(ResultSeverity.ERROR, ResultSeverity.WARNING)) {
            problems.add(place(result, drlLines, sheetsByRuleTable));
        }
        if (!problems.isEmpty()) {
            throw new RuleBookException(table, problems);
        }
        KieBase kieBase = builder.newKieBase();
        Map<String, FiredRule> rules = new LinkedHashMap<>();
        kieBase.getKiePackages().forEach(pkg -> pkg.getRules().forEach(rule ->
            rules.put(rule.getName(), locate(table, rule.getName(), sheetsByRuleTable))));
        return new CompiledTable(table, version, checksum(workbookBytes), Instant.now(), kieBase,
            kieBase.newKieSessionsPool(SESSION_POOL_SIZE), Map.copyOf(rules), workbookBytes.clone());
    }

    /** The DRL Drools generates from the workbook: for debugging a table, and for placing errors. */
    public String generateDrl(String table, byte[] workbookBytes) {
        try {
            // Drools reads only the first sheet unless told each sheet's name; one listener over
            // all sheets, in workbook order, makes one rule set whose rows fire top to bottom.
            DefaultRuleSheetListener listener = new DefaultRuleSheetListener();
            try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(workbookBytes))) {
                Map<String, List<DataListener>> sheets = new LinkedHashMap<>();
                for (Sheet sheet : workbook) {
                    sheets.put(sheet.getSheetName(), List.of(listener));
                }
                new ExcelParser(sheets).parseWorkbook(workbook);
            }
            return new SpreadsheetCompiler().listenerToString(listener);
        } catch (IOException | RuntimeException e) {
            throw new RuleBookException(table, List.of(RuleProblem.ofWorkbook(
                "the decision table cannot be read: " + rootMessage(e))));
        }
    }

    public static String checksum(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Which sheet holds each "RuleTable" block; also refuses anything that is not a workbook. */
    private static Map<String, String> ruleTables(String table, byte[] bytes) {
        Map<String, String> sheets = new LinkedHashMap<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            String text = cell.getStringCellValue().trim();
                            if (text.startsWith("RuleTable ")) {
                                sheets.put(text.substring("RuleTable ".length()).trim().replace(' ', '_'), sheet.getSheetName());
                            }
                        }
                    }
                }
            }
        } catch (Exception e) {
            throw new RuleBookException(table, List.of(RuleProblem.ofWorkbook(
                "the file is not an Excel workbook (.xlsx): " + rootMessage(e))));
        }
        if (sheets.isEmpty()) {
            throw new RuleBookException(table, List.of(RuleProblem.ofWorkbook(
                "the workbook holds no 'RuleTable' block, so it decides nothing")));
        }
        return sheets;
    }

    private static FiredRule locate(String table, String ruleName, Map<String, String> sheets) {
        Matcher m = RULE_NAME.matcher(ruleName);
        if (m.matches() && sheets.containsKey(m.group(1))) {
            return new FiredRule(table, sheets.get(m.group(1)), Integer.parseInt(m.group(2)), ruleName);
        }
        return new FiredRule(table, null, 0, ruleName);
    }

    private static RuleProblem place(KnowledgeBuilderResult result, String[] drlLines, Map<String, String> sheets) {
        String message = result.getMessage() == null ? result.toString() : result.getMessage().trim();
        int[] lines = result.getLines();
        int line = lines != null && lines.length > 0 ? lines[0] : -1;
        for (int i = Math.min(line - 1, drlLines.length - 1); i >= 0; i--) {
            Matcher m = DRL_RULE.matcher(drlLines[i]);
            if (m.find()) {
                FiredRule where = locate(null, m.group(1), sheets);
                if (where.sheet() != null) {
                    return new RuleProblem(where.sheet(), where.row(), null, null,
                        result.getSeverity() + " in rule " + where.rule() + ": " + message);
                }
                break;
            }
        }
        return RuleProblem.ofWorkbook(result.getSeverity() + ": " + message);
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
