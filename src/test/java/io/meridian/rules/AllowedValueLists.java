package io.meridian.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the allowed values of every constrained column of the rule workbooks into the workbook
 * as a data-validation list (the drop-down of Excel and LibreOffice), which the server then
 * enforces ({@link AllowedValues}). A column is constrained when it takes one value per cell
 * (its code template holds {@code $param}, not {@code forall}; or it is a true-or-false rule
 * attribute such as {@code LOCK-ON-ACTIVE}) and the comment on its header names the values:
 * "DIRECT or INDIRECT", "A, B or C; blank: any", "true or false", "NO_PUSH, CLOSED, SLOW, or NONE
 * when it does not apply". The comment stays as the help text.
 * <p>
 * Re-runnable: lists this program put on a column are replaced, nothing else changes. Run it
 * again after a merge that adds or changes columns:
 * {@code java -cp "target/test-classes:target/classes:$(cat target/test.classpath)" io.meridian.rules.AllowedValueLists rules}
 * (classpath as for the benchmarks in the README), or from the IDE; the argument is the rules folder (default {@code rules}).
 */
public final class AllowedValueLists {

    private static final Logger log = LoggerFactory.getLogger(AllowedValueLists.class);
    private static final String TOKEN = "(?:[A-Z][A-Z0-9_]*|true|false)";
    private static final Pattern ENUMERATION = Pattern.compile(
        "^\\s*(" + TOKEN + "(?:\\s*(?:,\\s*or|,|or)\\s+" + TOKEN + ")+)\\s*(?:$|[;.]|\\s+when\\b)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,\\s*or|,|\\bor\\b)\\s*");
    /**
     * The rule attributes Drools reads as true or false from a column of their own (the escalation workbook's "Fires once",
     * LOCK-ON-ACTIVE): a column with no code template, which takes one value per cell all the same.
     */
    private static final java.util.Set<String> TRUE_OR_FALSE_ATTRIBUTES = java.util.Set.of("LOCK-ON-ACTIVE", "NO-LOOP", "AUTO-FOCUS",
        "ENABLED");
    /** Rows below the last data row that still offer the drop-down, for rows the analysts add. */
    static final int HEADROOM = 200;
    static final String ABOUT_ALLOWED_VALUES = "A column with a fixed set of values offers them as a drop-down list; the server"
        + " refuses any other value. Each column header also carries a cell comment: point at the header to read it."
        + " Times are HH:MM in the client's local time. Never type quotes or backslashes in a cell.";

    /** A constrained column: where its data rows are and the values its header comment names. */
    record Constrained(String sheet, String header, int col, int firstRow, int lastRow, List<String> values) {
        String column() {
            return CellReference.convertNumToColString(col);
        }
    }

