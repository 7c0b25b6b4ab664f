package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import io.meridian.etiquette.EtiquetteFixture;
import io.meridian.testsupport.RunsBeside;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The checks every analysts' workbook goes through before anything is compiled or goes live:
 * allowed values declared as drop-down lists in the workbook, a broken code template named
 * once on its own cell, Drools' words turned into the analyst's.
 */
@RunsBeside
class WorkbookChecksTest {

    private final DecisionTableCompiler compiler = new DecisionTableCompiler();

    @ParameterizedTest
    @ValueSource(strings = {"etiquette", "complaint-handling", "escalation"})
    void everyConstrainedColumnOfAShippedWorkbookCarriesItsListOverEveryDataRow(String table) throws IOException {
        byte[] workbook = shipped(table);
        List<AllowedValueLists.Constrained> constrained = AllowedValueLists.constrained(workbook);
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            List<AllowedValues.AllowedList> lists = AllowedValues.lists(book);
            for (AllowedValueLists.Constrained column : constrained) {
                assertThat(lists).as("%s!%s (%s) offers %s as a drop-down", column.sheet(), column.column(), column.header(),
                    column.values()).anySatisfy(list -> {
                        assertThat(list.sheet()).isEqualTo(column.sheet());
                        assertThat(list.values()).isEqualTo(column.values());
                        CellRangeAddress range = list.ranges().get(0);
                        assertThat(range.getFirstColumn()).isEqualTo(column.col());
                        assertThat(range.getFirstRow() + 1).isEqualTo(column.firstRow());
                        assertThat(range.getLastRow() + 1).isGreaterThanOrEqualTo(column.lastRow());
                    });
            }
        }
        assertThat(constrained).as("the comment-named columns of " + table).isNotEmpty();
    }

    /**
     * The escalation workbook's one column with a fixed set of values, "Fires once" (Drools' LOCK-ON-ACTIVE), offers true
     * and false as a drop-down, and another word is refused on its cell in the analyst's words. Its other columns take a
     * list of values per cell (Tiers, Severities, Task kinds), a pace the Steps sheet names, or a number or group: no list.
     */
    @Test
    void theEscalationWorkbooksFiresOnceColumnOffersTrueOrFalseAndRefusesAnotherWord() throws IOException {
        assertThat(AllowedValueLists.constrained(shipped("escalation"))).extracting(c -> c.sheet() + "!" + c.column() + " " + c.values())
            .containsExactly("Pace!F [true, false]");

        assertThatThrownBy(() -> compiler.compile("escalation", Workbooks.edit(shipped("escalation"), "Pace!F8", "yes")))
            .isInstanceOfSatisfying(RuleBookException.class, e -> assertThat(e.problems()).singleElement()
                .isEqualTo(new RuleProblem("Pace", 8, "F", "yes", "'yes' is not allowed here: true or false expected (list 'Fires once')")));
    }

    /**
     * Every text cell of a shipped workbook is one Excel and LibreOffice read: POI, setting a text on a cell typed
     * {@code inlineStr}, wrote its value as {@code <v>} where that type needs {@code <is><t>}; POI reads it back, but
     * LibreOffice Calc shows the cell empty and an analyst's next save loses the text (Brazil's documents note did).
     */
    @ParameterizedTest
    @ValueSource(strings = {"etiquette", "complaint-handling", "escalation"})
    void noTextCellOfAShippedWorkbookIsWrittenInAFormLibreOfficeDrops(String table) throws IOException {
        Pattern misread = Pattern.compile("<c r=\"([A-Z]+[0-9]+)\"[^>]*t=\"inlineStr\"[^>]*><v>");
        List<String> cells = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(shipped(table)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().startsWith("xl/worksheets/")) {
                    Matcher m = misread.matcher(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
                    while (m.find()) {
                        cells.add(e.getName() + "!" + m.group(1));
                    }
                }
            }
        }
        assertThat(cells).as("inline text cells written as a value in " + table).isEmpty();
    }

    @Test
    void theProgramThatAddsTheListsCanRunAgainWithoutChangingThem() throws IOException {
        byte[] once = shipped("etiquette");
        byte[] twice = AllowedValueLists.apply(once);
        try (Workbook a = WorkbookFactory.create(new ByteArrayInputStream(once));
             Workbook b = WorkbookFactory.create(new ByteArrayInputStream(twice))) {
            assertThat(describe(AllowedValues.lists(b))).isEqualTo(describe(AllowedValues.lists(a)));
        }
    }

    @Test
    void aValueOutsideItsListIsRefusedBeforeCompilingNamingTheListAndTheCell() {
        byte[] workbook = Workbooks.edit(Workbooks.etiquette(), "Countries!C50", "SOMETIMES", "Region defaults!K9", "GLACIAL");

        assertThatThrownBy(() -> compiler.compile("etiquette", workbook))
            .isInstanceOfSatisfying(RuleBookException.class, e -> assertThat(e.problems())
                .extracting(RuleProblem::sheet, RuleProblem::column, RuleProblem::row, RuleProblem::cell, RuleProblem::message)
                .containsExactlyInAnyOrder(
                    Tuple.tuple("Countries", "C", 50, "SOMETIMES",
                        "'SOMETIMES' is not allowed here: one of DIRECT, INDIRECT (list 'Directness')"),
                    Tuple.tuple("Region defaults", "K", 9, "GLACIAL",
                        "'GLACIAL' is not allowed here: one of FAST, MODERATE, SLOW (list 'Pace')")));
    }

    /**
     * Cells an analyst's tool keeps as numbers shown in a format, as LibreOffice or Excel save a time, a date or a
     * percentage typed into a cell: triples of sheet!cell, number and format.
     */
    static byte[] typed(byte[] workbook, Object... cellsNumbersAndFormats) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            for (int i = 0; i < cellsNumbersAndFormats.length; i += 3) {
                String[] where = ((String) cellsNumbersAndFormats[i]).split("!");
                CellReference ref = new CellReference(where[1]);
                Row row = book.getSheet(where[0]).getRow(ref.getRow());
                Cell cell = row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
                cell.setBlank();
                cell.setCellValue((Double) cellsNumbersAndFormats[i + 1]);
                CellStyle style = book.createCellStyle();
                style.cloneStyleFrom(cell.getCellStyle());
                style.setDataFormat(book.createDataFormat().getFormat((String) cellsNumbersAndFormats[i + 2]));
                cell.setCellStyle(style);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void aTimeOrADateTypedAsSuchIsReadAsTheTextTheColumnIsWrittenIn() throws IOException {
        // 18:00 as Calc keeps it (three quarters of a day, shown HH:MM); 2027-01-01 as its day count, shown YYYY-MM-DD
        double newYear2027 = DateUtil.getExcelDate(LocalDate.of(2027, 1, 1));
        byte[] workbook = typed(Workbooks.etiquette(), "Countries!T15", 0.75, "HH:MM", "Announced days!E19", newYear2027, "YYYY-MM-DD");

        String drl = compiler.generateDrl("etiquette", workbook);
        assertThat(drl).contains("$e.setCloses(\"18:00\");", "$d.from(\"2027-01-01\");").doesNotContain("1899");
        CompiledTable built = compiler.compile("etiquette", workbook);
        assertThat(built.ruleCount()).isEqualTo(compiler.compile("etiquette", Workbooks.etiquette()).ruleCount());
        assertThat(CellFormat.problems(built.layout(), EtiquetteFixture.scenarioRunner().cellFormats(), List.of()))
            .as("the time and the date read as the Closes and From columns are written").isEmpty();
        assertThat(built.workbook()).as("the bytes kept as the analyst saved them").isEqualTo(workbook);
    }

    /** The cell {@code sheet!A1} of an open workbook, made when missing. */
    static Cell cell(Workbook book, String where) {
        String[] at = where.split("!");
        CellReference ref = new CellReference(at[1]);
        Sheet sheet = book.getSheet(at[0]);
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }

    static byte[] written(byte[] workbook, Consumer<Workbook> change) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            change.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    /**
     * True typed into a true/false column in LibreOffice Calc is saved as the formula {@code TRUE()} with its result (Calc
     * 7.4 writes {@code <c t="b"><f>TRUE()</f><v>1</v></c>}), Excel keeps a logical value, and a formula copying a time
     * shows that time: each reads as the value the analyst sees, where the first was refused as unsafe code
     * ({@code TRUE()}) and the formula as {@code 'S15' is not a time of day}.
     */
    @Test
    void aTrueTypedAsSuchAndAFormulaReadAsTheValueTheCellShows() throws IOException {
        byte[] workbook = written(Workbooks.etiquette(), book -> {
            Cell honorifics = cell(book, "Countries!M16");
            honorifics.setCellFormula("TRUE()");
            honorifics.setCellValue(true);
            Cell bilingual = cell(book, "Countries!Q16");
            bilingual.setBlank();
            bilingual.setCellValue(true);
            Cell closes = cell(book, "Countries!T16");
            closes.setCellFormula("S15");
            closes.setCellValue("08:00");
        });

        CompiledTable built = compiler.compile("etiquette", workbook);
        assertThat(CellFormat.problems(built.layout(), EtiquetteFixture.scenarioRunner().cellFormats(), List.of()))
            .isEmpty();
        assertThat(compiler.generateDrl("etiquette", workbook)).contains("$e.setHonorifics(true);", "$e.setCloses(\"08:00\");")
            .doesNotContain("TRUE()", "setCloses(\"S15\")");
        assertThat(built.workbook()).as("the bytes kept as the analyst saved them").isEqualTo(workbook);
    }

    /** The comparison with the version in force shows no change where a true became LibreOffice's TRUE() of the same value. */
    @Test
    void aTrueTypedAsSuchIsNoChangeAgainstTheTextTrue() throws IOException {
        byte[] workbook = written(Workbooks.etiquette(), book -> {
            Cell bilingual = cell(book, "Countries!Q16");
            bilingual.setCellFormula("TRUE()");
            bilingual.setCellValue(true);
            cell(book, "Countries!M16").setCellValue(true);
        });

        assertThat(WorkbookDiff.compare(Workbooks.etiquette(), workbook)).flatExtracting(WorkbookDiff.SheetDiff::rows).singleElement()
            .satisfies(row -> assertThat(row.changes()).containsExactly(new WorkbookDiff.CellChange("M", "Honorifics", "", "true")));
    }

    /**
     * A failed list scenario names the item the answer lacks, after the whole answer: Germany's arrival note changed, its
     * scenario expects the old one among six advice sentences.
     */
    @Test
    void aFailedListScenarioNamesTheItemTheAnswerLacks() {
        CompiledTable built = compiler.compile("etiquette", Workbooks.edit(Workbooks.etiquette(), "Countries!X15",
            "At a meeting in person, arrive 10 minutes early."));

        List<ScenarioResult> results = ScenarioSheet.run("etiquette", built.layout(), built, EtiquetteFixture.scenarioRunner());

        assertThat(results).flatExtracting(ScenarioResult::failures).extracting(RuleProblem::message)
            .anySatisfy(m -> assertThat(m).startsWith("scenario 'DE: Germany' expected notes At a meeting in person, arrive 15 minutes early.")
                .endsWith("; not in the answer: 'At a meeting in person, arrive 15 minutes early.'"));
        assertThat(ScenarioSheet.listDifference("Avoid alcohol, politics", List.of("politics", "age"), false))
            .isEqualTo("; not in the answer: 'Avoid alcohol'");
        assertThat(ScenarioSheet.listDifference("age, religion", List.of("politics", "age"), true))
            .isEqualTo("; in the answer, which it should not be: 'age'");
    }

    /**
     * A Scenarios column whose name was deleted (a header cleared while tidying) is refused on that cell: its values were
     * passed over, so the United States opening at 08:00 passed the scenario that expects 09:00-18:00.
     */
    @Test
    void anExpectColumnWithoutItsNameIsRefusedWhereItsValuesWouldGoUnchecked() {
        CompiledTable built = compiler.compile("etiquette", Workbooks.edit(Workbooks.etiquette(), "Countries!S7", "08:00",
            "Scenarios!Q6", ""));

        assertThatThrownBy(() -> ScenarioSheet.run("etiquette", built.layout(), built, EtiquetteFixture.scenarioRunner()))
            .isInstanceOfSatisfying(RuleBookException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.sheet() + "!" + p.column() + p.row()).isEqualTo("Scenarios!Q6");
                assertThat(p.message()).startsWith("column Q is an EXPECT column with values"
                    + " (row 7: 09:00-18:00, row 8: 09:00-18:00, …) but no name in row 6, so none of them would be checked: write the name of the answer it expects in Q6,"
                    + " as the other EXPECT columns do (region, timeZone, directness, context, …)");
            }));
    }

    /** A named Scenarios column whose kind was cleared, or mistyped, is refused on the kind's cell: it was read as notes. */
    @Test
    void aScenariosColumnWithoutItsKindOrWithAMistypedOneIsRefusedOnTheKindsCell() {
        CompiledTable cleared = compiler.compile("etiquette", Workbooks.edit(Workbooks.etiquette(), "Scenarios!Q5", ""));
        CompiledTable mistyped = compiler.compile("etiquette", Workbooks.edit(Workbooks.etiquette(), "Scenarios!Q5", "EXPCT"));

        assertThatThrownBy(() -> ScenarioSheet.run("etiquette", cleared.layout(), cleared, EtiquetteFixture.scenarioRunner()))
            .isInstanceOfSatisfying(RuleBookException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.sheet() + "!" + p.column() + p.row()).isEqualTo("Scenarios!Q5");
                assertThat(p.message()).startsWith("column Q 'businessHours' has values (row 7: 09:00-18:00, row 8: 09:00-18:00, …)"
                    + " but no kind in row 5, so none of them would be read: write EXPECT in Q5");
            }));
        assertThatThrownBy(() -> ScenarioSheet.run("etiquette", mistyped.layout(), mistyped, EtiquetteFixture.scenarioRunner()))
            .isInstanceOfSatisfying(RuleBookException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.sheet() + "!" + p.column() + p.row() + " " + p.cell()).isEqualTo("Scenarios!Q5 EXPCT");
                assertThat(p.message())
                    .startsWith("'EXPCT' is no kind of column, so column Q 'businessHours' would be read as notes")
                    .contains("did you mean 'EXPECT'?");
            }));
    }

    /** A scenario row given a client but no expected answer (a half-filled row) fails, where it passed checking nothing. */
    @Test
    void aScenarioThatExpectsNothingFailsOnItsName() {
        CompiledTable built = compiler.compile("etiquette", Workbooks.edit(Workbooks.etiquette(), "Scenarios!B515", "NZ: New Zealand",
            "Scenarios!C515", "NZ", "Scenarios!D515", "2027-03-10", "Scenarios!E515", "B"));

        List<ScenarioResult> results = ScenarioSheet.run("etiquette", built.layout(), built, EtiquetteFixture.scenarioRunner());

        assertThat(results).filteredOn(r -> !r.passed()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(515);
            assertThat(r.checked()).isZero();
            assertThat(r.failures()).singleElement().satisfies(p -> {
                assertThat(p.column() + p.row() + " " + p.cell()).isEqualTo("B515 NZ: New Zealand");
                assertThat(p.message()).isEqualTo("scenario 'NZ: New Zealand' expects nothing, so it cannot fail: fill at least one"
                    + " of its EXPECT cells with the answer the rules must give (- expects an empty answer), or delete the row");
            });
        });
    }

    /**
     * A formula is judged on the text it gives, which is what Drools writes into the rule: one that fetches a quote from
     * another sheet is refused as the quote typed into the cell would be, where its formula text passed.
     */
    @Test
    void aFormulaIsCheckedOnTheTextItGives() throws IOException {
        byte[] workbook = written(Workbooks.etiquette(), book -> {
            cell(book, "About!B14").setCellValue("Arrive early.\" + \"");
            Cell note = cell(book, "Countries!X15");
            note.setCellFormula("About!B14");
            note.setCellValue("Arrive early.\" + \"");
        });

        assertThatThrownBy(() -> compiler.compile("etiquette", workbook))
            .isInstanceOfSatisfying(RuleBookException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p).extracting(RuleProblem::sheet, RuleProblem::column, RuleProblem::row, RuleProblem::cell)
                    .containsExactly("Countries", "X", 15, "Arrive early.\" + \"");
                assertThat(p.message()).startsWith("unsafe content");
            }));
    }

    /**
     * The sheet rendering beside a problem shows the cell as the checks judged it, the value the formula shows, where it
     * showed the formula's text ("About!B14") under a problem about the quote the cell gives.
     */
    @Test
    void aProblemsSheetRenderingShowsTheValueAFormulaGives() throws IOException {
        byte[] workbook = written(Workbooks.etiquette(), book -> {
            cell(book, "About!B14").setCellValue("Arrive early.\" + \"");
            Cell note = cell(book, "Countries!X15");
            note.setCellFormula("About!B14");
            note.setCellValue("Arrive early.\" + \"");
        });
        List<RuleProblem> problems = List.of(new RuleProblem("Countries", 15, "X", "Arrive early.\" + \"", "unsafe content"));

        List<SheetRendering.SheetView> sheets = SheetRendering.around(workbook, problems, 1);

        assertThat(sheets).singleElement().satisfies(sheet -> assertThat(sheet.rows())
            .filteredOn(row -> row.number() == 15).singleElement()
            .satisfies(row -> assertThat(row.cells()).filteredOn(SheetRendering.CellView::hasProblem).singleElement()
                .extracting(SheetRendering.CellView::text).isEqualTo("Arrive early.\" + \"")));
    }

    @Test
    void aPercentageTypedAsSuchIsReadAsTheShareItStandsFor() throws IOException {
        byte[] workbook = typed(shipped("escalation"), "Steps!C10", 0.75, "0%");

        assertThat(compiler.generateDrl("escalation", workbook)).contains("elapsedShare >= 0.75");
        assertThat(compiler.compile("escalation", workbook).ruleCount()).isPositive();
    }

    @Test
    void aPercentageWrittenAsTextIsRefusedSayingTheShareToWrite() throws IOException {
        byte[] workbook = Workbooks.edit(shipped("escalation"), "Steps!C10", "75%");

        assertThatThrownBy(() -> compiler.compile("escalation", workbook))
            .isInstanceOfSatisfying(RuleBookException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p).extracting(RuleProblem::sheet, RuleProblem::column, RuleProblem::row, RuleProblem::cell)
                    .containsExactly("Steps", "C", 10, "75%");
                assertThat(p.message()).isEqualTo("'75%' is a percentage, and this column takes the share as a number: write 0.75"
                    + " (or format the cell as a percentage)");
            }));
    }

    @Test
    void theTextOfADayATimeOfDayOrBoth() {
        assertThat(TypedCells.dateOrTime(0.75, false)).isEqualTo("18:00");
        assertThat(TypedCells.dateOrTime(0.5 + 1.0 / 86_400, false)).isEqualTo("12:00:01");
        double day = DateUtil.getExcelDate(LocalDate.of(2027, 2, 15));
        assertThat(TypedCells.dateOrTime(day, false)).isEqualTo("2027-02-15");
        assertThat(TypedCells.dateOrTime(day + 9.5 / 24, false)).isEqualTo("2027-02-15T09:30");
        assertThat(TypedCells.dateOrTime(day - 1462, true)).as("a workbook counting from 1904").isEqualTo("2027-02-15");
    }

    @Test
    void aWordInATrueFalseColumnReadsTrueOrFalseExpected() {
        byte[] workbook = Workbooks.edit(Workbooks.etiquette(), "Countries!M9", "maybe");

        assertThatThrownBy(() -> compiler.compile("etiquette", workbook))
            .isInstanceOfSatisfying(RuleBookException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p).extracting(RuleProblem::sheet, RuleProblem::column, RuleProblem::row, RuleProblem::cell)
                    .containsExactly("Countries", "M", 9, "maybe");
                assertThat(p.message()).contains("true or false expected").doesNotContain("cannot be resolved");
            }));
    }

    @Test
    void aWordInATrueFalseColumnOfAWorkbookWithoutListsStillReadsTrueOrFalseExpected() {
        byte[] workbook = Workbooks.edit(Workbooks.withoutLists(Workbooks.etiquette()), "Countries!M9", "maybe");

        assertThatThrownBy(() -> compiler.compile("etiquette", workbook))
            .isInstanceOfSatisfying(RuleBookException.class, e -> assertThat(e.problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("true or false expected")));
    }

    @Test
    void aCodeTemplateThatDoesNotBuildIsReportedOnceOnItsCell() {
        byte[] workbook = Workbooks.edit(Workbooks.etiquette(), "Region defaults!C5", "$e.setDirectness(\"$param\";");

        assertThatThrownBy(() -> compiler.compile("etiquette", workbook))
            .isInstanceOfSatisfying(RuleBookException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p).extracting(RuleProblem::sheet, RuleProblem::column, RuleProblem::row)
                    .containsExactly("Region defaults", "C", 5);
                assertThat(p.message()).contains("code template").contains("14 rows");
            }));
    }

    @Test
    void aTemplateThatTakesEveryCellAsANameIsReportedOnceOnItsCell() {
        byte[] workbook = Workbooks.edit(Workbooks.etiquette(), "Countries!C5", "$e.setDirectness($param);");

        assertThatThrownBy(() -> compiler.compile("etiquette", workbook))
            .isInstanceOfSatisfying(RuleBookException.class, e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p).extracting(RuleProblem::sheet, RuleProblem::column, RuleProblem::row)
                    .containsExactly("Countries", "C", 5);
                assertThat(p.message()).contains("code template");
            }));
    }

    @Test
    void theDiffNamesTheChangedCellsOfAChangedRow() {
        List<WorkbookDiff.SheetDiff> diff = WorkbookDiff.compare(Workbooks.etiquette(), Workbooks.etiquetteWithDirectJapan());

        Map<String, WorkbookDiff.SheetDiff> bySheet = diff.stream().collect(Collectors.toMap(WorkbookDiff.SheetDiff::sheet, d -> d));
        assertThat(bySheet).containsOnlyKeys("Countries", "Scenarios");
        assertThat(bySheet.get("Countries").rows()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(WorkbookDiff.Kind.CHANGED);
            assertThat(r.afterRow()).isEqualTo(50);
            assertThat(r.key()).as("the row's country").isEqualTo("JP");
            assertThat(r.changes()).as("named by the column's header").containsExactly(new WorkbookDiff.CellChange("C", "Directness", "", "DIRECT"));
        });
        assertThat(bySheet.get("Scenarios").rows()).hasSize(2)
            .allSatisfy(r -> assertThat(r.changes()).containsExactly(new WorkbookDiff.CellChange("H", "directness", "INDIRECT", "DIRECT")));
    }

    @Test
    void theDiffTellsAddedAndRemovedRowsApart() {
        List<List<String>> before = List.of(List.of("a", "1"), List.of("b", "2"), List.of("c", "3"));
        List<List<String>> after = List.of(List.of("a", "1"), List.of("c", "3"), List.of("d", "4"));

        assertThat(WorkbookDiff.diff(before, after)).extracting(WorkbookDiff.RowChange::kind, WorkbookDiff.RowChange::beforeRow,
            WorkbookDiff.RowChange::afterRow).containsExactly(
                Tuple.tuple(WorkbookDiff.Kind.REMOVED, 2, 0),
                Tuple.tuple(WorkbookDiff.Kind.ADDED, 0, 3));
    }

    private static List<String> describe(List<AllowedValues.AllowedList> lists) {
        return lists.stream().map(l -> l.sheet() + "!" + l.ranges() + l.values()).sorted().toList();
    }

    /** A workbook as the application packs it ({@code /rules/<table>.drl.xlsx}). */
    static byte[] shipped(String table) throws IOException {
        try (InputStream in = WorkbookChecksTest.class.getResourceAsStream("/rules/" + table + RuleBook.SUFFIX)) {
            return in.readAllBytes();
        }
    }
}
