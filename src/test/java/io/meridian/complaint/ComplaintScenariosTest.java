package io.meridian.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.meridian.etiquette.EtiquetteFixture;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.DecisionTableCompiler;
import io.meridian.rules.ScenarioResult;
import io.meridian.rules.WorkbookValidator;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The shipped complaint workbook passes its own Scenarios sheet, and no row loops. */
@RunsBeside
class ComplaintScenariosTest {

    @Test
    void shippedScenariosPass() throws Exception {
        byte[] workbook = Files.readAllBytes(Path.of("rules/complaint-handling.drl.xlsx"));
        ComplaintScenarios runner = new ComplaintScenarios(
            new ComplaintDecisionService(EtiquetteFixture.ruleBook(), EtiquetteFixture.etiquetteService()));
        WorkbookValidator validator = new WorkbookValidator(List.of(runner));
        var checked = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> validator.check("complaint-handling", workbook));
        assertThat(checked.scenarios()).hasSizeGreaterThanOrEqualTo(9).allSatisfy(r -> assertThat(r.failures()).isEmpty());
    }
}
