package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A refusal in the words of the task's form, as Tasklist shows it. */
class FormRefusalTest {

    @Test
    void shouldNameEachFieldByItsLabel() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("deliveryDate", "deliveryDate 2027-01-09 is a Saturday, not a working day of the client in JP (work week Mon-Fri):"
            + " promise a working day of the client, the next is Tue 12 Jan 2027");
        fields.put("nextStepOn", "nextStepOn '11/12/2026' is not a date: write it as yyyy-mm-dd, e.g. 2027-02-10");
        InvalidInputException refusal = new InvalidInputException(fields);
        String inForm = FormRefusal.inForm(refusal, Map.of("deliveryDate", "Delivery date",
            "nextStepOn", "Next date agreed with the client (decision delay: e.g. report by Thursday, talk on Friday); the journey wakes on it"));

        assertThat(inForm).isEqualTo("Delivery date 2027-01-09 is a Saturday, not a working day of the client in JP"
            + " (work week Mon-Fri): promise a working day of the client, the next is Tue 12 Jan 2027; Next date agreed with the"
            + " client '11/12/2026' is not a date: write it as yyyy-mm-dd, e.g. 2027-02-10");
        assertThat(refusal.getMessage()).as("an API caller's words: the variable names").isEqualTo(String.join("; ", fields.values()));
    }

    @Test
    void shouldLeaveOutAFieldsNameInBrackets() {
        InvalidInputException refusal = new InvalidInputException("deliveryDate", "deliveryDate 2026-12-20 is sooner than the quoted"
            + " lead time allows: …; promise that day or later, or tick \"Rush order\" (rushOrder) when the factory has agreed");

        assertThat(FormRefusal.inForm(refusal, Map.of("deliveryDate", "Delivery date", "rushOrder", "Rush order: deliver sooner")))
            .isEqualTo("Delivery date 2026-12-20 is sooner than the quoted lead time allows: …; promise that day or later, or tick"
                + " \"Rush order\" when the factory has agreed");
    }

    @Test
    void shouldNameAFieldByTheLabelsNamePartOnly() {
        // it read "Next actions, one a line has 2 lines to correct"
        assertThat(FormRefusal.labelled("minutesActions", "minutesActions has 2 lines to correct: line 1: …",
            "Next actions, one a line: yyyy-mm-dd: what")).isEqualTo("Next actions has 2 lines to correct: line 1: …");
    }

    @Test
    void shouldKeepAMessageThatDoesNotOpenWithTheFieldsName() {
        assertThat(FormRefusal.labelled("cause", "the cause is required", "Cause")).isEqualTo("the cause is required");
        assertThat(FormRefusal.labelled("quote", "quoteValidUntil is required", "Quote")).isEqualTo("quoteValidUntil is required");
        assertThat(FormRefusal.labelled("quoteValidUntil", "quoteValidUntil is required (yyyy-mm-dd)", null))
            .isEqualTo("quoteValidUntil is required (yyyy-mm-dd)");
        assertThat(FormRefusal.shortLabel("Stock expected complete on (yyyy-mm-dd)")).isEqualTo("Stock expected complete on");
        assertThat(FormRefusal.shortLabel("Held at: date and time, e.g. 2027-03-04 10:00 (empty: now)")).isEqualTo("Held at");
    }
}
