package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.meridian.testsupport.RunsBeside;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTDataValidation;

/**
 * Edits an analyst makes to a workbook's shape rather than to a value, as LibreOffice Calc saves them: a row inserted
 * or cleared among the rule rows, a number typed with a decimal comma, a date typed in a locale's format. Each either
 * works as it reads or is refused with one problem on its sheet and cell saying what to do, never a rule silently lost
 * or a message in Drools' words.
 */
@RunsBeside
class StructuralEditsTest {

    private final DecisionTableCompiler compiler = new DecisionTableCompiler();

    @Test
    void anEmptyRowAmongTheRuleRowsIsRefusedNamingTheRowsDroolsWouldDrop() throws IOException {
        // Steps row 10 (NORMAL at 80 %) cleared, or a row inserted there: Drools ends the table at row 10
        byte[] cleared = WorkbookChecksTest.written(WorkbookChecksTest.shipped("escalation"), book -> {
            Sheet steps = book.getSheet("Steps");
            steps.removeRow(steps.getRow(9));
        });

        assertThatThrownBy(() -> compiler.compile("escalation", cleared)).isInstanceOfSatisfying(RuleBookException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p).extracting(RuleProblem::sheet, RuleProblem::row, RuleProblem::column).containsExactly("Steps", 10, "B");
                assertThat(p.message()).isEqualTo("row 10 is empty, and a rule table ends at its first empty row: rows 11 to 14"
                    + " below would not be rules. Delete the empty row, or fill it as rules (notes belong in the 'Why (sources)'"
                    + " column or on a sheet of their own)");
            }));
    }

    @Test
    void anEmptyRowBelowTheLastRuleRowIsNoProblem() throws IOException {
        byte[] lastCleared = WorkbookChecksTest.written(WorkbookChecksTest.shipped("escalation"), book -> {
            Sheet steps = book.getSheet("Steps");
            steps.removeRow(steps.getRow(13));
        });

        assertThat(compiler.compile("escalation", lastCleared).ruleCount())
            .isEqualTo(compiler.compile("escalation", WorkbookChecksTest.shipped("escalation")).ruleCount() - 1);
    }

    /** A sheet "Notes" added to the escalation workbook, its column A's cells from the top. */
    private static byte[] withNotes(String... lines) throws IOException {
        return WorkbookChecksTest.written(WorkbookChecksTest.shipped("escalation"), book -> {
            Sheet notes = book.createSheet("Notes");
            for (int r = 0; r < lines.length; r++) {
                Workbooks.setText(notes.createRow(r), 0, lines[r], null);
            }
        });
    }

    @Test
    void aSheetOfNotesNamingARuleTableIsRefusedOnThatCellNotMadeARuleForEverything() throws IOException {
        // alone, Drools made the empty rule Foo_2 of it, which fired for every task; with a line below, a message in its words
        for (byte[] notes : List.of(withNotes("RuleTable Foo"), withNotes("RuleTable Foo", "asks for a faster pace in Q3", "ask ana"),
                withNotes("ruletable Foo"))) {
            assertThatThrownBy(() -> compiler.compile("escalation", notes)).isInstanceOfSatisfying(RuleBookException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p).extracting(RuleProblem::sheet, RuleProblem::row, RuleProblem::column).containsExactly("Notes", 1, "A");
                    assertThat(p.message()).endsWith("' starts a rule table on sheet 'Notes' (every cell beginning with 'RuleTable'"
                        + " does), and it has no CONDITION column in row 2, so its rules would apply to every case; to keep it as a"
                        + " note, write it so that it does not begin with 'RuleTable' (e.g. 'About RuleTable …'), or move the note"
                        + " to the 'Why (sources)' column; a rule table needs a CONDITION column");
                }));
        }
    }

    @Test
    void aTablesHeaderBlockCopiedToASheetOfNotesIsRefusedAsASecondTableOfItsName() throws IOException {
        // Steps B2:H6 copied to Notes with a line under it: its rows would be rules named Steps_<row>, as the Steps sheet's
        byte[] copied = WorkbookChecksTest.written(WorkbookChecksTest.shipped("escalation"), book -> {
            Sheet steps = book.getSheet("Steps");
            Sheet notes = book.createSheet("Notes");
            DataFormatter formatter = new DataFormatter();
            for (int r = 1; r <= 5; r++) {
                Row row = notes.createRow(r);
                for (int c = 1; c <= 7; c++) {
                    if (steps.getRow(r).getCell(c) != null) {
                        Workbooks.setText(row, c, formatter.formatCellValue(steps.getRow(r).getCell(c)), null);
                    }
                }
            }
            Workbooks.setText(notes.createRow(6), 1, "FAST: the client is in a hurry", null);
        });

        assertThatThrownBy(() -> compiler.compile("escalation", copied)).isInstanceOfSatisfying(RuleBookException.class,
            e -> assertThat(e.problems()).singleElement().isEqualTo(new RuleProblem("Notes", 2, "B", "RuleTable Steps",
                "'RuleTable Steps' starts a second rule table named 'Steps' (the first is on sheet 'Steps', B2), and rules are"
                    + " told apart by their table's name and row; to keep it as a note, write it so that it does not begin with"
                    + " 'RuleTable' (e.g. 'About RuleTable …'), or move the note to the 'Why (sources)' column; a rule table"
                    + " needs a name of its own")));
    }

    @Test
    void aDroolsSettingOnASheetOfNotesIsRefusedOnThatCellNotAppliedToEveryRule() throws IOException {
        // Drools reads "Sequential | true" as a setting of the whole workbook from any sheet: every rule would then run once,
        // in row order, without the re-evaluation the tables' adjustments count on
        byte[] sequential = WorkbookChecksTest.written(WorkbookChecksTest.shipped("escalation"), book -> {
            Row row = book.createSheet("Notes").createRow(2);
            Workbooks.setText(row, 0, "Sequential", null);
            Workbooks.setText(row, 1, "true", null);
        });

        assertThatThrownBy(() -> compiler.compile("escalation", sequential)).isInstanceOfSatisfying(RuleBookException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p).extracting(RuleProblem::sheet, RuleProblem::row, RuleProblem::column).containsExactly("Notes", 3, "A");
                assertThat(p.message()).isEqualTo("'Sequential' on sheet 'Notes' is a Drools setting, which Drools reads from"
                    + " any sheet and applies to every rule of the workbook: settings belong beside RuleSet on sheet 'About';"
                    + " to keep it as a note, write more than the one word (e.g. 'Note: sequential')");
            }));
        // a second package named on the notes: which one Drools takes is not the analyst's to guess
        byte[] ruleSet = WorkbookChecksTest.written(WorkbookChecksTest.shipped("escalation"), book -> {
            Row row = book.createSheet("Notes").createRow(0);
            Workbooks.setText(row, 0, "RuleSet", null);
            Workbooks.setText(row, 1, "io.meridian.notes", null);
        });
        assertThatThrownBy(() -> compiler.compile("escalation", ruleSet)).isInstanceOfSatisfying(RuleBookException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .startsWith("'RuleSet' on sheet 'Notes' is a Drools setting, which Drools reads from any sheet")));
    }

    @Test
    void aRuleTableWrittenInLowerCaseBuildsAsDroolsReadsIt() throws IOException {
        // Drools takes "ruletable" in any case; the check of the table's name refused it as unsafe content
        byte[] lower = Workbooks.edit(WorkbookChecksTest.shipped("escalation"), "Steps!B2", "ruletable Steps");

        assertThat(compiler.compile("escalation", lower).ruleCount())
            .isEqualTo(compiler.compile("escalation", WorkbookChecksTest.shipped("escalation")).ruleCount());
    }

    @Test
    void aSheetOfNotesThatMentionsARuleTableIsNoProblem() throws IOException {
        byte[] notes = withNotes("About RuleTable Steps", "It decides when the team is reminded: see RuleTable Steps");

        assertThat(compiler.compile("escalation", notes).ruleCount())
            .isEqualTo(compiler.compile("escalation", WorkbookChecksTest.shipped("escalation")).ruleCount());
    }

    @Test
    void aNumberWithADecimalCommaIsRefusedSayingHowToWriteIt() throws IOException {
        // "0,8" typed where Calc's language reads a comma as text (English), or pasted from a German sheet
        byte[] comma = Workbooks.edit(WorkbookChecksTest.shipped("escalation"), "Steps!C8", "0,8");

        assertThatThrownBy(() -> compiler.compile("escalation", comma)).isInstanceOfSatisfying(RuleBookException.class,
            e -> assertThat(e.problems()).singleElement().isEqualTo(new RuleProblem("Steps", 8, "C", "0,8",
                "'0,8' is not a number here: write it with a decimal point, 0.8 (the cell takes the number as it is written,"
                    + " whatever the spreadsheet's language)")));
    }

    /** A date typed into From in LibreOffice set to German and shown as "14. Februar 2026" (the format code Calc 7.4 writes). */
    private static byte[] germanDate() throws IOException {
        return WorkbookChecksTest.typed(Workbooks.etiquette(), "Announced days!E9",
            DateUtil.getExcelDate(LocalDate.of(2026, 2, 14)), "[$-407]d/\\ mmmm\\ yyyy");
    }

    @Test
    void aDateTypedInALocalesFormatIsNoChangeAgainstTheSameDayWrittenAsText() throws IOException {
        assertThat(compiler.generateDrl("etiquette", germanDate())).contains("$d.from(\"2026-02-14\");");
        assertThat(WorkbookDiff.compare(Workbooks.etiquette(), germanDate())).as("what the workbench shows changed").isEmpty();
    }

    @Test
    void theSheetBesideAProblemShowsADateTypedInALocalesFormatAsTheDayTheRulesRead() throws IOException {
        List<RuleProblem> problems = List.of(new RuleProblem("Announced days", 10, "C", "HOLYDAY", "not allowed"));

        assertThat(SheetRendering.around(germanDate(), problems, 1)).singleElement().satisfies(sheet -> assertThat(sheet.rows())
            .filteredOn(row -> row.number() == 9).singleElement().satisfies(row -> assertThat(row.cells())
                .filteredOn(cell -> cell.column().equals("E")).singleElement()
                .extracting(SheetRendering.CellView::text).isEqualTo("2026-02-14")));
    }

    @Test
    void aRowCopiedFromAnotherWorkbookWithItsOwnListIsJudgedByTheColumnsList() throws IOException {
        // Japan's row pasted from a colleague's workbook whose Pace list has a fourth value: LibreOffice pastes the cell's
        // list with it, splitting the column's list around the row (sqref "K7:K49 K51:K275", as Calc 7.4 saves it)
        byte[] pasted = WorkbookChecksTest.written(Workbooks.etiquette(), book -> {
            XSSFSheet countries = (XSSFSheet) book.getSheet("Countries");
            for (CTDataValidation list : countries.getCTWorksheet().getDataValidations().getDataValidationArray()) {
                List<?> ranges = list.getSqref();
                if (ranges.size() == 1 && String.valueOf(ranges.get(0)).matches("K7:K\\d+")) {
                    list.setSqref(List.of("K7:K49", "K51:" + String.valueOf(ranges.get(0)).split(":")[1]));
                }
            }
            DataValidationHelper lists = countries.getDataValidationHelper();
            countries.addValidationData(lists.createValidation(
                lists.createExplicitListConstraint(new String[] {"FAST", "MODERATE", "SLOW", "GLACIAL"}), new CellRangeAddressList(49, 49, 10, 10)));
            Workbooks.setText(countries.getRow(49), 10, "GLACIAL", null);
        });

        assertThatThrownBy(() -> compiler.compile("etiquette", pasted)).isInstanceOfSatisfying(RuleBookException.class,
            e -> assertThat(e.problems()).singleElement().isEqualTo(new RuleProblem("Countries", 50, "K", "GLACIAL",
                "'GLACIAL' is not allowed here: one of FAST, MODERATE, SLOW (list 'Pace'); the cell carries a list of its own"
                    + " (FAST, MODERATE, SLOW, GLACIAL), pasted with it from another workbook: choose a value from the column's"
                    + " list, or paste values only")));
    }

    @Test
    void aValueHiddenUnderMergedCellsIsRefusedOnItsCell() throws IOException {
        // Steps B9 (FAST) and B10 (NORMAL) merged, LibreOffice asked to keep the hidden cell: Drools reads FAST for row 10
        byte[] merged = WorkbookChecksTest.written(WorkbookChecksTest.shipped("escalation"),
            book -> book.getSheet("Steps").addMergedRegion(CellRangeAddress.valueOf("B9:B10")));

        assertThatThrownBy(() -> compiler.compile("escalation", merged)).isInstanceOfSatisfying(RuleBookException.class,
            e -> assertThat(e.problems()).singleElement().isEqualTo(new RuleProblem("Steps", 10, "B", "NORMAL",
                "'NORMAL' is hidden under the merged cells B9:B10, which read 'FAST' for every row they cover, so the rules of"
                    + " row 10 would not get it: split the merged cells (LibreOffice: Format > Merge and Unmerge Cells > Split"
                    + " Cells; Excel: Merge & Center > Unmerge Cells) and check the value of each row")));
    }

    @Test
    void mergedWhyCellsWithDifferentTextsAreNoProblem() throws IOException {
        // two sources merged into one cell for the eye: descriptions decide nothing
        byte[] merged = WorkbookChecksTest.written(WorkbookChecksTest.shipped("escalation"),
            book -> book.getSheet("Steps").addMergedRegion(CellRangeAddress.valueOf("H7:H8")));

        assertThat(compiler.compile("escalation", merged).ruleCount())
            .isEqualTo(compiler.compile("escalation", WorkbookChecksTest.shipped("escalation")).ruleCount());
    }

    @Test
    void mergedCellsAmongTheRuleRowsReadAsTheirFirstCellForEveryRow() throws IOException {
        // Steps B7:B9 (FAST three times) merged as Excel does it, emptying the hidden cells: the rules still read FAST
        byte[] merged = WorkbookChecksTest.written(WorkbookChecksTest.shipped("escalation"), book -> {
            Sheet steps = book.getSheet("Steps");
            steps.getRow(7).getCell(1).setBlank();
            steps.getRow(8).getCell(1).setBlank();
            steps.addMergedRegion(CellRangeAddress.valueOf("B7:B9"));
        });

        CompiledTable built = compiler.compile("escalation", merged);
        assertThat(built.ruleCount()).isEqualTo(compiler.compile("escalation", WorkbookChecksTest.shipped("escalation")).ruleCount());
        assertThat(built.layout().cell("Steps", 9, 1)).as("the cell the checks judge").get()
            .extracting(WorkbookLayout.Text::text).isEqualTo("FAST");
    }

    @Test
    void rowsSortedShowAsMovedNotAsChangedAddedAndRemoved() {
        List<List<String>> before = List.of(List.of("Pace"), List.of("FAST", "0.5"), List.of("FAST", "0.8"), List.of("NORMAL", "0.8"),
            List.of("NORMAL", "1"), List.of("ROUTINE", "2"));
        // sorted by share, largest first, above the last row, whose share changed
        List<List<String>> after = List.of(List.of("Pace"), List.of("NORMAL", "1"), List.of("NORMAL", "0.8"), List.of("FAST", "0.8"),
            List.of("FAST", "0.5"), List.of("ROUTINE", "3"));

        assertThat(WorkbookDiff.diff(before, after)).extracting(WorkbookDiff.RowChange::kind, WorkbookDiff.RowChange::beforeRow,
            WorkbookDiff.RowChange::afterRow).containsExactlyInAnyOrder(
                Tuple.tuple(WorkbookDiff.Kind.MOVED, 5, 2),
                Tuple.tuple(WorkbookDiff.Kind.MOVED, 4, 3),
                Tuple.tuple(WorkbookDiff.Kind.MOVED, 3, 4),
                Tuple.tuple(WorkbookDiff.Kind.CHANGED, 6, 6));
    }

    @Test
    void aRenamedSheetIsComparedWithItselfUnderItsOldName() throws IOException {
        byte[] shipped = WorkbookChecksTest.shipped("escalation");
        byte[] renamed = WorkbookChecksTest.written(shipped, book -> book.setSheetName(book.getSheetIndex("Steps"), "Steps 2027"));
        byte[] renamedAndEdited = WorkbookChecksTest.written(Workbooks.edit(shipped, "Steps!C8", "0.75"),
            book -> book.setSheetName(book.getSheetIndex("Steps"), "Steps 2027"));

        assertThat(WorkbookDiff.compare(shipped, renamed)).singleElement().satisfies(sheet -> {
            assertThat(sheet.sheet()).isEqualTo("Steps 2027");
            assertThat(sheet.renamedFrom()).isEqualTo("Steps");
            assertThat(sheet.rows()).as("no row differs").isEmpty();
        });
        assertThat(WorkbookDiff.compare(shipped, renamedAndEdited)).singleElement().satisfies(sheet -> {
            assertThat(sheet.renamedFrom()).isEqualTo("Steps");
            assertThat(sheet.rows()).singleElement().satisfies(row -> assertThat(row.changes())
                .containsExactly(new WorkbookDiff.CellChange("C", "Elapsed share at least", "0.8", "0.75")));
        });
    }

    @Test
    void aColumnInsertedShowsOnceNotAsEveryCellToItsRightChanged() throws IOException {
        // a column inserted at D of Steps, as LibreOffice does it, and one level changed
        byte[] shipped = WorkbookChecksTest.shipped("escalation");
        byte[] inserted = WorkbookChecksTest.written(Workbooks.edit(shipped, "Steps!D8", "4"), book -> {
            Sheet steps = book.getSheet("Steps");
            steps.shiftColumns(3, 7, 1);
            Workbooks.setText(steps.getRow(5), 3, "Comment", null);
        });

        assertThat(WorkbookDiff.compare(shipped, inserted)).singleElement().satisfies(sheet -> {
            assertThat(sheet.columns()).containsExactly("column D 'Comment' inserted");
            assertThat(sheet.rows()).singleElement().satisfies(row -> assertThat(row.changes())
                .containsExactly(new WorkbookDiff.CellChange("E", "Level", "2", "4")));
        });
    }

    /**
     * Column names cleared (row 6 of Response times) or one renamed read as the same columns, said once each, where the
     * comparison showed every column deleted with all its cells and inserted again, and every rule row changed from blank.
     */
    @Test
    void aColumnNameClearedOrRenamedIsSaidOnceNotAsTheColumnDeletedAndInserted() throws IOException {
        byte[] shipped = WorkbookChecksTest.shipped("complaint-handling");
        byte[] cleared = Workbooks.edit(shipped, "Response times!B6", "", "Response times!C6", "", "Response times!D6", "",
            "Response times!E6", "");
        byte[] renamed = Workbooks.edit(WorkbookChecksTest.shipped("escalation"), "Steps!C6", "Share used", "Steps!D8", "4");

        assertThat(WorkbookDiff.compare(shipped, cleared)).singleElement().satisfies(sheet -> {
            assertThat(sheet.columns()).containsExactly(
                "column B 'Severity': its name in row 6 was cleared; its rows read as before",
                "column C 'First response': its name in row 6 was cleared; its rows read as before",
                "column D 'Crisis channel': its name in row 6 was cleared; its rows read as before",
                "column E 'Why (sources)': its name in row 6 was cleared; its rows read as before");
            assertThat(sheet.rows()).singleElement().satisfies(row -> {
                assertThat(row.afterRow()).isEqualTo(6);
                assertThat(row.changes()).extracting(WorkbookDiff.CellChange::before)
                    .containsExactly("Severity", "First response", "Crisis channel", "Why (sources)");
            });
        });
        assertThat(WorkbookDiff.compare(WorkbookChecksTest.shipped("escalation"), renamed)).singleElement().satisfies(sheet -> {
            assertThat(sheet.columns()).containsExactly(
                "column C 'Elapsed share at least' renamed to 'Share used'; its rows read as before");
            assertThat(sheet.rows()).extracting(WorkbookDiff.RowChange::afterRow).containsExactly(6, 8);
            assertThat(sheet.rows().get(1).changes()).containsExactly(new WorkbookDiff.CellChange("D", "Level", "2", "4"));
        });
    }

    /**
     * A header row of a rule table deleted (its rows of column kinds, facts, code or names): the problem is on the row that
     * moved up into its place, saying which row is missing and what it holds, where the analyst read that the table has no
     * CONDITION column (and should be a note), "unsafe content" on each code cell, Drools' "Unexpected content 'Fires once'
     * in cell E5, leave this cell blank" without a sheet, or, for the names, the scenarios of the first rule failing.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "3|B|$c: ComplaintFact|row 3 holds '$c: ComplaintFact' where the row of column kinds belongs|column kinds|each column's kind (CONDITION above a condition",
        "4|B|category == \"$param\"|row 4 holds code ('category == \"$param\"', 'modify($c) { setSeverity(\"$param\") }', '$c.setTeam(\"$param\");') where the row of facts belongs|facts|the fact the conditions read above the first CONDITION (e.g. $c: ComplaintFact)",
        "5|B|Category|row 5 holds 'Category', 'Starting severity', 'Handling team', … where the row of code belongs|code|the code of each CONDITION and ACTION column, with $param where a rule's value goes",
        "6|B|QUALITY|row 6 holds a rule ('QUALITY', 'NORMAL', 'support', …), which would be read as the column names and left out of the rules, where the row of column names belongs|column names|each column's name, as the analysts read it"})
    void aDeletedHeaderRowOfARuleTableIsNamedWithWhatItHolds(int row, String column, String cell, String start, String missing,
                                                              String write) throws IOException {
        byte[] deleted = WorkbookChecksTest.written(WorkbookChecksTest.shipped("complaint-handling"), book -> {
            Sheet categories = book.getSheet("Categories");
            categories.removeRow(categories.getRow(row - 1));
            categories.shiftRows(row, categories.getLastRowNum(), -1);
        });

        assertThatThrownBy(() -> compiler.compile("complaint-handling", deleted)).isInstanceOfSatisfying(RuleBookException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.sheet() + "!" + p.column() + p.row() + " " + p.cell()).isEqualTo("Categories!" + column + row + " " + cell);
                assertThat(p.message()).startsWith(start + ": below 'RuleTable Categories' (B2) a rule table has a row of column kinds"
                    + " (CONDITION, ACTION, DESCRIPTION, …), a row of facts (e.g. $c: ComplaintFact), a row of code (with $param where"
                    + " a rule's value goes) and a row of column names, then its rules. The row of " + missing + " is missing: insert"
                    + " a row above row " + row + " and write in it " + write);
            }));
    }

    /**
     * Two Scenarios column names cleared and two renamed, all four EXPECT columns alike above their names, read as the same
     * four columns, said once each, where two or more alike showed as columns deleted with all their cells and inserted again.
     */
    @Test
    void severalColumnNamesClearedOrRenamedAlikeAreEachSaidOnce() throws IOException {
        byte[] shipped = WorkbookChecksTest.shipped("complaint-handling");
        byte[] edited = Workbooks.edit(shipped, "Scenarios!I6", "", "Scenarios!J6", "", "Scenarios!K6", "handlingTeam",
            "Scenarios!L6", "senior", "Scenarios!K8", "quality");

        assertThat(WorkbookDiff.compare(shipped, edited)).singleElement().satisfies(sheet -> {
            assertThat(sheet.sheet()).isEqualTo("Scenarios");
            assertThat(sheet.columns()).containsExactly(
                "column I 'severity': its name in row 6 was cleared; its rows read as before",
                "column J 'firstResponse': its name in row 6 was cleared; its rows read as before",
                "column K 'team' renamed to 'handlingTeam'; its rows read as before",
                "column L 'seniorContact' renamed to 'senior'; its rows read as before");
            assertThat(sheet.rows()).extracting(WorkbookDiff.RowChange::afterRow).containsExactly(6, 8);
            assertThat(sheet.rows().get(0).changes()).extracting(WorkbookDiff.CellChange::before)
                .containsExactly("severity", "firstResponse", "team", "seniorContact");
            assertThat(sheet.rows().get(1).changes()).containsExactly(new WorkbookDiff.CellChange("K", "handlingTeam", "support", "quality"));
        });
    }

    @Test
    void aColumnDeletedOrMovedIsNamedOnce() {
        // a rule table's six header rows (types and labels here), then a rule row
        List<String> none = List.of();
        List<List<String>> before = List.of(List.of("", "CONDITION", "ACTION", "ACTION", "ACTION", "ACTION", "DESCRIPTION"),
            List.of("", "Pace", "Level", "Remind", "Escalate to", "Notify", "Why"), none, none, none, none,
            List.of("", "FAST", "1", "assignee", "", "", "judgement"));
        // Why moved from G to C, Remind deleted
        List<List<String>> after = List.of(List.of("", "CONDITION", "DESCRIPTION", "ACTION", "ACTION", "ACTION"),
            List.of("", "Pace", "Why", "Level", "Escalate to", "Notify"), none, none, none, none,
            List.of("", "FAST", "judgement", "1"));
        List<String> notes = new ArrayList<>();

        List<List<String>> aligned = WorkbookDiff.alignColumns(before, after, notes);

        assertThat(notes).containsExactlyInAnyOrder("column 'Why' moved from G to C",
            "column D 'Remind' deleted; its cells were: row 7 (FAST) 'assignee'");
        assertThat(WorkbookDiff.diff(aligned, after)).as("no row differs but for what the notes say").isEmpty();
    }

    @Test
    void aColumnDeletedIsNamedWithWhatItsCellsSaid() throws IOException {
        // Remind (E) deleted from Steps as LibreOffice does it: the columns right of it move left
        byte[] shipped = WorkbookChecksTest.shipped("escalation");
        byte[] deleted = WorkbookChecksTest.written(shipped, book -> {
            Sheet steps = book.getSheet("Steps");
            steps.forEach(row -> {
                if (row.getCell(4) != null) {
                    row.removeCell(row.getCell(4));
                }
            });
            steps.shiftColumns(5, 7, -1);
        });

        assertThat(WorkbookDiff.compare(shipped, deleted)).singleElement().satisfies(sheet -> {
            assertThat(sheet.columns()).containsExactly("column E 'Remind' deleted; its cells were:"
                + " row 7 (FAST) 'assignee', row 10 (NORMAL) 'assignee', row 13 (ROUTINE) 'assignee'");
            assertThat(sheet.rows()).as("every other cell kept its place under its header").isEmpty();
        });
    }

    @Test
    void aDeletedColumnsNoteNamesTenOfItsCellsAndCountsTheRest() {
        List<String> none = List.of();
        List<List<String>> before = new ArrayList<>(List.of(List.of("CONDITION", "ACTION", "DESCRIPTION"),
            List.of("Country", "Note", "Why"), none, none, none, none));
        List<List<String>> after = new ArrayList<>(List.of(List.of("CONDITION", "DESCRIPTION"), List.of("Country", "Why"),
            none, none, none, none));
        for (int r = 0; r < 13; r++) {
            // every other row without a note: only rows with a value are named
            before.add(List.of("C" + r, r % 2 == 0 ? "note " + r : "", "source"));
            after.add(List.of("C" + r, "source"));
        }
        List<String> notes = new ArrayList<>();

        WorkbookDiff.alignColumns(before, after, notes);

        assertThat(notes).containsExactly("column B 'Note' deleted; its cells were: row 7 (C0) 'note 0',"
            + " row 9 (C2) 'note 2', row 11 (C4) 'note 4', row 13 (C6) 'note 6', row 15 (C8) 'note 8', row 17 (C10) 'note 10',"
            + " row 19 (C12) 'note 12'");
        before.replaceAll(row -> row.size() == 3 && row.get(2).equals("source") ? List.of(row.get(0), "note", "source") : row);
        notes.clear();
        WorkbookDiff.alignColumns(before, after, notes);
        assertThat(notes).singleElement().asString().endsWith("row 16 (C9) 'note' and 3 more rows")
            .contains("row 7 (C0) 'note'").doesNotContain("row 17");
        // a long text (a source's note) is cut after 60 characters
        before.replaceAll(row -> row.size() == 3 && row.get(2).equals("source") ? List.of(row.get(0), "x".repeat(61), "source") : row);
        notes.clear();
        WorkbookDiff.alignColumns(before, after, notes);
        assertThat(notes).singleElement().asString().contains("row 7 (C0) '" + "x".repeat(60) + "…', row 8");
    }

    @Test
    void aColumnInsertedBesideColumnsAlikeShowsOnce() throws IOException {
        // Countries has three Note columns and two Drop note columns, each alike but for their place
        byte[] inserted = WorkbookChecksTest.written(Workbooks.etiquette(), book -> {
            Sheet countries = book.getSheet("Countries");
            countries.shiftColumns(5, countries.getRow(5).getLastCellNum(), 1);
            Workbooks.setText(countries.getRow(5), 5, "Comment", null);
        });

        assertThat(WorkbookDiff.compare(Workbooks.etiquette(), inserted)).singleElement().satisfies(sheet -> {
            assertThat(sheet.columns()).containsExactly("column F 'Comment' inserted");
            assertThat(sheet.rows()).isEmpty();
        });
    }
}
