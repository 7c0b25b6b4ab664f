package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

import io.meridian.rules.CheckedWorkbook;
import io.meridian.rules.DecisionTableCompiler;
import io.meridian.rules.RuleBookException;
import io.meridian.rules.RuleBookFixture;
import io.meridian.rules.WorkbookValidator;
import io.meridian.rules.Workbooks;
import io.meridian.system.Groups;
import io.meridian.testsupport.RunsBeside;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;

/** The shipped escalation workbook passes its own Scenarios sheet; a change that breaks one is refused. */
@RunsBeside
class EscalationScenariosTest {

    private final WorkbookValidator validator = new WorkbookValidator(List.of(
        new EscalationScenarios(new EscalationDecisionService(RuleBookFixture.shippedTables()),
            new TableNames(() -> new TreeSet<>(Groups.ALL.keySet()), EscalationScenariosTest::shippedUserTasks))));

    /** The user task ids of the shipped processes, as the engine would have them deployed. */
    static SortedSet<String> shippedUserTasks() {
        SortedSet<String> ids = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            files.filter(f -> f.toString().endsWith(".bpmn")).forEach(f -> Bpmn.readModelFromFile(f.toFile())
                .getModelElementsByType(UserTask.class).forEach(t -> ids.add(t.getId())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ids;
    }

    static byte[] shipped() throws Exception {
        return Files.readAllBytes(Path.of("rules/escalation.drl.xlsx"));
    }

    @Test
    void aScenarioInputThatDoesNotReadIsPlacedOnItsCell() throws Exception {
        // 0,8 typed where the spreadsheet's language keeps a decimal comma as text
        byte[] comma = Workbooks.edit(shipped(), "Scenarios!F8", "0,8");

        RuleBookException refused = catchThrowableOfType(RuleBookException.class, () -> validator.check("escalation", comma));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet() + "!" + p.column() + p.row()).isEqualTo("Scenarios!F8");
            assertThat(p.cell()).isEqualTo("0,8");
            assertThat(p.message()).endsWith("could not run: GIVEN elapsedShare '0,8' is not a number such as 0.8");
        });
    }

    @Test
    void shippedScenariosPass() throws Exception {
        CheckedWorkbook checked = validator.check(EscalationDecisionService.TABLE, shipped());

        assertThat(checked.scenarios()).hasSizeGreaterThanOrEqualTo(17)
            .allSatisfy(r -> assertThat(r.failures()).as(r.name()).isEmpty());
        assertThat(checked.scenarios()).allSatisfy(r -> assertThat(r.checked()).as(r.name()).isEqualTo(3));
    }

    @Test
    void aLaterFirstReminderForUrgentTasksBreaksTwoScenariosAndIsRefused() throws Exception {
        byte[] later = Workbooks.edit(shipped(), "Steps!C7", "0.6");

        RuleBookException refused = catchThrowableOfType(RuleBookException.class,
            () -> validator.check(EscalationDecisionService.TABLE, later));

        assertThat(refused.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.sheet()).isEqualTo("Scenarios"));
        assertThat(refused.problems()).anySatisfy(p -> {
            assertThat(p.row()).isEqualTo(11);
            assertThat(p.column()).isEqualTo("H");
            assertThat(p.expected()).isEqualTo("1");
            assertThat(p.actual()).isEqualTo("0");
            assertThat(p.message()).contains("Key account half-way");
        });
        assertThat(refused.problems()).extracting(p -> p.row()).containsOnly(11, 16);
    }

    /** A Steps row left half-filled, its pace and share only, decides nothing and is refused on its Pace cell, where it went live. */
    @Test
    void aStepRowWithNeitherLevelNorActionIsRefusedOnItsPaceCell() throws Exception {
        byte[] halfFilled = Workbooks.edit(shipped(), "Steps!B15", "NORMAL", "Steps!C15", "0.9");

        RuleBookException refused = catchThrowableOfType(RuleBookException.class,
            () -> validator.check(EscalationDecisionService.TABLE, halfFilled));

        assertThat(refused.problems()).extracting(p -> p.sheet() + "!" + p.column() + p.row() + ": " + p.message()).containsExactly(
            "Steps!B15: Steps row 15 (NORMAL) reaches no level and reminds, escalates to and notifies nobody, so it decides nothing:"
                + " write the level this step reaches in its Level (column D) and whom it reminds, escalates to or notifies, or delete"
                + " the row");
    }

    @Test
    void aStepRowWithoutItsLevelIsRefusedOnItsActionBeforeAnyScenarioRuns() throws Exception {
        // its actions would fail the task that reaches the row first, or go to the level of the row before it
        byte[] noLevel = Workbooks.edit(shipped(), "Steps!D7", " ", "Steps!D11", " ");

        RuleBookException refused = catchThrowableOfType(RuleBookException.class,
            () -> validator.check(EscalationDecisionService.TABLE, noLevel));

        assertThat(refused.problems()).extracting(p -> p.sheet() + "!" + p.column() + p.row() + ": " + p.message()).containsExactly(
            "Steps!E7: Steps row 7 names 'assignee' but has no level: write the level this step reaches in its Level (column D), e.g. 1",
            "Steps!F11: Steps row 11 names 'managers' but has no level: write the level this step reaches in its Level (column D), e.g. 1");
    }

    @Test
    void aLevelBelowOneIsRefusedOnItsCellBeforeTheWorkbookIsBuilt() throws Exception {
        assertThat(validator.report(EscalationDecisionService.TABLE, Workbooks.edit(shipped(), "Steps!D13", "0", "Steps!D8", "second"))
            .report().allProblems()).extracting(p -> p.sheet() + "!" + p.column() + p.row() + " [" + p.cell() + "] " + p.message())
            .containsExactlyInAnyOrder(
                "Steps!D13 [0] '0' is not a level: write a whole number of 1 or more, e.g. 1",
                "Steps!D8 [second] 'second' is not a level: write a whole number of 1 or more, e.g. 1");
    }

    @Test
    void aPaceSheetWithoutItsDefaultRowIsRefused() throws Exception {
        byte[] noDefault = Workbooks.edit(shipped(), "Pace!B7", "C", "Pace!C7", "LOW");

        RuleBookException refused = catchThrowableOfType(RuleBookException.class,
            () -> validator.check(EscalationDecisionService.TABLE, noDefault));

        assertThat(refused.problems()).anySatisfy(p -> assertThat(p.message()).contains("decided no pace"));
    }

    @Test
    void aGivenColumnIsKnownWhateverItsCaseAndSpacesButAnUnknownOneIsNamed() throws Exception {
        CheckedWorkbook spaced = validator.check(EscalationDecisionService.TABLE, Workbooks.edit(shipped(), "Scenarios!F6", "Elapsed share"));
        assertThat(spaced.scenarios()).allSatisfy(r -> assertThat(r.failures()).as(r.name()).isEmpty());

        RuleBookException refused = catchThrowableOfType(RuleBookException.class,
            () -> validator.check(EscalationDecisionService.TABLE, Workbooks.edit(shipped(), "Scenarios!F6", "elapsed")));

        assertThat(refused.problems()).anySatisfy(p -> assertThat(p.message())
            .contains("unknown GIVEN column 'elapsed' (taskKind, tier, severity, elapsedShare)"));
        RuleBookException misspelt = catchThrowableOfType(RuleBookException.class,
            () -> validator.check(EscalationDecisionService.TABLE, Workbooks.edit(shipped(), "Scenarios!F6", "elapsedShar")));
        assertThat(misspelt.problems()).anySatisfy(p -> assertThat(p.message()).endsWith(": did you mean 'elapsedShare'?"));
    }

    @Test
    void aGroupThatDoesNotExistIsRefusedOnItsCellNamingTheGroupsThatDo() throws Exception {
        byte[] misspelt = Workbooks.edit(shipped(), "Steps!F8", "manager", "Steps!G12", "managers, sales", "Steps!E10", "the assignee");

        RuleBookException refused = catchThrowableOfType(RuleBookException.class,
            () -> validator.check(EscalationDecisionService.TABLE, misspelt));

        assertThat(refused.problems()).extracting(p -> p.sheet() + "!" + p.column() + p.row())
            .containsExactlyInAnyOrder("Steps!F8", "Steps!G12", "Steps!E10");
        assertThat(refused.problems()).anySatisfy(p -> {
            assertThat(p.column()).isEqualTo("F");
            assertThat(p.cell()).isEqualTo("manager");
            assertThat(p.message()).startsWith("'manager' is no group: a late task would reach nobody. Did you mean 'managers'?")
                .contains("one of analysts, camunda-admin, integrations, logistics, managers, monitoring, order-desk, sales, support")
                .contains("Camunda Admin");
        });
        assertThat(refused.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("'the assignee' is no group (nor assignee)")
            .doesNotContain("Did you mean"));
    }

    @Test
    void aRemindCellMayNameAGroupOrTheAssigneeInAnyCase() throws Exception {
        CheckedWorkbook checked = validator.check(EscalationDecisionService.TABLE,
            Workbooks.edit(shipped(), "Steps!E7", "Assignee", "Steps!E13", "logistics",
                "Scenarios!I20", "REMIND logistics", "Scenarios!I21", "REMIND logistics, ESCALATE managers"));

        assertThat(checked.scenarios()).allSatisfy(r -> assertThat(r.failures()).as(r.name()).isEmpty());
    }

    @Test
    void aTaskKindNoProcessHasIsRefusedOnItsCell() throws Exception {
        byte[] misspelt = Workbooks.edit(shipped(), "Pace!D9", "acknowledgeComplaint, sendExceptionNotize");

        RuleBookException refused = catchThrowableOfType(RuleBookException.class,
            () -> validator.check(EscalationDecisionService.TABLE, misspelt));

        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.sheet() + "!" + p.column() + p.row()).isEqualTo("Pace!D9");
            assertThat(p.message()).startsWith("'sendExceptionNotize' is no user task of a deployed process, so this row would never apply."
                + " Did you mean 'sendExceptionNotice'?")
                .contains("sendExceptionNotice").contains("replyToInquiry");
        });
    }

    @Test
    void aPaceNoStepListsAndAStepForAPaceNoRowGivesAreRefusedOnTheirCells() throws Exception {
        byte[] misspelt = Workbooks.edit(shipped(), "Pace!E9", "FAST ", "Steps!B13", "Routine");

        RuleBookException refused = catchThrowableOfType(RuleBookException.class,
            () -> validator.check(EscalationDecisionService.TABLE, misspelt));

        assertThat(refused.problems()).extracting(p -> p.sheet() + "!" + p.column() + p.row() + ": " + p.message())
            .anySatisfy(p -> assertThat(p).startsWith("Steps!B13: no row of the Pace sheet gives a task the pace 'Routine', so this step"
                + " would never apply. Did you mean 'ROUTINE'?"));
        DecisionTableCompiler compiler = new DecisionTableCompiler();
        assertThat(TableNames.paces(compiler.compile(EscalationDecisionService.TABLE, Workbooks.edit(shipped(), "Pace!E8", "ROUTNE"))))
            .extracting(p -> p.sheet() + "!" + p.column() + p.row() + ": " + p.message())
            .containsExactly("Pace!E8: the pace 'ROUTNE' has no row on the Steps sheet, so a task given it would never escalate."
                    + " Did you mean 'ROUTINE'? Paces the Steps sheet lists: FAST, NORMAL, ROUTINE",
                "Steps!B13: no row of the Pace sheet gives a task the pace 'ROUTINE', so this step would never apply. Did you mean"
                    + " 'ROUTNE'? Paces the Pace sheet gives: FAST, NORMAL, ROUTNE",
                "Steps!B14: no row of the Pace sheet gives a task the pace 'ROUTINE', so this step would never apply. Did you mean"
                    + " 'ROUTNE'? Paces the Pace sheet gives: FAST, NORMAL, ROUTNE");
        assertThat(TableNames.paces(compiler.compile(EscalationDecisionService.TABLE, shipped()))).as("the shipped workbook").isEmpty();
    }

    @Test
    void aWorkbookIsRefusedSayingSoWhenTheGroupsCannotBeRead() throws Exception {
        WorkbookValidator noIdentity = new WorkbookValidator(List.of(new EscalationScenarios(
            new EscalationDecisionService(RuleBookFixture.shippedTables()),
            new TableNames(() -> { throw new IllegalStateException("LDAP server ldap.example:389 does not answer"); },
                EscalationScenariosTest::shippedUserTasks))));

        RuleBookException refused = catchThrowableOfType(RuleBookException.class,
            () -> noIdentity.check(EscalationDecisionService.TABLE, shipped()));

        assertThat(refused.problems()).singleElement().satisfies(p -> assertThat(p.message())
            .startsWith("the groups and processes could not be read to check the workbook's Remind, Escalate to, Notify and task kind cells")
            .contains("IllegalStateException: LDAP server ldap.example:389 does not answer"));
    }
}
