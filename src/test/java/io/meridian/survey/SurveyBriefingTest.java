package io.meridian.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import io.meridian.complaint.ComplaintLedger;
import io.meridian.survey.SatisfactionSurvey.Var;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * The improvement report's paragraph on the evaluation quotes the client: a comment that ends its own sentence ends the
 * paragraph's, where a second full stop followed the closing quote ({@code "Late again.".}).
 */
@RunsBeside
class SurveyBriefingTest {

    /** No complaint is looked up for these (none is named): a ledger without a database. */
    private final SurveyBriefing briefing = new SurveyBriefing(new ComplaintLedger(null));

    private static Map<String, Object> scores(String comment, boolean detractor) {
        Map<String, Object> v = new HashMap<>();
        v.put(Var.NPS, detractor ? 3 : 8);
        v.put(Var.CSAT, 2);
        v.put(Var.CES, 5);
        v.put(Var.COMMENT, comment);
        v.put(Var.DETRACTOR, detractor);
        v.put(Var.COMPLAINT_CATEGORY, detractor ? "DELIVERY_DELAY" : null);
        return v;
    }

    @Test
    void shouldEndWithTheQuoteWhenTheClientsCommentEndsItsSentence() {
        assertThat(briefing.evaluation(scores("Late again.", false)::get))
            .isEqualTo("**Evaluation:** NPS 8/10, CSAT 2/5, CES 5/7. The client said: \"Late again.\"");
        assertThat(briefing.evaluation(scores("Why so late?", false)::get)).endsWith("\"Why so late?\"");
    }

    @Test
    void shouldGoOnAfterAClosedQuoteWithoutASecondFullStop() {
        assertThat(briefing.evaluation(scores("Late again.", true)::get))
            .contains("The client said: \"Late again.\" Detractor: a complaint in category ")
            .doesNotContain(".\".", ".\". ").endsWith("once it is open.");
    }

    @Test
    void shouldStillCloseTheSentenceAfterAQuoteWithoutItsOwnFullStop() {
        assertThat(briefing.evaluation(scores("late again", false)::get)).endsWith("The client said: \"late again\".");
        assertThat(briefing.evaluation(scores(null, false)::get)).isEqualTo("**Evaluation:** NPS 8/10, CSAT 2/5, CES 5/7.");
    }
}
