package io.meridian.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * A test class that runs beside the suite's one-after-another stream instead of in it, so the
 * second core has work while the shared context's tests run (see
 * {@code src/test/resources/junit-platform.properties}). Only for a class that shares nothing a
 * test of the stream changes: no {@link MeridianTest} context, no PostgreSQL context, no engine
 * clock ({@code ClockUtil}), and no Spring test context of its own either: {@code CurrentEngineListener}
 * makes each test context's engine Camunda's "default" before each test, which would pull the engine
 * from under the stream. A class that starts whole applications itself may run beside only when
 * they have no webapps ({@code camunda.bpm.webapp.enabled=false}), an engine name and a database
 * of their own ({@code RuleNodesTest}): Camunda's webapps keep their runtime in static state, and
 * Tasklist in the shared context answered 500 while an application with webapps started or stopped
 * beside it ({@code ProdProfileTest} stays in the stream for that reason). In short: a class with
 * no Spring test context.
 * <p>
 * Classes so marked run one at a time among themselves ({@value #LOCK}), and never while a test
 * that reads the console output ({@link CapturesOutput}) runs: their log lines would be in it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(RunsBeside.LOCK)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
public @interface RunsBeside {

    /** The lock that keeps the classes running beside the stream to one at a time. */
    String LOCK = "io.meridian.tests-beside-the-stream";
}
