package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link EngineClock} starts each test at its instant on the context's engine and gives the real clock back after it. */
@MeridianTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EngineClockTest {

    /** A Monday morning in Shanghai. */
    static final Instant START = Instant.parse("2027-01-11T02:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(START);

    @Autowired
    ProcessEngine engine;

    @Test
    @Order(1)
    void shouldStartATestAtItsInstantOnTheContextsEngine() {
        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(START);
        assertThat(runtimeService()).as("camunda-bpm-assert bound to the engine").isSameAs(engine.getRuntimeService());

        ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(30))));
    }

    @Test
    @Order(2)
    void shouldStartTheNextTestAtItsInstantAgainWhereTheLastMovedTheClock() {
        assertThat(ClockUtil.getCurrentTime().toInstant()).isEqualTo(START);
    }

    @Test
    @Order(3)
    void shouldGiveTheRealClockBackAfterATest() {
        clock.afterEach(null);

        assertThat(Duration.between(ClockUtil.getCurrentTime().toInstant(), Instant.now()).abs()).isLessThan(Duration.ofMinutes(1));
    }
}
