package io.meridian.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * What changed between two versions of a workbook, sheet by sheet: rows are lined up as a text
 * diff lines up lines (longest common subsequence of whole rows), and a removed row followed by
 * an added one becomes one changed row with the cells that differ. Works for any workbook.
 */
public final class WorkbookDiff {

    public enum Kind { ADDED, REMOVED, CHANGED }

    /** One cell that differs: column letter, text before and after (blank as ""). */
    public record CellChange(String column, String before, String after) {
    }

    /**
     * One row that differs. {@code beforeRow}/{@code afterRow} are the 1-based row numbers in each
     * version (0 when the row is not there); {@code cells} the texts of the row (after, or before for
     * a removed row) and {@code changes} the differing cells of a changed row.
     */
    public record RowChange(Kind kind, int beforeRow, int afterRow, List<String> cells, List<CellChange> changes) {
        public boolean changed(String column) {
            return changes.stream().anyMatch(c -> c.column().equals(column));
        }
    }

    public record SheetDiff(String sheet, List<RowChange> rows) {
        public long count(Kind kind) {
            return rows.stream().filter(r -> r.kind() == kind).count();
        }
    }

    private WorkbookDiff() {
    }

    /** The sheets that differ, in the order of the newer workbook (sheets only in the older one last). */
    public static List<SheetDiff> compare(byte[] before, byte[] after) {
        List<List<String>> none = List.of();
        List<SheetDiff> diffs = new ArrayList<>();
        try (Workbook a = WorkbookFactory.create(new ByteArrayInputStream(before));
             Workbook b = WorkbookFactory.create(new ByteArrayInputStream(after))) {
            Set<String> names = new LinkedHashSet<>();
            b.forEach(s -> names.add(s.getSheetName()));
            a.forEach(s -> names.add(s.getSheetName()));
            for (String name : names) {
                List<List<String>> rowsBefore = a.getSheet(name) == null ? none : rows(a.getSheet(name));
                List<List<String>> rowsAfter = b.getSheet(name) == null ? none : rows(b.getSheet(name));
                List<RowChange> changes = diff(rowsBefore, rowsAfter);
                if (!changes.isEmpty()) {
                    diffs.add(new SheetDiff(name, changes));
                }
            }
        } catch (Exception e) {
            throw new IllegalArgumentException("a workbook cannot be read: " + DecisionTableCompiler.rootMessage(e), e);
        }
        return diffs;
    }

    static List<RowChange> diff(List<List<String>> a, List<List<String>> b) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<RowChange> changes = new ArrayList<>();
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                flush(a, b, removed, added, changes);
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(j++);
            } else {
                removed.add(i++);
            }
        }
        flush(a, b, removed, added, changes);
        return changes;
    }

    private static void flush(List<List<String>> a, List<List<String>> b, List<Integer> removed, List<Integer> added,
                              List<RowChange> changes) {
        int paired = Math.min(removed.size(), added.size());
        for (int k = 0; k < paired; k++) {
            List<String> before = a.get(removed.get(k));
            List<String> after = b.get(added.get(k));
            List<CellChange> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(before.size(), after.size()); c++) {
                String x = c < before.size() ? before.get(c) : "";
                String y = c < after.size() ? after.get(c) : "";
                if (!x.equals(y)) {
                    cells.add(new CellChange(CellReference.convertNumToColString(c), x, y));
                }
            }
            changes.add(new RowChange(Kind.CHANGED, removed.get(k) + 1, added.get(k) + 1, after, cells));
        }
        for (int k = paired; k < removed.size(); k++) {
            changes.add(new RowChange(Kind.REMOVED, removed.get(k) + 1, 0, a.get(removed.get(k)), List.of()));
        }
        for (int k = paired; k < added.size(); k++) {
            changes.add(new RowChange(Kind.ADDED, 0, added.get(k) + 1, b.get(added.get(k)), List.of()));
        }
        removed.clear();
        added.clear();
    }

    /** Every row up to the last used one, as trimmed cell texts without trailing blanks (row index = row number - 1). */
    private static List<List<String>> rows(Sheet sheet) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : formatter.formatCellValue(cell).trim());
                }
            }
            while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            rows.add(List.copyOf(cells));
        }
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
            rows.remove(rows.size() - 1);
        }
        return rows;
    }
}
