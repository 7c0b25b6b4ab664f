package io.meridian.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
}
