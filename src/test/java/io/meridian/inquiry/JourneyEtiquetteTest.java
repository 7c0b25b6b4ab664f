package io.meridian.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.testsupport.RunsBeside;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.Test;

@RunsBeside
class JourneyEtiquetteTest {

    private final InquiryLedger ledger = mock(InquiryLedger.class);
    private final JourneyEtiquette etiquette = new JourneyEtiquette(ledger);

    /** A journey whose inquiry {@code inquiryId} the ledger keeps with {@code keptJson} (none when null). */
    private DelegateExecution journey(String inquiryId, String keptJson, int followUpsSent) {
        DelegateExecution execution = mock(DelegateExecution.class);
        when(execution.getVariable(Var.INQUIRY_ID)).thenReturn(inquiryId);
        when(execution.getVariable(Var.FOLLOW_UPS_SENT)).thenReturn(followUpsSent);
        when(ledger.etiquette(inquiryId)).thenReturn(Optional.ofNullable(keptJson));
        return execution;
    }

    @Test
    void readsTheCadenceAndTheFollowUpsFromTheEtiquetteTheLedgerKeeps() {
        DelegateExecution execution = journey("i-1", "{\"country\": \"JP\", \"maxFollowUps\": 2, \"followUpAfterBusinessDays\": 5}", 1);
        assertThat(etiquette.followUpAfterBusinessDays(execution)).isEqualTo(5);
        assertThat(etiquette.followUpsLeft(execution)).isTrue();
        assertThat(etiquette.followUpsLeft(journey("i-2", "{\"maxFollowUps\": 2}", 2))).isFalse();
    }

    @Test
    void noFollowUpCountedYetMeansNoneSent() {
        DelegateExecution execution = journey("i-3", "{\"maxFollowUps\": 1}", 0);
        when(execution.getVariable(Var.FOLLOW_UPS_SENT)).thenReturn(null);
        assertThat(etiquette.followUpsLeft(execution)).isTrue();
        assertThat(etiquette.followUpsLeft(journey("i-4", "{\"maxFollowUps\": 0}", 0))).isFalse();
    }

    @Test
    void anInstanceThatKeptItsEtiquetteAsAVariableReadsItAndNotTheLedger() {
        DelegateExecution execution = journey("i-5", "{\"maxFollowUps\": 1}", 2);
        when(execution.getVariable(Var.ETIQUETTE)).thenReturn(Spin.JSON("{\"maxFollowUps\": 3}"));
        assertThat(etiquette.followUpsLeft(execution)).isTrue();
        verify(ledger, never()).etiquette("i-5");
    }

    @Test
    void anInstanceThatKeptTheCopiesReadsThem() {
        DelegateExecution execution = journey("i-6", "{\"maxFollowUps\": 2}", 2);
        when(execution.hasVariable(Var.MAX_FOLLOW_UPS)).thenReturn(true);
        when(execution.getVariable(Var.MAX_FOLLOW_UPS)).thenReturn(3);
        assertThat(etiquette.followUpsLeft(execution)).isTrue();
    }

    @Test
    void aJourneyWithoutItsEtiquetteSaysWhatIsMissing() {
        assertThatThrownBy(() -> etiquette.followUpAfterBusinessDays(journey("i-7", null, 0)))
            .hasMessageContaining("inquiry 'i-7' keeps none").hasMessageContaining("'etiquette'");
        assertThatThrownBy(() -> etiquette.followUpAfterBusinessDays(journey(null, null, 0)))
            .hasMessageContaining("no etiquette").hasMessageContaining("'inquiryId'");
        assertThatThrownBy(() -> etiquette.followUpAfterBusinessDays(journey("i-8", "{\"maxFollowUps\": 2}", 0)))
            .hasMessageContaining("no number 'followUpAfterBusinessDays'");
        assertThatThrownBy(() -> etiquette.maxFollowUps(journey("i-9", "{\"maxFollowUps\": 1000}", 0)))
            .hasMessageContaining("maxFollowUps 1000");
    }
}
