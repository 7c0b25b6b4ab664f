package io.meridian.system;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Makes Camunda's static state fit the test's own Spring context before each test: its engine
 * is the one the registry calls "default", and the webapps have their runtime services.
 *
 * <p>engine-rest, Tasklist and Cockpit look the engine up in {@link ProcessEngines} by name, not
 * in the Spring context that serves them. Spring caches several test contexts in one JVM, each
 * with an engine named "default", and the one started last wins the registry; a request to an
 * older context's engine-rest would then run on another engine, whose identity service does not
 * carry the caller's authentication (so authorization would not be checked at all).
 *
 * <p>The webapps keep their runtime services in static fields too, set when a web server starts
 * and cleared when any web server stops: a test that starts and stops a server of its own (a
 * second node, a start that must fail) would leave every cached context's Tasklist and Cockpit
 * answering 500. They are put back the way the webapps' bootstrap creates them.
 *
 * <p>Neither happens in production, where one JVM runs one context. Registered in
 * {@code META-INF/spring.factories} of the test classpath, so it applies to every test class.
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
        restoreWebappRuntimes();
    }

    private static void restoreWebappRuntimes() {
        if (Cockpit.getRuntimeDelegate() == null) {
            Cockpit.setCockpitRuntimeDelegate(new DefaultCockpitRuntimeDelegate());
        }
        if (Tasklist.getRuntimeDelegate() == null) {
            Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
        }
        if (Admin.getRuntimeDelegate() == null) {
            Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
        }
        if (Welcome.getRuntimeDelegate() == null) {
            Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
        }
    }
}
