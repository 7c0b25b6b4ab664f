package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.meridian.rules.CheckedWorkbook;
import io.meridian.rules.RuleBookException;
import io.meridian.rules.RuleBookFixture;
import io.meridian.rules.WorkbookValidator;
import io.meridian.rules.Workbooks;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** The shipped escalation workbook passes its own Scenarios sheet; a change that breaks one is refused. */
@RunsBeside
class EscalationScenariosTest {

    private final WorkbookValidator validator = new WorkbookValidator(List.of(
        new EscalationScenarios(new EscalationDecisionService(RuleBookFixture.shippedTables()))));

    static byte[] shipped() throws Exception {
        return Files.readAllBytes(Path.of("rules/escalation.drl.xlsx"));
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

    @Test
    void aStepRowWithoutItsLevelIsRefused() throws Exception {
        byte[] noLevel = Workbooks.edit(shipped(), "Steps!D7", " ");

        RuleBookException refused = catchThrowableOfType(RuleBookException.class,
            () -> validator.check(EscalationDecisionService.TABLE, noLevel));

        assertThat(refused.problems()).anySatisfy(p -> assertThat(p.message()).contains("a step row has an action but no level"));
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
    }
}
