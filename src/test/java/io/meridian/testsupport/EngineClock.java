package io.meridian.testsupport;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The engine's clock set to one instant before each test of a {@link MeridianTest} class and back to the real
 * clock after it, with camunda-bpm-assert bound to the context's engine: what a process test on a controlled clock
 * sets up first. A test class registers it with {@code @RegisterExtension final EngineClock clock = EngineClock.at(START);}.
 */
public final class EngineClock implements BeforeEachCallback, AfterEachCallback {

    private final Instant start;

    private EngineClock(Instant start) {
        this.start = start;
    }

    /** Each test starts with the engine's clock at {@code start}. */
    public static EngineClock at(Instant start) {
        return new EngineClock(start);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        BpmnAwareTests.init(SpringExtension.getApplicationContext(context).getBean(ProcessEngine.class));
        ClockUtil.setCurrentTime(Date.from(start));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        ClockUtil.reset();
    }
}
