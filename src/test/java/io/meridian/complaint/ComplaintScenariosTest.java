package io.meridian.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.TreeSet;

import io.meridian.etiquette.EtiquetteFixture;
import io.meridian.rules.DecisionTableCompiler;
import io.meridian.rules.RuleBookException;
import io.meridian.rules.RuleProblem;
import io.meridian.rules.WorkbookValidator;
import io.meridian.rules.Workbooks;
import io.meridian.system.Groups;
import io.meridian.testsupport.RunsBeside;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The shipped complaint workbook passes its own Scenarios sheet, and no row loops. */
@RunsBeside
class ComplaintScenariosTest {

    private final WorkbookValidator validator = new WorkbookValidator(List.of(new ComplaintScenarios(
        new ComplaintDecisionService(EtiquetteFixture.ruleBook(), EtiquetteFixture.etiquetteService()),
        () -> new TreeSet<>(Groups.ALL.keySet()))));

    @Test
    void shippedScenariosPass() throws Exception {
        byte[] workbook = Files.readAllBytes(Path.of("rules/complaint-handling.drl.xlsx"));
        var checked = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> validator.check("complaint-handling", workbook));
        assertThat(checked.scenarios()).hasSizeGreaterThanOrEqualTo(9).allSatisfy(r -> assertThat(r.failures()).isEmpty());
    }

    @Test
    void aHandlingTeamThatIsNoGroupIsRefusedOnItsCell() throws Exception {
        byte[] misspelt = Workbooks.edit(Files.readAllBytes(Path.of("rules/complaint-handling.drl.xlsx")), "Categories!D7", "suport");

        RuleBookException refused = catchThrowableOfType(RuleBookException.class, () -> validator.check("complaint-handling", misspelt));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet() + "!" + p.column() + p.row()).isEqualTo("Categories!D7");
            assertThat(p.message()).startsWith("'suport' is no group: the complaints of this category would show up in nobody's Tasklist."
                + " Did you mean 'support'? Write one group per cell, one of analysts, ");
        });
    }

    /** A Categories row copied and left for the same category is refused naming both rows, where only its scenarios' answers showed it. */
    @Test
    void aSecondCategoriesRowForACategoryIsRefusedNamingBothRows() throws Exception {
        byte[] copied = Workbooks.edit(shipped(), "Categories!B12", "QUALITY", "Categories!C12", "NORMAL", "Categories!D12", "logistics");

        RuleBookException refused = catchThrowableOfType(RuleBookException.class, () -> validator.check("complaint-handling", copied));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet() + "!" + p.column() + p.row() + " " + p.cell()).isEqualTo("Categories!B12 QUALITY");
            assertThat(p.message()).isEqualTo("Categories rows 7 and 12 are both for category QUALITY: keep one row per category"
                + " (the later row's cells win, so an edit of the other may change nothing)");
        });
    }

    /**
     * A scenario whose inputs were deleted, its name and expectations kept, fails on its first input cell, where it was passed
     * over and its analyst believed it still tested the mild German complaint; so does a row of expectations alone.
     */
    @Test
    void aScenarioWithoutInputsFailsOnItsFirstInputCell() throws Exception {
        byte[] noInputs = Workbooks.edit(shipped(), "Scenarios!C10", "", "Scenarios!D10", "", "Scenarios!F10", "", "Scenarios!G10", "",
            "Scenarios!H10", "", "Scenarios!I16", "LOW", "Scenarios!K16", "sales");

        RuleBookException refused = catchThrowableOfType(RuleBookException.class, () -> validator.check("complaint-handling", noInputs));

        assertThat(refused.problems()).extracting(p -> p.sheet() + "!" + p.column() + p.row() + ": " + p.message()).containsExactly(
            "Scenarios!C10: scenario 'Mild quality complaint from Germany stays normal' gives no inputs: its GIVEN cells (category,"
                + " country, feedback, tier, orderValue, wording) are all empty, so it would run nothing and could not fail: write the"
                + " inputs it is about in C10 to H10, or delete the row",
            "Scenarios!C16: scenario row 16 gives no inputs: its GIVEN cells (category, country, feedback, tier, orderValue, wording)"
                + " are all empty, so it would run nothing and could not fail: write the inputs it is about in C16 to H16, or delete"
                + " the row");
    }

    /**
     * The Scenarios' row of column kinds deleted is named on the row of names below it, where the analyst read "no row of
     * column kinds" on no row; the row of names deleted is named on the first scenario that took its place, where the
     * problem was a column E "with values but no name in row 6, as the other GIVEN columns do (DOCUMENTATION, DE, B, …)".
     */
    @Test
    void aDeletedHeaderRowOfTheScenariosIsNamedWithWhatItHolds() throws Exception {
        RuleBookException noKinds = catchThrowableOfType(RuleBookException.class,
            () -> validator.check("complaint-handling", withoutRow("Scenarios", 5)));
        RuleBookException noNames = catchThrowableOfType(RuleBookException.class,
            () -> validator.check("complaint-handling", withoutRow("Scenarios", 6)));

        assertThat(noKinds.problems()).extracting(p -> p.sheet() + "!" + p.column() + p.row() + ": " + p.message()).containsExactly(
            "Scenarios!B5: the row of column kinds above the column names in row 5 ('Scenario', 'category', 'country', …) is missing,"
                + " so no scenario can be read: insert a row above row 5 and write in it SCENARIO above the scenario's name, GIVEN"
                + " above each input and EXPECT above each answer the rules must give");
        assertThat(noNames.problems()).extracting(p -> p.sheet() + "!" + p.column() + p.row() + ": " + p.message()).containsExactly(
            "Scenarios!B6: row 6 holds a scenario ('Ordinary documentation problem, Germany', 'DOCUMENTATION', 'DE', …), whose"
                + " values come again in the rows below, where the row of column names belongs: below the column kinds in row 5"
                + " comes a row naming each column. The row of column names is missing: insert a row above row 6 and write in it"
                + " the name of each input and each answer, as the table names them, and Scenario above the scenarios' names");
    }

    /** The Response times' row of column names deleted: its CRITICAL row, read as the names, is named (a PT2H its format reads). */
    @Test
    void aDeletedRowOfColumnNamesIsToldByAValueItsColumnsFormatReads() throws Exception {
        RuleBookException refused = catchThrowableOfType(RuleBookException.class,
            () -> validator.check("complaint-handling", withoutRow("Response times", 6)));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet() + "!" + p.column() + p.row() + " " + p.cell()).isEqualTo("Response times!B6 CRITICAL");
            assertThat(p.message()).startsWith("row 6 holds a rule ('CRITICAL', 'PT2H', 'true', …), which would be read as the"
                + " column names and left out of the rules, where the row of column names belongs: below 'RuleTable ResponseTimes' (B2)");
        });
    }

    /** The shipped workbook with one row deleted and the rows below moved up, as deleting a row in a spreadsheet does. */
    private static byte[] withoutRow(String sheetName, int row) throws Exception {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(shipped()))) {
            Sheet sheet = book.getSheet(sheetName);
            sheet.removeRow(sheet.getRow(row - 1));
            if (row <= sheet.getLastRowNum()) {
                sheet.shiftRows(row, sheet.getLastRowNum(), -1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    /** A Categories row whose other cells were cleared, its category only, is refused on its first empty cell, where it reached the scenarios. */
    @Test
    void aCategoriesRowWithItsCategoryOnlyIsRefusedOnItsFirstEmptyCell() throws Exception {
        byte[] categoryOnly = Workbooks.edit(shipped(), "Categories!C11", "", "Categories!D11", "");
        byte[] noTeam = Workbooks.edit(shipped(), "Categories!D9", "");

        assertThat(validator.report("complaint-handling", categoryOnly).report().allProblems())
            .extracting(p -> p.sheet() + "!" + p.column() + p.row() + ": " + p.message()).containsExactly(
                "Categories!C11: Categories row 11 (COMMUNICATION) gives no starting severity and no handling team, so no complaint of"
                    + " this category could be decided: write the severity its complaints start at in C11 (one of LOW, NORMAL, HIGH,"
                    + " CRITICAL) and the group that handles them in D11 (e.g. support), or delete the row");
        assertThat(validator.report("complaint-handling", noTeam).report().allProblems())
            .extracting(p -> p.sheet() + "!" + p.column() + p.row() + ": " + p.message()).containsExactly(
                "Categories!D9: Categories row 9 (DOCUMENTATION) gives no handling team, so no complaint of this category could be"
                    + " decided: write the group that handles them in D9 (e.g. support), or delete the row");
    }

    /** A second Response times row for a severity is refused naming both rows, where only a scenario of the other severity might show it. */
    @Test
    void aSecondResponseTimesRowForASeverityIsRefusedNamingBothRows() throws Exception {
        byte[] copied = Workbooks.edit(shipped(), "Response times!B10", "HIGH", "Response times!C10", "PT12H");

        assertThat(validator.report("complaint-handling", copied).report().allProblems())
            .extracting(p -> p.sheet() + "!" + p.column() + p.row() + " " + p.cell() + ": " + p.message()).containsExactly(
                "Response times!B10 HIGH: Response times rows 8 and 10 are both for severity HIGH: keep one row per severity"
                    + " (the later row's cells win, so an edit of the other may change nothing)");
    }

    @Test
    void aScenarioTheTableCannotDecideNamesTheRowsThatFiredAsTheWorkbookShowsThem() throws Exception {
        // the LOW row of Response times deleted: a LOW complaint gets no first response
        byte[] noLow = withoutRow("Response times", 10);

        RuleBookException refused = catchThrowableOfType(RuleBookException.class, () -> validator.check("complaint-handling", noLow));

        assertThat(refused.problems()).filteredOn(p -> "Scenarios".equals(p.sheet()) && p.row() == 7).singleElement()
            .satisfies(p -> assertThat(p.message()).contains("decided no severity, first response or team for category DOCUMENTATION"
                + " (rows that fired: Categories row 9, ").doesNotContain("FiredRule"));
    }

    static byte[] shipped() throws Exception {
        return Files.readAllBytes(Path.of("rules/complaint-handling.drl.xlsx"));
    }

    @Test
    void aFirstResponseThatIsNoDurationIsRefusedOnItsCellBeforeAnyScenarioRuns() throws Exception {
        // a duration in words: two scenarios reach this row, but the cell is what the analyst broke
        assertThat(validator.report("complaint-handling", Workbooks.edit(shipped(), "Response times!C7", "2 hours")).report().allProblems())
            .singleElement().isEqualTo(new RuleProblem("Response times", 7, "C", "2 hours",
                "'2 hours' is not a duration: write it as PT2H (ISO 8601), e.g. PT24H"));
        assertThat(validator.report("complaint-handling", Workbooks.edit(shipped(), "Response times!C9", "soon", "Response times!C10", "PT0S"))
            .report().allProblems()).extracting(RuleProblem::column, RuleProblem::row, RuleProblem::message).containsExactly(
                tuple("C", 9, "'soon' is not a duration: write it in ISO 8601, e.g. PT2H for 2 hours, PT30M for 30 minutes or P2D for 2 days"),
                tuple("C", 10, "'PT0S' gives no time to answer: write a duration of more than zero (ISO 8601), e.g. PT2H"));
    }

    @Test
    void aFirstResponseIsCheckedAlsoWhenThisJvmBuiltTheSameBytesWithoutTheCellFormats() throws Exception {
        // the start-up's build on its own thread, or a test's, knows no table's formats: the check finds the build it made
        byte[] words = Workbooks.edit(shipped(), "Response times!C8", "24 hours");
        new DecisionTableCompiler().compile("complaint-handling", words);

        assertThat(validator.report("complaint-handling", words).report().allProblems()).singleElement()
            .satisfies(p -> assertThat(p.sheet() + "!" + p.column() + p.row() + ": " + p.message())
                .isEqualTo("Response times!C8: '24 hours' is not a duration: write it as PT24H (ISO 8601), e.g. PT24H"));
    }

    @Test
    void aSeverityTheDecisionCannotReadIsRefusedOnItsCellEvenWithoutTheWorkbooksLists() throws Exception {
        // lists gone, as when cells are pasted from elsewhere: a starting severity no decision could read, and a
        // Response times row for no severity, which would leave HIGH complaints without a first response
        byte[] edited = Workbooks.edit(Workbooks.withoutLists(shipped()), "Categories!C9", "SEVERE", "Response times!B8", "High");

        assertThat(validator.report("complaint-handling", edited).report().allProblems())
            .extracting(RuleProblem::sheet, RuleProblem::row, RuleProblem::column, RuleProblem::cell, RuleProblem::message)
            .containsExactly(
                tuple("Categories", 9, "C", "SEVERE", "'SEVERE' is not a severity: write one of LOW, NORMAL, HIGH, CRITICAL"),
                tuple("Response times", 8, "B", "High", "'High' is not a severity: write one of LOW, NORMAL, HIGH, CRITICAL"));
    }
}
