package io.meridian.rules;

import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;

/**
 * What changed between two versions of a workbook, sheet by sheet: rows are lined up as a text
 * diff lines up lines (longest common subsequence of whole rows), a row removed in one place and added
 * with the same cells in another is a moved row (rows sorted), and a removed row followed by
 * an added one becomes one changed row with the cells that differ. A sheet renamed (its first row, a rule table's
 * {@code RuleTable} cell, the same) is compared with its older self. Works for any workbook.
 */
public final class WorkbookDiff {

    /** {@code MOVED}: a row with the same cells at another row (the rows sorted, or one cut and pasted elsewhere). */
    public enum Kind { ADDED, REMOVED, CHANGED, MOVED }

    /**
     * One cell that differs: column letter, the column's name in the newer workbook where its rows are a rule
     * table's or the scenarios' (e.g. "Closes"; "" otherwise), text before and after (blank as "").
     */
    public record CellChange(
        @Schema(description = "the column letter") String column,
        @Schema(description = "the column's header in the rule table or scenarios above the row; empty when it has none") String header,
        @Schema(description = "the cell's text before; empty when it was empty") String before,
        @Schema(description = "the cell's text after; empty when it is empty") String after) {
    }

    /**
     * One row that differs. {@code beforeRow}/{@code afterRow} are the 1-based row numbers in each
     * version (0 when the row is not there); {@code key} the row's first filled cell (a Countries row's
     * country code, a scenario's name; "" for a changed row whose key changed); {@code cells} the texts of the row (after, or before for
     * a removed row) and {@code changes} the differing cells of a changed row.
     */
    public record RowChange(
        @Schema(description = "ADDED, REMOVED, CHANGED or MOVED") Kind kind,
        @Schema(description = "the row in the version in force (0 when added)") int beforeRow,
        @Schema(description = "the row in the uploaded workbook (0 when removed)") int afterRow,
        @Schema(description = "the row's first filled cell (a Countries row's country code, a scenario's name); empty for a "
            + "changed row whose key changed") String key,
        @Schema(description = "the row's cells (of an added or removed row)") List<String> cells,
        @Schema(description = "the cells that changed (of a changed row)") List<CellChange> changes) {
        public boolean changed(String column) {
            return changes.stream().anyMatch(c -> c.column().equals(column));
        }

        /** The filled cells of an added or removed row with their columns (B: CN), as the page lists them: no blank first cell. */
        public List<FilledCell> filledCells() {
            List<FilledCell> filled = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).isEmpty()) {
                    filled.add(new FilledCell(CellReference.convertNumToColString(c), cells.get(c)));
                }
            }
            return filled;
        }
    }

    /** A filled cell of an added or removed row: its column's letters and its text. */
    public record FilledCell(String column, String text) {
    }

    /**
     * The rows of one sheet that differ; {@code renamedFrom} the sheet's name in the older workbook when it was renamed;
     * {@code columns} the columns inserted, deleted or moved ("column D 'Notes' inserted"), whose rows are compared
     * column by column as the headers line them up (none when the columns kept their places).
     */
    public record SheetDiff(
        @Schema(description = "the sheet") String sheet,
        @Schema(description = "its rows added, removed or changed") List<RowChange> rows,
        @Schema(description = "the sheet's name in force, when renamed; left out otherwise") @JsonInclude(JsonInclude.Include.NON_NULL) String renamedFrom,
        @Schema(description = "the columns added or removed; left out when none") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> columns) {
        public SheetDiff(String sheet, List<RowChange> rows) {
            this(sheet, rows, null, List.of());
        }

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
            Headers headers = Headers.of(b);
            Map<String, String> renamed = renamedSheets(a, b);
            for (String name : names) {
                if (renamed.containsValue(name) && b.getSheet(name) == null) {
                    continue;
                }
                Sheet older = a.getSheet(renamed.getOrDefault(name, name));
                List<List<String>> rowsBefore = older == null ? none : rows(older);
                List<List<String>> rowsAfter = b.getSheet(name) == null ? none : rows(b.getSheet(name));
                List<String> columns = new ArrayList<>();
                rowsBefore = alignColumns(rowsBefore, rowsAfter, columns);
                List<RowChange> changes = diff(rowsBefore, rowsAfter, (row, column) -> headers.of(name, row, column));
                if (!changes.isEmpty() || !columns.isEmpty() || renamed.containsKey(name)) {
                    diffs.add(new SheetDiff(name, changes, renamed.get(name), List.copyOf(columns)));
                }
            }
        } catch (Exception e) {
            throw new IllegalArgumentException("a workbook cannot be read: " + DecisionTableCompiler.rootMessage(e), e);
        }
        return diffs;
    }

    /** The rows above a table's data that name its columns: the rule table's types, facts, code and labels, the scenarios' kinds and names. */
    private static final int HEADER_ROWS = 6;

    /**
     * The older rows with their columns where the newer workbook has them, when columns were inserted, deleted or moved
     * (each column known by its cells in the first {@value #HEADER_ROWS} rows, a rule column's type, code and label): so a
     * column inserted shows once, in {@code notes}, not as every cell to its right changed. A deleted column's cells are
     * left out of the rows, and the ones not blank named in {@code notes} ({@link #lost}). The rows as they are when the
     * columns kept their places.
     */
    static List<List<String>> alignColumns(List<List<String>> before, List<List<String>> after, List<String> notes) {
        List<String> was = signatures(before);
        List<String> is = signatures(after);
        List<String> named = was.stream().filter(sig -> !sig.isEmpty()).toList();
        List<String> namedNow = is.stream().filter(sig -> !sig.isEmpty()).toList();
        if (named.equals(namedNow) && was.equals(is) || named.size() != new LinkedHashSet<>(named).size()
            || namedNow.size() != new LinkedHashSet<>(namedNow).size()) {
            return before;
        }
        Set<String> kept = common(named, namedNow);
        Map<Integer, Integer> to = new HashMap<>();
        Map<Integer, Integer> relabelled = relabelled(before, after, was, is);
        for (int c = 0; c < was.size(); c++) {
            if (relabelled.containsKey(c)) {
                int now = relabelled.get(c);
                to.put(c, now);
                String name = after.size() < HEADER_ROWS || now >= after.get(HEADER_ROWS - 1).size() ? ""
                    : after.get(HEADER_ROWS - 1).get(now);
                notes.add("column " + letters(now) + " '" + label(was.get(c)) + "'" + (name.isEmpty()
                    ? ": its name in row " + HEADER_ROWS + " was cleared" : " renamed to '" + name + "'")
                    + (now == c ? "" : ", moved from " + letters(c)) + "; its rows read as before");
                continue;
            }
            if (was.get(c).isEmpty()) {
                if (c < is.size() && is.get(c).isEmpty()) {
                    to.put(c, c);
                }
                continue;
            }
            int now = is.indexOf(was.get(c));
            if (now >= 0) {
                to.put(c, now);
                if (!kept.contains(was.get(c))) {
                    notes.add("column '" + label(was.get(c)) + "' moved from " + letters(c) + " to " + letters(now));
                }
            } else {
                notes.add("column " + letters(c) + " '" + label(was.get(c)) + "' deleted" + lost(before, c));
            }
        }
        for (int c = 0; c < is.size(); c++) {
            if (!is.get(c).isEmpty() && !was.contains(is.get(c)) && !relabelled.containsValue(c)) {
                notes.add("column " + letters(c) + " '" + label(is.get(c)) + "' inserted");
            }
        }
        List<List<String>> aligned = new ArrayList<>();
        for (int r = 0; r < before.size(); r++) {
            List<String> row = before.get(r);
            List<String> moved = new ArrayList<>();
            if (r < HEADER_ROWS && r < after.size()) {
                // an inserted column's own header cells are said by the note, not as changed cells
                for (int c = 0; c < is.size(); c++) {
                    if (!is.get(c).isEmpty() && !was.contains(is.get(c)) && !relabelled.containsValue(c) && c < after.get(r).size()) {
                        while (moved.size() <= c) {
                            moved.add("");
                        }
                        moved.set(c, after.get(r).get(c));
                    }
                }
            }
            for (int c = 0; c < row.size(); c++) {
                Integer now = to.get(c);
                if (now == null) {
                    continue;
                }
                while (moved.size() <= now) {
                    moved.add("");
                }
                moved.set(now, row.get(c));
            }
            while (!moved.isEmpty() && moved.get(moved.size() - 1).isEmpty()) {
                moved.remove(moved.size() - 1);
            }
            aligned.add(List.copyOf(moved));
        }
        return aligned;
    }

    /**
     * The columns whose name in the last header row was changed or cleared, the rest of their header (a rule column's type
     * and code, a scenario column's kind) kept: older column to newer, each in its own place where it is still there, the
     * others in their order when as many of each side are left (two EXPECT names cleared are two columns cleared). The
     * rules read them as before, so they are one column renamed, not one deleted and one inserted with every row changed.
     */
    private static Map<Integer, Integer> relabelled(List<List<String>> before, List<List<String>> after, List<String> was,
                                                    List<String> is) {
        Map<String, List<Integer>> gone = new HashMap<>();
        Map<String, List<Integer>> come = new HashMap<>();
        for (int c = 0; c < was.size(); c++) {
            if (!was.get(c).isEmpty() && !is.contains(was.get(c))) {
                gone.computeIfAbsent(abovesName(before, c), k -> new ArrayList<>()).add(c);
            }
        }
        for (int c = 0; c < is.size(); c++) {
            if (!is.get(c).isEmpty() && !was.contains(is.get(c))) {
                come.computeIfAbsent(abovesName(after, c), k -> new ArrayList<>()).add(c);
            }
        }
        Map<Integer, Integer> relabelled = new HashMap<>();
        gone.forEach((above, columns) -> {
            if (above.isEmpty()) {
                return;
            }
            // columns alike above their names (the Scenarios' EXPECT columns): each in its own place first, the rest in order
            List<Integer> older = new ArrayList<>(columns);
            List<Integer> newer = new ArrayList<>(come.getOrDefault(above, List.of()));
            for (Integer column : columns) {
                if (newer.remove(column)) {
                    older.remove(column);
                    relabelled.put(column, column);
                }
            }
            if (older.size() == newer.size()) {
                for (int k = 0; k < older.size(); k++) {
                    relabelled.put(older.get(k), newer.get(k));
                }
            }
        });
        return relabelled;
    }

    /** A column's header cells above its name (the last header row), joined; "" when it has none. */
    private static String abovesName(List<List<String>> rows, int column) {
        StringBuilder above = new StringBuilder();
        for (List<String> row : rows.subList(0, Math.min(HEADER_ROWS - 1, rows.size()))) {
            String cell = column < row.size() ? row.get(column) : "";
            if (!cell.isEmpty()) {
                above.append(above.length() == 0 ? "" : "\n").append(cell);
            }
        }
        return above.toString();
    }

    /** Rows of a deleted column's cells named in its note at most; the note counts the others. */
    static final int LOST_CELLS_SHOWN = 10;
    /** Characters of each such cell named; a longer text (a "Why (sources)" note) ends in "…". */
    static final int LOST_TEXT_SHOWN = 60;

    /**
     * What a deleted column's cells said below its header rows, so the analyst sees what the rules no longer say: each row
     * whose cell was not blank, with the row's key (its first filled cell left of the column) and the text (its first
     * {@value #LOST_TEXT_SHOWN} characters), row numbers as in the older workbook; the first {@value #LOST_CELLS_SHOWN} rows,
     * then how many more.
     */
    private static String lost(List<List<String>> before, int column) {
        List<String> cells = new ArrayList<>();
        for (int r = HEADER_ROWS; r < before.size(); r++) {
            List<String> row = before.get(r);
            if (column < row.size() && !row.get(column).isEmpty()) {
                String key = "";
                for (int c = 0; c < column && key.isEmpty(); c++) {
                    key = row.get(c).isEmpty() ? "" : " (" + row.get(c) + ")";
                }
                String text = row.get(column);
                cells.add("row " + (r + 1) + key + " '" + (text.length() > LOST_TEXT_SHOWN ? text.substring(0, LOST_TEXT_SHOWN) + "…" : text) + "'");
            }
        }
        if (cells.isEmpty()) {
            return ": none of its rows had a value";
        }
        String shown = String.join(", ", cells.subList(0, Math.min(LOST_CELLS_SHOWN, cells.size())));
        int more = cells.size() - LOST_CELLS_SHOWN;
        return "; its cells were: " + shown + (more > 0 ? " and " + more + (more == 1 ? " more row" : " more rows") : "");
    }

    /** The columns both versions have in the same order (longest common subsequence): the others moved. */
    private static Set<String> common(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        Set<String> kept = new HashSet<>();
        for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
            if (a.get(i).equals(b.get(j))) {
                kept.add(a.get(i));
                i++;
                j++;
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return kept;
    }

    /** Each column's header cells, joined; "" for a column blank there. */
    private static List<String> signatures(List<List<String>> rows) {
        int width = rows.stream().limit(HEADER_ROWS).mapToInt(List::size).max().orElse(0);
        List<String> signatures = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            StringBuilder sig = new StringBuilder();
            for (List<String> row : rows.subList(0, Math.min(HEADER_ROWS, rows.size()))) {
                String cell = c < row.size() ? row.get(c) : "";
                if (!cell.isEmpty()) {
                    sig.append(sig.length() == 0 ? "" : "\n").append(cell);
                }
            }
            signatures.add(sig.toString());
        }
        // columns alike (the etiquette workbook's three Note columns) are told apart by their order
        Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < signatures.size(); c++) {
            String sig = signatures.get(c);
            int before = seen.merge(sig, 1, Integer::sum) - 1;
            if (!sig.isEmpty() && before > 0) {
                signatures.set(c, sig + "\n#" + (before + 1));
            }
        }
        return signatures;
    }

    /** A column's name as the analyst reads it: the last of its header cells (a rule column's label). */
    private static String label(String signature) {
        String cells = signature.replaceFirst("\n#\\d+$", "");
        return cells.substring(cells.lastIndexOf('\n') + 1);
    }

    private static String letters(int column) {
        return CellReference.convertNumToColString(column);
    }

    /**
     * The sheets of {@code b} that a sheet of {@code a} was renamed to, newer name to older: a sheet only in {@code b}
     * whose first filled row (a rule table's {@code RuleTable Steps}) is that of a sheet only in {@code a}.
     */
    private static Map<String, String> renamedSheets(Workbook a, Workbook b) {
        Map<String, String> renamed = new HashMap<>();
        for (Sheet newer : b) {
            if (a.getSheet(newer.getSheetName()) != null) {
                continue;
            }
            List<String> first = firstFilledRow(newer);
            for (Sheet older : a) {
                if (b.getSheet(older.getSheetName()) == null && !renamed.containsValue(older.getSheetName())
                    && !first.isEmpty() && first.equals(firstFilledRow(older))) {
                    renamed.put(newer.getSheetName(), older.getSheetName());
                    break;
                }
            }
        }
        return renamed;
    }

    private static List<String> firstFilledRow(Sheet sheet) {
        return rows(sheet).stream().filter(row -> !row.isEmpty()).findFirst().orElse(List.of());
    }

    /** The name of a column at a row of the newer workbook (1-based row, 0-based column); "" when none. */
    interface HeaderOf {
        String at(int row, int column);
    }

    static List<RowChange> diff(List<List<String>> a, List<List<String>> b) {
        return diff(a, b, (row, column) -> "");
    }

    static List<RowChange> diff(List<List<String>> a, List<List<String>> b, HeaderOf headers) {
        int n = a.size();
        int m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        // the runs of rows between the rows both versions share: rows removed there, rows added there
        List<List<Integer>> removedRuns = new ArrayList<>();
        List<List<Integer>> addedRuns = new ArrayList<>();
        List<Integer> removed = new ArrayList<>();
        List<Integer> added = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                removedRuns.add(removed);
                addedRuns.add(added);
                removed = new ArrayList<>();
                added = new ArrayList<>();
                i++;
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                added.add(j++);
            } else {
                removed.add(i++);
            }
        }
        removedRuns.add(removed);
        addedRuns.add(added);
        // a row removed in one run and added with the same cells in another moved (a sort): not a change of its cells
        Map<List<String>, Deque<Integer>> removedRows = new HashMap<>();
        removedRuns.forEach(run -> run.stream().filter(r -> !a.get(r).isEmpty())
            .forEach(r -> removedRows.computeIfAbsent(a.get(r), k -> new ArrayDeque<>()).add(r)));
        Map<Integer, Integer> movedFrom = new HashMap<>();
        addedRuns.forEach(run -> run.forEach(r -> {
            Deque<Integer> same = removedRows.get(b.get(r));
            if (same != null && !same.isEmpty()) {
                movedFrom.put(r, same.poll());
            }
        }));
        List<RowChange> changes = new ArrayList<>();
        for (int run = 0; run < removedRuns.size(); run++) {
            for (int r : addedRuns.get(run)) {
                if (movedFrom.containsKey(r)) {
                    changes.add(new RowChange(Kind.MOVED, movedFrom.get(r) + 1, r + 1, key(b.get(r)), b.get(r), List.of()));
                }
            }
            List<Integer> removedHere = new ArrayList<>(removedRuns.get(run));
            removedHere.removeAll(movedFrom.values());
            List<Integer> addedHere = new ArrayList<>(addedRuns.get(run));
            addedHere.removeAll(movedFrom.keySet());
            flush(a, b, removedHere, addedHere, changes, headers);
        }
        return changes;
    }

    private static void flush(List<List<String>> a, List<List<String>> b, List<Integer> removed, List<Integer> added,
                              List<RowChange> changes, HeaderOf headers) {
        int paired = Math.min(removed.size(), added.size());
        for (int k = 0; k < paired; k++) {
            List<String> before = a.get(removed.get(k));
            List<String> after = b.get(added.get(k));
            List<CellChange> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(before.size(), after.size()); c++) {
                String x = c < before.size() ? before.get(c) : "";
                String y = c < after.size() ? after.get(c) : "";
                if (!x.equals(y)) {
                    cells.add(new CellChange(CellReference.convertNumToColString(c), headers.at(added.get(k) + 1, c), x, y));
                }
            }
            // a key that changed itself is among the cells already
            String key = key(after);
            boolean keyChanged = cells.stream().anyMatch(c -> c.after().equals(key) || c.before().equals(key));
            changes.add(new RowChange(Kind.CHANGED, removed.get(k) + 1, added.get(k) + 1, keyChanged ? "" : key, after, cells));
        }
        for (int k = paired; k < removed.size(); k++) {
            List<String> row = a.get(removed.get(k));
            changes.add(new RowChange(Kind.REMOVED, removed.get(k) + 1, 0, key(row), row, List.of()));
        }
        for (int k = paired; k < added.size(); k++) {
            List<String> row = b.get(added.get(k));
            changes.add(new RowChange(Kind.ADDED, 0, added.get(k) + 1, key(row), row, List.of()));
        }
        removed.clear();
        added.clear();
    }

    private static String key(List<String> row) {
        return row.stream().filter(cell -> !cell.isEmpty()).findFirst().orElse("");
    }

    /**
     * The column names of a workbook's rule tables (the row below their code row) and of its scenarios (the row below
     * the GIVEN and EXPECT kinds), for the rows under them; none for a workbook that is not laid out so.
     */
    private record Headers(WorkbookLayout layout) {

        /** From the newer workbook, already open for the comparison. */
        static Headers of(Workbook workbook) {
            try {
                return new Headers(WorkbookLayout.read("workbook", workbook));
            } catch (RuntimeException e) {
                return new Headers(null);
            }
        }

        String of(String sheet, int row, int column) {
            if (layout == null) {
                return "";
            }
            // the nearest rule table above the row: a sheet may stack several
            Optional<WorkbookLayout.RuleTable> above = layout.ruleTables().stream()
                .filter(t -> t.sheet().equals(sheet) && row > t.codeRow() + 1)
                .max(Comparator.comparingInt(WorkbookLayout.RuleTable::codeRow));
            if (above.isPresent()) {
                return layout.cell(sheet, above.get().codeRow() + 1, column).map(t -> t.text().trim()).orElse("");
            }
            if (WorkbookLayout.isScenarios(sheet)) {
                return ScenarioSheet.kindsRow(layout, sheet).filter(kinds -> row > kinds.row() + 1)
                    .flatMap(kinds -> layout.cell(sheet, kinds.row() + 1, column)).map(t -> t.text().trim()).orElse("");
            }
            return "";
        }
    }

    /**
     * A cell's text as the rules read it ({@link TypedCells}): a true typed in LibreOffice, kept as {@code TRUE()}, is
     * {@code true}, a formula the value it gives, a date typed as such the day as the column is written
     * ({@code 2026-02-14}, whether the cell shows {@code 14.02.2026} or {@code 14. Februar 2026}), as the cell it
     * replaced; any other as formatted.
     */
    private static String shown(Cell cell, DataFormatter formatter) {
        String typed = TypedCells.text(cell);
        return typed != null ? typed : formatter.formatCellValue(cell);
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
                    cells.add(cell == null ? "" : shown(cell, formatter).trim());
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
