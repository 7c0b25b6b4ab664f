package io.meridian.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.meridian.etiquette.EtiquetteFixture;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.DecisionTableCompiler;
import io.meridian.rules.RuleBookException;
import io.meridian.rules.RuleProblem;
import io.meridian.rules.ScenarioResult;
import io.meridian.rules.WorkbookValidator;
import io.meridian.rules.Workbooks;
import io.meridian.system.Groups;
import io.meridian.testsupport.RunsBeside;
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

    @Test
    void aScenarioTheTableCannotDecideNamesTheRowsThatFiredAsTheWorkbookShowsThem() throws Exception {
        // the LOW row of Response times made a second HIGH row: a LOW complaint gets no first response
        byte[] noLow = Workbooks.edit(shipped(), "Response times!B10", "HIGH");

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
