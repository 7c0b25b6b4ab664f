package io.meridian.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import io.meridian.etiquette.EtiquetteFixture;
import io.meridian.etiquette.Tier;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

@RunsBeside
class ComplaintTableTest {

    private final ComplaintDecisionService service = new ComplaintDecisionService(EtiquetteFixture.ruleBook(), EtiquetteFixture.etiquetteService());

    @Test
    void anOrdinaryComplaintIsAnsweredWithin48Hours() {
        ComplaintDecision d = service.decide(ComplaintCategory.DOCUMENTATION, "DE", null, Tier.B, 1000, Wording.NEUTRAL);
        assertThat(d.severity()).isEqualTo(Severity.LOW);
        assertThat(d.firstResponse()).isEqualTo(Duration.ofHours(48));
        assertThat(d.team()).isEqualTo("order-desk");
        assertThat(d.seniorContact()).isFalse();
        assertThat(d.guidance()).anyMatch(g -> g.contains("I understand how you feel"));
    }

    @Test
    void aMildComplaintFromAnIndirectCultureIsRaisedAndTakenPrivately() {
        ComplaintDecision jp = service.decide(ComplaintCategory.QUALITY, "JP", null, Tier.B, 1000, Wording.MILD);
        ComplaintDecision de = service.decide(ComplaintCategory.QUALITY, "DE", null, Tier.B, 1000, Wording.MILD);
        assertThat(jp.feedback()).isEqualTo("INDIRECT");
        assertThat(jp.severity()).isEqualTo(Severity.HIGH);
        assertThat(de.severity()).isEqualTo(Severity.NORMAL);
        assertThat(jp.channel()).isEqualTo("PRIVATE_CALL");
        assertThat(jp.seniorContact()).isTrue();
    }

    @Test
    void aStrongQualityComplaintFromAKeyAccountIsACrisisAnsweredWithinTwoHours() {
        ComplaintDecision d = service.decide(ComplaintCategory.QUALITY, "US", null, Tier.A, 20000, Wording.STRONG);
        assertThat(d.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(d.firstResponse()).isEqualTo(Duration.ofHours(2));
        assertThat(d.crisis()).isTrue();
        assertThat(d.seniorContact()).isTrue();
        assertThat(d.firedRules()).extracting(r -> r.sheet()).contains("Categories", "Adjustments", "Response times", "Guidance");
    }

    @Test
    void anExplicitFeedbackStyleOverridesTheCountrysOne() {
        ComplaintDecision d = service.decide(ComplaintCategory.BILLING, "JP", "DIRECT", Tier.B, 100, Wording.MILD);
        assertThat(d.severity()).isEqualTo(Severity.NORMAL);
        assertThat(d.channel()).isEqualTo("EMAIL");
    }

    @Test
    void largeOrdersRaiseTheSeverity() {
        assertThat(service.decide(ComplaintCategory.DELIVERY_DELAY, "DE", null, Tier.B, 80000, Wording.NEUTRAL).severity())
            .isEqualTo(Severity.HIGH);
    }
}
