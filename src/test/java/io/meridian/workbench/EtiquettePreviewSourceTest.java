package io.meridian.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.util.List;

import io.meridian.etiquette.EtiquetteFixture;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.DecisionPreview;
import io.meridian.rules.DecisionTableCompiler;
import io.meridian.rules.Workbooks;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** The etiquette what-if sees a change to an observance of the coming year, not only of the next 90 days. */
@RunsBeside
class EtiquettePreviewSourceTest {

    @org.junit.jupiter.api.AfterEach
    void resetClock() {
        org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    }

    @Test
    void aChangedObservanceMonthsAheadIsAmongTheDecisionsThatWouldAnswerDifferently() {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2026-12-06T10:00:00Z")));
        CompiledTable inForce = EtiquetteFixture.ruleBook().active(EtiquetteService.TABLE);
        // Golden Week's advice (29 April to 5 May): 5 months after this test's 6 December, beyond one decision's 90 days
        CompiledTable candidate = new DecisionTableCompiler().compile(EtiquetteService.TABLE,
            Workbooks.edit(Workbooks.etiquette(), "Observances!F16", "Golden Week: nearly everyone is on leave; plan around it."));
        EtiquettePreviewSource source = new EtiquettePreviewSource(mock(RunningProcesses.class));

        assertThat(source.cases()).as("every country and tier at four moments").hasSize(4 * EtiquetteService.countryCodes().size() * 3);
        DecisionPreview.Preview preview = new DecisionPreview(List.of(source), List.of(EtiquetteFixture.scenarioRunner()))
            .preview(inForce, candidate);

        assertThat(preview.changed()).as("Japan's decisions whose 90 days hold Golden Week").isNotEmpty()
            .allSatisfy(c -> assertThat(c.label()).startsWith("JP, tier ").endsWith(", from 2027-03-07"))
            .allSatisfy(c -> assertThat(c.fields()).anySatisfy(f -> assertThat(f.after()).contains("nearly everyone is on leave")));
    }

    @Test
    void aChangeOfEveryMomentReadsOnceAtItsFirst() {
        org.camunda.bpm.engine.impl.util.ClockUtil.setCurrentTime(java.util.Date.from(java.time.Instant.parse("2026-12-06T10:00:00Z")));
        CompiledTable inForce = EtiquetteFixture.ruleBook().active(EtiquetteService.TABLE);
        CompiledTable direct = new DecisionTableCompiler().compile(EtiquetteService.TABLE, Workbooks.etiquetteWithDirectJapan());

        DecisionPreview.Preview preview = new DecisionPreview(List.of(new EtiquettePreviewSource(mock(RunningProcesses.class))),
            List.of(EtiquetteFixture.scenarioRunner())).preview(inForce, direct);

        assertThat(preview.compared()).isEqualTo(4 * EtiquetteService.countryCodes().size() * 3);
        assertThat(preview.changed()).extracting(DecisionPreview.ChangedDecision::label).as("Japan made direct, now and months ahead alike")
            .containsExactly("JP, tier A", "JP, tier B", "JP, tier C");
    }
}
