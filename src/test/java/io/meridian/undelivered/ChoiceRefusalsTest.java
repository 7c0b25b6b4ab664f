package io.meridian.undelivered;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** An undelivered email's task completed without its choice is refused in the form's words, not the engine's values. */
class ChoiceRefusalsTest {

    @Test
    void shouldAskHowToReachTheClientAsTheFormOffersIt() {
        assertThatThrownBy(() -> new SettleUndeliveredEmail(null, null, null).notify(mock(DelegateTask.class)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessage("undeliveredOutcome is required (\"What now\"): choose \"Send it again (to the address below, or the same"
                + " one)\" or \"The client got it another way (phone, chat, in person)\"")
            .hasMessageNotContainingAny("SEND_AGAIN", "REACHED_ANOTHER_WAY");
    }

    @Test
    void shouldAskWhatToDoWithAStaffEmailAsTheFormOffersIt() {
        assertThatThrownBy(() -> new SettleStaffEmail(null, null).notify(mock(DelegateTask.class)))
            .isInstanceOf(InvalidInputException.class)
            .hasMessage("staffEmailOutcome is required (\"What now\"): choose \"Send it again (to the address corrected in"
                + " Camunda Admin)\" or \"Leave it (out of date, or the person has left)\"")
            .hasMessageNotContainingAny("SEND_AGAIN", "LEAVE");
    }
}
