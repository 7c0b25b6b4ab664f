package io.meridian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.meridian.testsupport.RunsBeside;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.Test;

/**
 * The DMN written from the complaint-handling workbook: JUEL tests on each column's value, one per
 * code template, and a graph Camunda's DMN engine parses with no FEEL in it. (That it decides as the
 * Drools table does is {@link DecisionEngineAgreementTest}'s.)
 */
@RunsBeside
class ComplaintDmnTest {

    @Test
    void eachCodeTemplateBecomesAJuelTestOnTheColumnsValue() {
        assertThat(ComplaintDmn.condition("category == \"$param\"", "QUALITY"))
            .isEqualTo(new ComplaintDmn.Condition("category", "cellInput == \"QUALITY\""));
        assertThat(ComplaintDmn.condition("forall(||){tier == \"$\"}", "A, B"))
            .isEqualTo(new ComplaintDmn.Condition("tier", "cellInput == \"A\" || cellInput == \"B\""));
        assertThat(ComplaintDmn.condition("orderValue >= $param", "50000"))
            .isEqualTo(new ComplaintDmn.Condition("orderValue", "cellInput >= 50000.0"));
    }

    @Test
    void anActionTheGraphDoesNotCarryIsNamedWithItsSheetAndRow() {
        var carried = new ComplaintDmn.Rule(6, Map.of(), Map.of("$h.setTeam(\"$param\")", "QA"));
        var unknown = new ComplaintDmn.Rule(7, Map.of(), Map.of("$h.setRefund($param)", "true"));
        assertThat(ComplaintDmn.untranslatedActions(Map.of("Categories", List.of(carried, unknown))))
            .containsExactly("Categories row 7: $h.setRefund($param)");
    }

    @Test
    void theShippedWorkbookGivesAJuelGraphTheEngineParses() throws Exception {
        String dmn = ComplaintDmn.fromWorkbook(Files.readAllBytes(Path.of("rules/complaint-handling.drl.xlsx")));
        assertThat(dmn).contains("expressionLanguage=\"juel\"").doesNotContain("distinct values(", "flatten(");
        DmnDecision decision = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine()
            .parseDecision(ComplaintDmn.DECISION, new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8)));
        assertThat(decision.getKey()).isEqualTo(ComplaintDmn.DECISION);
        assertThat(decision.getRequiredDecisions()).extracting(DmnDecision::getKey)
            .contains("categories", "channel", "severity", "seniorContact", "guidance");
    }
}
