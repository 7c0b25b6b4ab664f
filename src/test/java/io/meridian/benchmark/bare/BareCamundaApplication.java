package io.meridian.benchmark.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Profile;

/**
 * A bare Camunda starter app: the Camunda Spring Boot starters with webapps and engine-rest on
 * H2, one one-user-task process, nothing of Meridian. {@code BootBenchmark} starts it as a
 * separate JVM beside Meridian to compare their boot times. It reads only
 * {@code bare-camunda.properties} ({@code --spring.config.name=bare-camunda}).
 * <p>
 * Only under the profile {@code bare-camunda}: Meridian's own component scan of {@code io.meridian}
 * finds this class in the test classpath, and its test contexts must not pick it up.
 */
@SpringBootApplication
@Profile(BareCamundaApplication.PROFILE)
public class BareCamundaApplication {

    public static final String PROFILE = "bare-camunda";

    public static void main(String[] args) {
        SpringApplication.run(BareCamundaApplication.class, args);
    }
}
