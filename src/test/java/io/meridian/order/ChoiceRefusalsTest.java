package io.meridian.order;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** A task completed without its choice is refused in the form's words, not with the values the engine keeps. */
class ChoiceRefusalsTest {

    @Test
    void shouldAskForTheStockDateChoiceAsTheFormOffersIt() {
        assertThatThrownBy(() -> new StockDateReviewListener(null, null).notify(mock(DelegateTask.class)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessage("stockDateAction is required (\"What did you do?\"): choose \"Told the client, the date stays\""
                + " or \"Agreed a new delivery date with the client\"")
            .hasMessageNotContainingAny("CLIENT_TOLD", "DATE_CHANGED");
    }

    @Test
    void shouldAskForTheShortfallDecisionAsTheFormOffersIt() {
        assertThatThrownBy(() -> new ReviewPartialPaymentListener(null).notify(mock(DelegateTask.class)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessage("shortfallDecision is required (\"Decision\"): choose \"Wait for the rest (I asked the client)\""
                + " or \"Accept the shortfall and confirm the order\"")
            .hasMessageNotContainingAny("ACCEPT the", "WAIT for");
    }
}
