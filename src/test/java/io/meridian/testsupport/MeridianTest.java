package io.meridian.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import io.meridian.benchmark.SqlStatementCounter;
import io.meridian.system.CallerAddressHeader;
import org.springframework.context.annotation.Import;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;

/**
 * The whole server on a random port, as most tests need it: one application context that Spring's
 * test context cache starts once and hands to every test class carrying this annotation (and
 * nothing else that changes the context: no {@code @MockitoBean}, no properties, no profile, no
 * {@code @DirtiesContext}). Each start of the application costs 10 to 30 seconds; a test that
 * really needs another one says why in its comment.
 *
 * <p>It holds what any of these tests needs: metrics exported as in a real run, a {@code MockMvc}
 * next to the real port, and the caller address a login-limit test names in a header
 * ({@link CallerAddressHeader}), the SQL statement counter of the tests that count what a start sends
 * ({@link SqlStatementCounter}: it wraps the data source and matches a regular expression per
 * statement), {@link ApiCalls} for the tests that call {@code /api} as another system does, and process-test-coverage's engine plugin (its test listener registers
 * itself for every Spring test: each class gets its coverage report under
 * {@code target/process-test-coverage}). Tests that share it create their own data (unique ids, own clients)
 * and never count what other tests may have left behind.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureObservability(tracing = false) // metrics exported as in a real run (tests switch them off by default)
@AutoConfigureMockMvc
@Import({CallerAddressHeader.class, ProcessEngineCoverageConfiguration.class, SqlStatementCounter.class, ApiCalls.class})
public @interface MeridianTest {
}
