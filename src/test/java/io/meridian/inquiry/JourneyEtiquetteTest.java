package io.meridian.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.testsupport.RunsBeside;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

@RunsBeside
class JourneyEtiquetteTest {

    private static DelegateExecution journey(String etiquetteJson, int followUpsSent) {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable(Var.ETIQUETTE)).thenReturn(etiquetteJson == null ? null : Spin.JSON(etiquetteJson));
        when(execution.getVariable(Var.FOLLOW_UPS_SENT)).thenReturn(followUpsSent);
        return execution;
    }

    @Test
    void readsTheCadenceAndTheFollowUpsFromTheJourneysEtiquette() {
        DelegateExecution execution = journey("{\"country\": \"JP\", \"maxFollowUps\": 2, \"followUpAfterBusinessDays\": 5}", 1);
        assertThat(JourneyEtiquette.followUpAfterBusinessDays(execution)).isEqualTo(5);
        assertThat(new JourneyEtiquette().followUpsLeft(execution)).isTrue();
        assertThat(new JourneyEtiquette().followUpsLeft(journey("{\"maxFollowUps\": 2}", 2))).isFalse();
    }

    @Test
    void anInstanceThatKeptTheCopiesReadsThem() {
        DelegateExecution execution = journey("{\"maxFollowUps\": 2}", 2);
        when(execution.hasVariable(Var.MAX_FOLLOW_UPS)).thenReturn(true);
        when(execution.getVariable(Var.MAX_FOLLOW_UPS)).thenReturn(3);
        assertThat(new JourneyEtiquette().followUpsLeft(execution)).isTrue();
    }

    @Test
    void aJourneyWithoutItsEtiquetteSaysWhatIsMissing() {
        assertThatThrownBy(() -> JourneyEtiquette.followUpAfterBusinessDays(journey(null, 0)))
            .hasMessageContaining("etiquette").hasMessageContaining("followUpAfterBusinessDays");
        assertThatThrownBy(() -> JourneyEtiquette.maxFollowUps(journey("{\"maxFollowUps\": 1000}", 0)))
            .hasMessageContaining("maxFollowUps 1000");
    }
}
