package io.meridian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.meridian.testsupport.RunsBeside;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@link DecisionEngineBenchmark} honest in the normal test run: the DMN generated from
 * the complaint-handling workbook and the hand-written Java answer as the Drools table does
 * for every one of the 720 inputs the benchmark measures, and a difference is caught.
 */
@RunsBeside
class DecisionEngineAgreementTest {

    /** Prepared once for both tests: building the table and the DMN engine is the slow part. */
    private static DecisionEngineBenchmark benchmark;

    @BeforeAll
    static void prepare() {
        benchmark = new DecisionEngineBenchmark();
        benchmark.prepare();
    }

    @Test
    void droolsDmnAndJavaAnswerTheSame() {
        assertThat(benchmark.agree(1)).isEqualTo(720);
    }

    @Test
    void aDifferentAnswerIsNoticed() {
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
