package io.meridian.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import io.meridian.complaint.ComplaintCategory;
import io.meridian.testsupport.RunsBeside;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

@RunsBeside
class SurveyRequestConstraintsTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private Map<String, String> messages(SurveyAnswers.SurveyRequest request) {
        return validator.validate(request).stream()
            .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }

    @Test
    void shouldGiveTheFormsMessagesForABody() {
        assertThat(messages(new SurveyAnswers.SurveyRequest(3, "six", 8, null, null, null))).containsOnly(
            // a score given but wrong says what it got, not that it is missing
            Map.entry("csat", "[field] 'six' is not a whole number: CSAT: how satisfied, a whole number from 1 to 5"),
            Map.entry("ces", "[field] 8 is out of range: CES: the effort it took the client, 1 = very little and 7 = a great deal, a whole number from 1 to 7"),
            Map.entry("complaintCategory", "complaintCategory is required for a detractor (NPS 0-6): what went wrong, one of "
                + "QUALITY, DELIVERY_DELAY, DOCUMENTATION, BILLING, COMMUNICATION; the complaint it opens is in that category"));
        assertThat(messages(new SurveyAnswers.SurveyRequest(null, 3, 2, null, null, null)))
            .containsEntry("nps", "[field] is required: NPS: how likely the client recommends us, a whole number from 0 to 10");
        SurveyAnswers.SurveyRequest detractor = new SurveyAnswers.SurveyRequest("3", 2.0, 4, "  late  ", " billing ", null);
        assertThat(messages(detractor)).isEmpty();
        assertThat(detractor.scores()).isEqualTo(new Scores(3, 2, 4, "late", ComplaintCategory.BILLING));
    }
}
