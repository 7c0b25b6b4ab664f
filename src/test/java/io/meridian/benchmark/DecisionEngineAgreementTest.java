package io.meridian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.meridian.testsupport.RunsBeside;

import org.junit.jupiter.api.Test;

/**
 * Keeps {@link DecisionEngineBenchmark} honest in the normal test run: the DMN generated from
 * the complaint-handling workbook and the hand-written Java answer as the Drools table does
 * (the benchmark's own setup checks all 720 inputs; here every fourth, the DMN engine being slow),
 * and a difference is caught.
 */
@RunsBeside
class DecisionEngineAgreementTest {

    @Test
    void droolsDmnAndJavaAnswerTheSame() {
        DecisionEngineBenchmark benchmark = new DecisionEngineBenchmark();
        benchmark.prepare();
        assertThat(benchmark.agree(4)).isEqualTo(180);
    }

    @Test
    void aDifferentAnswerIsNoticed() {
        DecisionEngineBenchmark benchmark = new DecisionEngineBenchmark();
        benchmark.prepare();
        ComplaintAnswer.Input input = new ComplaintAnswer.Input("QUALITY", "STRONG", "DIRECT", "FLAT", "A", 80_000);
        ComplaintAnswer drools = benchmark.drools(input);
        assertThat(drools.severity()).isEqualTo("CRITICAL");
        assertThat(benchmark.dmn(input)).isEqualTo(drools);
        assertThat(ComplaintHandlingInJava.decide(input)).isEqualTo(drools);
        assertThat(new ComplaintAnswer("HIGH", drools.team(), drools.channel(), drools.firstResponse(), drools.crisis(),
            drools.seniorContact(), List.copyOf(drools.guidance()))).isNotEqualTo(drools);
        assertThatThrownBy(() -> ComplaintDmn.condition("category != \"$param\"", "QUALITY"))
            .hasMessageContaining("no DMN translation");
    }
}
