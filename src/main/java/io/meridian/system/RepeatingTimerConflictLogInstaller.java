package io.meridian.system;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;

/**
 * Puts {@link RepeatingTimerConflictLog} into Logback each time Spring Boot has set logging up (listed in
 * {@code META-INF/spring.factories}, run right after {@link LoggingApplicationListener}): Spring Boot resets Logback's
 * context, turbo filters included, whenever an application in the JVM starts, so a filter put in once by the first
 * application's beans is gone after a second one started (a test run's several applications).
 */
public class RepeatingTimerConflictLogInstaller implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        RepeatingTimerConflictLog.install();
    }

    @Override
    public int getOrder() {
        return LoggingApplicationListener.DEFAULT_ORDER + 1;
    }
}
