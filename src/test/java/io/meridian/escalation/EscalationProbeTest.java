package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import io.meridian.process.RoundTheClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The escalation tests' probe makes the tasks they say, on the clock they say, and takes them away again. */
@MeridianTest
class EscalationProbeTest {

    @Autowired
    ProcessEngine engine;

    @Test
    void aProbeTaskStartsAtT0DueWhenAskedOnTheSevenDayClockWithItsVariables() {
        EscalationProbe probe = new EscalationProbe(engine);
        try {
            Task task = task(probe.startTask(Map.of("tier", "A"), Duration.ofHours(24)));
            assertThat(task.getTaskDefinitionKey()).isEqualTo(EscalationProbe.KIND);
            assertThat(task.getCreateTime().toInstant()).isEqualTo(EscalationProbe.T0);
            assertThat(task.getDueDate().toInstant()).isEqualTo(EscalationProbe.T0.plus(Duration.ofHours(24)));
            assertThat(engine.getTaskService().getVariableLocal(task.getId(), RoundTheClock.VARIABLE)).isEqualTo(true);
            assertThat(engine.getRuntimeService().getVariable(task.getProcessInstanceId(), "tier")).isEqualTo("A");
        } finally {
            probe.cleanUp();
        }
    }

    @Test
    void aProbeTaskInWorkingTimeCarriesNoMarkerAndCleanUpRemovesEveryProbeAndResetsTheClock() {
        EscalationProbe probe = new EscalationProbe(engine);
        Instant friday = Instant.parse("2025-03-07T08:00:00Z");
        Task task = task(probe.startTaskInWorkingTime(Map.of(), friday, friday.plus(Duration.ofDays(3))));
        assertThat(task.getCreateTime().toInstant()).isEqualTo(friday);
        assertThat(task.getDueDate().toInstant()).isEqualTo(friday.plus(Duration.ofDays(3)));
        assertThat(engine.getTaskService().getVariableLocal(task.getId(), RoundTheClock.VARIABLE)).isNull();

        probe.cleanUp();

        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EscalationProbe.PROBE).count()).isZero();
        assertThat(ClockUtil.getCurrentTime().toInstant()).isAfter(Instant.parse("2026-01-01T00:00:00Z"));
    }

    private Task task(String id) {
        return engine.getTaskService().createTaskQuery().taskId(id).singleResult();
    }
}