    private AllowedValueLists() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "rules");
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + RuleBook.SUFFIX)) {
            for (Path file : files) {
                byte[] before = Files.readAllBytes(file);
                if (constrained(before).isEmpty()) {
                    log.info("{}: no constrained column, left as it is", file.getFileName());
                    continue;
                }
                byte[] after = apply(before);
                Files.write(file, after);
                log.info("{}: lists on {}", file.getFileName(), constrained(after).stream()
                    .map(c -> c.sheet() + "!" + c.column() + " " + c.values()).toList());
            }
        }
    }

    /** The workbook with a list on every constrained column (earlier lists on those columns replaced). */
    public static byte[] apply(byte[] workbook) {
        List<Constrained> columns = constrained(workbook);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            for (Constrained column : columns) {
                XSSFSheet sheet = book.getSheet(column.sheet());
                removeListsOn(sheet, column.col());
                DataValidationHelper helper = sheet.getDataValidationHelper();
                DataValidation validation = helper.createValidation(
                    helper.createExplicitListConstraint(column.values().toArray(String[]::new)),
                    new CellRangeAddressList(column.firstRow() - 1, column.lastRow() - 1, column.col(), column.col()));
                validation.setEmptyCellAllowed(true);
                validation.setSuppressDropDownArrow(true);
                validation.setShowErrorBox(true);
                validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
                validation.createErrorBox(column.header(), "One of " + String.join(", ", column.values()) + ", or blank.");
                sheet.addValidationData(validation);
            }
            explainOnAboutSheet(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every column of the workbook's rule tables that takes one value from a list its header comment names. */
    static List<Constrained> constrained(byte[] workbook) {
        WorkbookLayout layout = WorkbookLayout.read("workbook", workbook);
        List<Constrained> found = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            List<WorkbookLayout.RuleTable> tables = layout.ruleTables();
            for (int i = 0; i < tables.size(); i++) {
                WorkbookLayout.RuleTable table = tables.get(i);
                boolean lastOnSheet = tables.stream().skip(i + 1L).noneMatch(t -> t.sheet().equals(table.sheet()));
                int lastRow = lastOnSheet ? table.lastDataRow() + HEADROOM : table.lastDataRow();
                XSSFSheet sheet = book.getSheet(table.sheet());
                for (WorkbookLayout.Column column : table.columns()) {
                    boolean oneValue = column.carriesCode() && column.code() != null && column.code().text().contains("$param")
                        && !column.code().text().contains("forall");
                    if (!oneValue && !TRUE_OR_FALSE_ATTRIBUTES.contains(column.type())) {
                        continue;
                    }
                    int labelRow = table.codeRow() + 1;
                    Comment comment = sheet.getCellComment(new CellAddress(labelRow - 1, column.col()));
                    Optional<List<String>> values = comment == null ? Optional.empty()
                        : enumeration(comment.getString().getString());
                    String header = layout.cell(table.sheet(), labelRow, column.col()).map(WorkbookLayout.Text::text)
                        .orElse(CellReference.convertNumToColString(column.col()));
                    values.ifPresent(v -> found.add(new Constrained(table.sheet(), header, column.col(), table.firstDataRow(),
                        Math.max(lastRow, table.firstDataRow()), v)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The values a header comment names, when it starts with a list of them ("HIERARCHICAL or FLAT; blank: any"). */
    static Optional<List<String>> enumeration(String comment) {
        String text = comment.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").trim();
        Matcher m = ENUMERATION.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(SEPARATOR.split(m.group(1).trim())).map(String::trim).filter(s -> !s.isEmpty()).toList());
    }

    /** The About sheet's "Allowed values" line says where the values are now. */
    private static void explainOnAboutSheet(XSSFWorkbook book) {
        org.apache.poi.ss.usermodel.Sheet about = book.getSheet("About");
        if (about == null) {
            return;
        }
        for (org.apache.poi.ss.usermodel.Row row : about) {
            org.apache.poi.ss.usermodel.Cell label = row.getCell(1);
            if (label != null && "Allowed values".equals(label.toString().trim()) && row.getCell(2) != null) {
                org.apache.poi.ss.usermodel.Cell text = row.getCell(2);
                org.apache.poi.ss.usermodel.CellStyle style = text.getCellStyle();
                row.removeCell(text);
                org.apache.poi.ss.usermodel.Cell replaced = row.createCell(2);
                replaced.setCellStyle(style);
                replaced.setCellValue(ABOUT_ALLOWED_VALUES);
            }
        }
    }

    private static void removeListsOn(XSSFSheet sheet, int col) {
        if (!sheet.getCTWorksheet().isSetDataValidations()) {
            return;
        }
        CTDataValidations validations = sheet.getCTWorksheet().getDataValidations();
        String letters = CellReference.convertNumToColString(col);
        for (int i = validations.sizeOfDataValidationArray() - 1; i >= 0; i--) {
            List<?> sqref = validations.getDataValidationArray(i).getSqref();
            boolean onColumn = sqref.stream().map(String::valueOf)
                .anyMatch(ref -> ref.replaceAll("\\d", "").split(":")[0].equals(letters));
            if (onColumn) {
                validations.removeDataValidation(i);
            }
        }
        validations.setCount(validations.sizeOfDataValidationArray());
        if (validations.sizeOfDataValidationArray() == 0) {
            sheet.getCTWorksheet().unsetDataValidations();
        }
    }
}
