package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.complaint.Severity;
import io.meridian.escalation.EscalationAction.Kind;
import io.meridian.etiquette.Tier;
import io.meridian.rules.RuleBookFixture;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped escalation table, facts in, decisions out. */
@RunsBeside
class EscalationTableTest {

    private static final EscalationDecisionService service = new EscalationDecisionService(RuleBookFixture.shippedTables());

    @ParameterizedTest(name = "{0} tier {1} {2} at {3}: level {4}")
    @CsvSource({
        "replyToInquiry, B, NORMAL, 0.0, 0",
        "replyToInquiry, B, NORMAL, 0.79, 0",
        "replyToInquiry, B, NORMAL, 0.8, 1",
        "replyToInquiry, B, NORMAL, 1.0, 2",
        "replyToInquiry, B, NORMAL, 1.49, 2",
        "replyToInquiry, B, NORMAL, 1.5, 3",
        "replyToInquiry, A, NORMAL, 0.49, 0",
        "replyToInquiry, A, NORMAL, 0.5, 1",
        "replyToInquiry, A, NORMAL, 0.8, 2",
        "replyToInquiry, A, NORMAL, 1.0, 3",
        "confirmOrder, C, CRITICAL, 0.5, 1",
        "confirmOrder, C, CRITICAL, 1.0, 3",
        "confirmOrder, C, HIGH, 0.8, 1",
        "diagnoseComplaint, C, HIGH, 0.8, 2",
        "updateProductionProgress, B, NORMAL, 1.99, 1",
        "updateProductionProgress, B, NORMAL, 5.0, 2",
        "updateProductionProgress, A, NORMAL, 1.0, 3",
    })
    void higherTiersAndSeveritiesEscalateEarlier(String kind, Tier tier, Severity severity, double share, int level) {
        assertThat(service.decide(kind, tier, severity, share).level()).isEqualTo(level);
    }

    @Test
    void theNormalLadderRemindsThenAddsManagersThenTellsThem() {
        EscalationDecision d = service.decide("replyToInquiry", Tier.B, Severity.NORMAL, 1.5);

        assertThat(d.pace()).isEqualTo("NORMAL");
        assertThat(d.actions()).containsExactly(
            new EscalationAction(Kind.REMIND, EscalationAction.ASSIGNEE, 1),
            new EscalationAction(Kind.ESCALATE, "managers", 2),
            new EscalationAction(Kind.NOTIFY, "managers", 3));
        assertThat(d.actionsAbove(1)).extracting(EscalationAction::level).containsExactly(2, 3);
        assertThat(d.firedRules()).extracting(r -> r.sheet() + "!" + r.row())
            .containsExactly("Pace!7", "Steps!10", "Steps!11", "Steps!12");
    }

    @Test
    void aTaskWithoutSeverityOrTierCountsAsNormalAndTierB() {
        EscalationDecision d = service.decide("confirmOrder", null, null, 1.0);

        assertThat(d.tier()).isEqualTo(Tier.B);
        assertThat(d.severity()).isEqualTo(Severity.NORMAL);
        assertThat(d.level()).isEqualTo(2);
    }

    @Test
    void aLaterMatchingPaceRowOverridesAnEarlierOne() {
        EscalationDecision routine = service.decide("updateProductionProgress", Tier.B, Severity.NORMAL, 1.0);
        EscalationDecision keyAccount = service.decide("updateProductionProgress", Tier.A, Severity.NORMAL, 1.0);

        assertThat(routine.pace()).isEqualTo("ROUTINE");
        assertThat(keyAccount.pace()).isEqualTo("FAST");
        assertThat(keyAccount.firedRules()).extracting(r -> r.sheet() + "!" + r.row()).startsWith("Pace!7", "Pace!8", "Pace!11");
    }

    @Test
    void anUnknownTaskKindTakesTheDefaultRow() {
        EscalationDecision d = service.decide("someTaskNobodyWroteARowFor", Tier.C, Severity.LOW, 1.2);

        assertThat(d.pace()).isEqualTo("NORMAL");
        assertThat(d.level()).isEqualTo(2);
        assertThat(d.rulesVersion()).isEqualTo("1");
    }

    @Test
    void nothingIsDueBeforeTheFirstThreshold() {
        EscalationDecision d = service.decide("replyToInquiry", Tier.B, Severity.NORMAL, 0.2);

        assertThat(d.level()).isZero();
        assertThat(d.actions()).isEmpty();
        assertThat(d.firedRules()).extracting(r -> r.sheet()).containsOnly("Pace");
    }
}
