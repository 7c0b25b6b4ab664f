package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import io.meridian.testsupport.CapturesOutput;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * The repeating-timer filter outlives Spring Boot setting logging up again: every application started in the JVM resets
 * Logback's context, turbo filters included (in the test run, the many applications beside the shared one; in a server,
 * a restart of its context). Starts an application of its own, as other tests do, so it runs with them, not beside others.
 */
@CapturesOutput
class RepeatingTimerConflictLogInstallerTest {

    @Test
    void shouldBeInLogbackAgainAfterAnotherApplicationSetLoggingUp() {
        LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
        RepeatingTimerConflictLog.install();
        assertThat(logback.getTurboFilterList()).as("put in by the first application").anyMatch(RepeatingTimerConflictLogInstallerTest::ours);
        try (ConfigurableApplicationContext other = new SpringApplicationBuilder(Nothing.class).web(WebApplicationType.NONE)
            .run("--spring.main.banner-mode=off", "--meridian.rules.precompile=false", "--meridian.engine.parse-sql-ahead=false")) {
            assertThat(other.isActive()).isTrue();
            assertThat(logback.getTurboFilterList()).as("after another application reset Logback's context")
                .filteredOn(RepeatingTimerConflictLogInstallerTest::ours).hasSize(1);
        }
    }

    private static boolean ours(Object filter) {
        return filter instanceof RepeatingTimerConflictLog f && RepeatingTimerConflictLog.NAME.equals(f.getName());
    }

    @Configuration(proxyBeanMethods = false)
    static class Nothing {
    }
}
