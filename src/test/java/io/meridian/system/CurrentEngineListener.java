package io.meridian.system;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes the engine of the test's own Spring context the one Camunda's static registry calls
 * "default" before each test.
 *
 * <p>engine-rest, Tasklist and Cockpit look the engine up in {@link ProcessEngines} by name, not
 * in the Spring context that serves them. Spring caches several test contexts in one JVM, each
 * with an engine named "default", and the one started last wins the registry; a request to an
 * older context's engine-rest would then run on another engine, whose identity service does not
 * carry the caller's authentication (so authorization would not be checked at all). Registered
 * in {@code META-INF/spring.factories} of the test classpath, so it applies to every test class.
 */
public class CurrentEngineListener extends AbstractTestExecutionListener {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 100;
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        ProcessEngine engine = context.getBeanProvider(ProcessEngine.class).getIfAvailable();
        if (engine != null && ProcessEngines.getProcessEngines().get(engine.getName()) != engine) {
            ProcessEngines.registerProcessEngine(engine);
        }
    }
}
