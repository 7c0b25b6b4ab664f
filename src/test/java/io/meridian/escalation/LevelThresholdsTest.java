package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.meridian.complaint.Severity;
import io.meridian.etiquette.Tier;
import io.meridian.rules.CompiledTable;
import org.junit.jupiter.api.Test;

class LevelThresholdsTest {

    /** A table whose level is 1 from half the span, 2 from 0.8, 3 from 1.5, and asks are counted. */
    private static final class StepTable extends EscalationDecisionService {
        int asked;

        StepTable() {
            super(null);
        }

        @Override
        EscalationDecision decide(CompiledTable table, String taskKind, Tier tier, Severity severity, double share) {
            asked++;
            int level = share >= 1.5 ? 3 : share >= 0.8 ? 2 : share >= 0.5 ? 1 : 0;
            return new EscalationDecision(taskKind, tier, severity, share, "NORMAL", level, List.of(), List.of(), "1");
        }
    }

    private static CompiledTable version(int number) {
        return new CompiledTable("escalation", number, "sum" + number, Instant.EPOCH, null, null, Map.of(), new byte[0], null);
    }

    @Test
    void shouldFindEachThresholdNeverBelowItAndWithinThePrecision() {
        LevelThresholds thresholds = new LevelThresholds(new StepTable());
        CompiledTable table = version(1);

        assertThat(thresholds.above(table, "replyToInquiry", Tier.A, null, 0)).isBetween(0.5, 0.5 + LevelThresholds.PRECISION);
        assertThat(thresholds.above(table, "replyToInquiry", Tier.A, null, 1)).isBetween(0.8, 0.8 + LevelThresholds.PRECISION);
        assertThat(thresholds.above(table, "replyToInquiry", Tier.A, null, 2)).isBetween(1.5, 1.5 + LevelThresholds.PRECISION);
        assertThat(thresholds.above(table, "replyToInquiry", Tier.A, null, 3)).isEqualTo(LevelThresholds.NONE);
    }

    @Test
    void shouldAskTheTableOncePerVersionAndKeyHoweverManyTasksArePlanned() {
        StepTable steps = new StepTable();
        LevelThresholds thresholds = new LevelThresholds(steps);
        CompiledTable first = version(1);

        double once = thresholds.above(first, "confirmOrder", Tier.B, Severity.HIGH, 1);
        int askedForOne = steps.asked;
        for (int task = 0; task < 1_000; task++) {
            assertThat(thresholds.above(first, "confirmOrder", Tier.B, Severity.HIGH, 1)).isEqualTo(once);
        }
        assertThat(askedForOne).as("asks to find one threshold").isBetween(2, 40);
        assertThat(steps.asked).as("asks after 1,000 more tasks of the same key").isEqualTo(askedForOne);

        thresholds.above(first, "confirmOrder", Tier.C, Severity.HIGH, 1);
        assertThat(steps.asked).as("another tier is another key").isGreaterThan(askedForOne);

        int beforeNewVersion = steps.asked;
        thresholds.above(version(2), "confirmOrder", Tier.B, Severity.HIGH, 1);
        assertThat(steps.asked).as("a new version of the table is asked again").isGreaterThan(beforeNewVersion);
    }
}
