package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.testsupport.RunsBeside;
import org.camunda.bpm.engine.impl.bpmn.parser.FailedJobRetryConfiguration;
import org.camunda.bpm.engine.impl.util.ParseUtil;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/** A retry cycle Camunda would drop when the first job fails stops the start instead, naming the setting. */
@RunsBeside
class JobRetryCycleTest {

    @Test
    void shouldTakeTheCyclesCamundaReads() {
        for (String cycle : new String[] {"R5/PT1M", "R3/PT10S", "R5/PT1M ", "PT1M,PT5M,PT10M", "PT1M, PT5M", ""}) {
            assertThatCode(() -> new JobRetryCycle(cycle)).as(cycle).doesNotThrowAnyException();
        }
        FailedJobRetryConfiguration list = ParseUtil.parseRetryIntervals("PT1M, PT5M,PT10M");
        assertThat(list.getRetryIntervals()).as("Camunda reads the list").hasSize(3);
        assertThat(ParseUtil.parseRetryIntervals("R5/PT1M ").getRetries()).isEqualTo(5);
    }

    @Test
    void shouldRefuseACycleCamundaWouldDropNamingTheSettingAndItsValue() {
        for (String typo : new String[] {"R5/PT1MIN", "5 minutes", "R5", "R5/1M"}) {
            assertThat(ParseUtil.parseRetryIntervals(typo)).as("Camunda drops " + typo + " when a job fails").isNull();
            assertThatThrownBy(() -> new JobRetryCycle(typo)).as(typo)
                .isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, e -> {
                    assertThat(e.getName()).isEqualTo("camunda.bpm.generic-properties.properties.failed-job-retry-time-cycle");
                    assertThat(e.getValue()).isEqualTo(typo);
                    assertThat(e.getReason()).startsWith("MERIDIAN_JOB_RETRY_CYCLE '" + typo + "' is not a retry cycle Camunda reads")
                        .contains("R5/PT1M (5 retries a minute apart)");
                });
        }
        assertThatThrownBy(() -> new JobRetryCycle("PT1M,PT5MIN")).isInstanceOf(InvalidConfigurationPropertyValueException.class)
            .hasMessageContaining("'PT5MIN'");
    }
}
