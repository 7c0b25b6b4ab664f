package io.meridian.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;

/**
 * The allowed values a workbook declares for its own columns: data-validation lists (the
 * drop-downs Excel and LibreOffice offer). Any workbook the analysts own (decision tables,
 * message templates, holiday sheets) goes through this check before anything is compiled:
 * a cell inside a list's range whose text is not one of the list's values is a problem on
 * that cell, naming the list by its column header and the values it allows.
 */
final class AllowedValues {

    /** One declared list: where it applies and what it allows; {@code name} is the column header above the range. */
    public record AllowedList(String sheet, String name, List<String> values, List<CellRangeAddress> ranges) {

        public boolean allows(String text) {
            String value = text.trim();
            if (isTrueFalse()) {
                return values.stream().anyMatch(value::equalsIgnoreCase);
            }
            return values.contains(value);
        }

        boolean isTrueFalse() {
            Set<String> lower = new LinkedHashSet<>(values.stream().map(v -> v.toLowerCase(Locale.ROOT)).toList());
            return lower.equals(Set.of("true", "false"));
        }

        /** What the analyst reads next to the cell. */
        public String expectation() {
            String what = isTrueFalse() ? "true or false expected" : "one of " + String.join(", ", values);
            return name == null ? what : what + " (list '" + name + "')";
        }
    }

    private AllowedValues() {
    }

    /** Every explicit list of the workbook's sheets; lists that refer to a cell range are not read. */
    public static List<AllowedList> lists(Workbook workbook) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<AllowedList> lists = new ArrayList<>();
        for (Sheet sheet : workbook) {
            for (DataValidation validation : sheet.getDataValidations()) {
                DataValidationConstraint constraint = validation.getValidationConstraint();
                if (constraint.getValidationType() != DataValidationConstraint.ValidationType.LIST
                    || constraint.getExplicitListValues() == null) {
                    continue;
                }
                List<String> values = List.of(constraint.getExplicitListValues()).stream().map(String::trim).toList();
                List<CellRangeAddress> ranges = List.of(validation.getRegions().getCellRangeAddresses());
                lists.add(new AllowedList(sheet.getSheetName(), header(sheet, ranges.get(0), formatter), values, ranges));
            }
        }
        return lists;
    }

    /** The problems of every cell outside its list; an unreadable file is a problem of its own. */
    public static List<RuleProblem> check(byte[] bytes) {
        try (Workbook workbook = WorkbookFormat.open(bytes)) {
            return check(workbook);
        } catch (Exception | LinkageError e) {
            return List.of(RuleProblem.ofWorkbook(WorkbookFormat.problem(bytes, e)));
        }
    }

    public static List<RuleProblem> check(Workbook workbook) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<RuleProblem> problems = new ArrayList<>();
        List<AllowedList> all = lists(workbook);
        for (AllowedList list : all) {
            Sheet sheet = workbook.getSheet(list.sheet());
            for (CellRangeAddress range : list.ranges()) {
                int last = Math.min(range.getLastRow(), sheet.getLastRowNum());
                for (int r = range.getFirstRow(); r <= last; r++) {
                    Row row = sheet.getRow(r);
                    if (row == null) {
                        continue;
                    }
                    for (int c = range.getFirstColumn(); c <= range.getLastColumn(); c++) {
                        Cell cell = row.getCell(c);
                        String text = cell == null ? "" : formatter.formatCellValue(cell);
                        if (!text.isBlank() && !list.allows(text)) {
                            problems.add(new RuleProblem(list.sheet(), r + 1, CellReference.convertNumToColString(c), text,
                                "'" + text.trim() + "' is not allowed here: " + list.expectation()));
                        } else if (!text.isBlank()) {
                            Optional<AllowedList> main = columnsList(all, list, c).filter(m -> !m.allows(text));
                            if (main.isPresent()) {
                                problems.add(new RuleProblem(list.sheet(), r + 1, CellReference.convertNumToColString(c), text,
                                    "'" + text.trim() + "' is not allowed here: " + main.get().expectation() + "; the cell carries a"
                                        + " list of its own (" + String.join(", ", list.values()) + "), pasted with it from another"
                                        + " workbook: choose a value from the column's list, or paste values only"));
                            }
                        }
                    }
                }
            }
        }
        return problems;
    }

    /**
     * The list most of column {@code column} carries, when {@code list} is another one there: a row copied from another
     * workbook brings its cells' lists along (Excel and LibreOffice paste validation with the cells), which may allow
     * what the column's own list does not. Empty when {@code list} is the column's list or allows no other values.
     */
    private static Optional<AllowedList> columnsList(List<AllowedList> lists, AllowedList list, int column) {
        AllowedList main = null;
        long most = 0;
        for (AllowedList other : lists) {
            if (!other.sheet().equals(list.sheet())) {
                continue;
            }
            long cells = other.ranges().stream().filter(r -> r.getFirstColumn() <= column && column <= r.getLastColumn())
                .mapToLong(r -> (long) r.getLastRow() - r.getFirstRow() + 1).sum();
            if (cells > most) {
                most = cells;
                main = other;
            }
        }
        if (main == null || main == list || new LinkedHashSet<>(main.values()).equals(new LinkedHashSet<>(list.values()))) {
            return Optional.empty();
        }
        return Optional.of(main);
    }

    /** The nearest non-blank cell above the range in its first column: the column's label. */
    private static String header(Sheet sheet, CellRangeAddress range, DataFormatter formatter) {
        for (int r = range.getFirstRow() - 1; r >= 0; r--) {
            Row row = sheet.getRow(r);
            Cell cell = row == null ? null : row.getCell(range.getFirstColumn());
            String text = cell == null ? "" : formatter.formatCellValue(cell);
            if (!text.isBlank()) {
                return text.trim();
            }
        }
        return null;
    }
}
