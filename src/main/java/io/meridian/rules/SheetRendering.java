package io.meridian.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * A workbook's sheets as a grid of cell texts with the checks' problems on their cells, for a
 * page to show: the header rows and the rows around each problem, gaps marked. Any workbook
 * the analysts own renders this way. Text only: a page escapes it like any other text.
 */
public final class SheetRendering {

    /** One cell as shown; {@code problems} holds the messages on it. */
    public record CellView(String column, String text, List<String> problems) {
        public boolean hasProblem() {
            return !problems.isEmpty();
        }
    }

    /** One spreadsheet row (1-based number), or a gap of rows left out when {@code gap} is true. */
    public record RowView(int number, boolean gap, List<CellView> cells) {
    }

    /** One sheet: its columns (letters, {@link #GAP} where columns are left out) and rows. */
    public record SheetView(String name, List<String> columns, List<RowView> rows, int problems) {
    }

    private static final int HEADER_ROWS = 6;
    private static final int MAX_COLUMNS = 24;
    private static final int KEY_COLUMNS = 2;
    private static final int COLUMNS_AROUND = 4;
    /** The column name of a gap: columns left out between those shown. */
    public static final String GAP = "…";

    private SheetRendering() {
    }

    /**
     * How many columns from A always show: A and B (a rule row's key, a scenario's name) and, on a Scenarios sheet, through its
     * last GIVEN column, so that a failing scenario shows for which country, moment and tier it failed.
     */
    private static int keyColumns(Sheet sheet) {
        int keys = KEY_COLUMNS;
        for (int r = 0; r < HEADER_ROWS; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (org.apache.poi.ss.usermodel.Cell cell : row) {
                if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING
                    && List.of("GIVEN", "SCENARIO").contains(cell.getStringCellValue().trim().toUpperCase(Locale.ROOT))) {
                    keys = Math.max(keys, cell.getColumnIndex() + 1);
                }
            }
        }
        return Math.min(keys, KEY_COLUMNS + MAX_KEY_COLUMNS);
    }

    /** At most this many GIVEN columns beyond A and B show whatever the problem's column. */
    private static final int MAX_KEY_COLUMNS = 6;

    /**
     * A cell's text as the checks judged it ({@link TypedCells}): a formula as the value it shows, where the formatter
     * gives its formula text ("About!B14") beside a problem about the value, and a date typed as such as the day the
     * rules read ({@code 2026-02-14}), where the formatter wrote pieces of the cell's format code ({@code 14/ Feb 2026}
     * for {@code D. MMMM YYYY}); one saved without a value keeps its text.
     */
    private static String shown(Cell cell, DataFormatter formatter) {
        String value = TypedCells.text(cell);
        return value != null ? value : formatter.formatCellValue(cell);
    }

    /** The sheets that carry a placed problem, each with its header rows and {@code context} rows around every problem. */
    public static List<SheetView> around(byte[] workbook, List<RuleProblem> problems, int context) {
        Map<String, List<RuleProblem>> bySheet = new LinkedHashMap<>();
        problems.stream().filter(p -> p.sheet() != null && p.row() != null)
            .forEach(p -> bySheet.computeIfAbsent(p.sheet(), s -> new ArrayList<>()).add(p));
        if (bySheet.isEmpty()) {
            return List.of();
        }
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<SheetView> views = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            for (Map.Entry<String, List<RuleProblem>> entry : bySheet.entrySet()) {
                Sheet sheet = book.getSheet(entry.getKey());
                if (sheet == null) {
                    continue;
                }
                TreeSet<Integer> shown = new TreeSet<>();
                for (int r = 1; r <= HEADER_ROWS; r++) {
                    shown.add(r);
                }
                int lastColumn = 0;
                int firstProblem = Integer.MAX_VALUE;
                int lastProblem = -1;
                for (RuleProblem p : entry.getValue()) {
                    for (int r = Math.max(1, p.row() - context); r <= p.row() + context; r++) {
                        shown.add(r);
                    }
                    if (p.column() != null) {
                        int col = CellReference.convertColStringToIndex(p.column());
                        firstProblem = Math.min(firstProblem, col);
                        lastProblem = Math.max(lastProblem, col);
                    }
                }
                for (int r : shown) {
                    Row row = sheet.getRow(r - 1);
                    if (row != null && row.getLastCellNum() > 0) {
                        lastColumn = Math.max(lastColumn, row.getLastCellNum() - 1);
                    }
                }
                lastColumn = Math.max(lastColumn, lastProblem);
                // the row's key columns (A, B), then the columns around the problems; a null marks left-out columns
                List<Integer> indices = new ArrayList<>();
                int from = lastProblem < 0 ? 0 : Math.max(0, firstProblem - COLUMNS_AROUND);
                int to = lastProblem < 0 ? Math.min(lastColumn, 2 * COLUMNS_AROUND) : Math.min(lastColumn, lastProblem + COLUMNS_AROUND);
                int keys = keyColumns(sheet);
                for (int c = 0; c < Math.min(keys, from); c++) {
                    indices.add(c);
                }
                if (from > keys) {
                    indices.add(null);
                }
                for (int c = from; c <= to && indices.size() < MAX_COLUMNS; c++) {
                    indices.add(c);
                }
                if (to < lastColumn) {
                    indices.add(null);
                }
                List<String> columns = indices.stream().map(c -> c == null ? GAP : CellReference.convertNumToColString(c)).toList();
                List<RowView> rows = new ArrayList<>();
                int previous = 0;
                for (int r : shown) {
                    if (r > sheet.getLastRowNum() + 1 && entry.getValue().stream().noneMatch(p -> p.row() == r)) {
                        continue;
                    }
                    if (r > previous + 1) {
                        rows.add(new RowView(r - 1, true, List.of()));
                    }
                    previous = r;
                    Row row = sheet.getRow(r - 1);
                    List<CellView> cells = new ArrayList<>();
                    for (Integer c : indices) {
                        if (c == null) {
                            cells.add(new CellView(GAP, "", List.of()));
                            continue;
                        }
                        Cell cell = row == null ? null : row.getCell(c);
                        String text = cell == null ? "" : shown(cell, formatter);
                        String letters = CellReference.convertNumToColString(c);
                        List<String> messages = entry.getValue().stream()
                            .filter(p -> p.row() == r && letters.equals(p.column())).map(RuleProblem::message).toList();
                        cells.add(new CellView(letters, text, messages));
                    }
                    rows.add(new RowView(r, false, cells));
                }
                views.add(new SheetView(sheet.getSheetName(), columns, rows, entry.getValue().size()));
            }
        } catch (Exception e) {
            return List.of();
        }
        return views;
    }
}
