package io.meridian.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** {@code meridian.orders.check-interval}: how often the check of running orders runs, never when empty, a clear refusal else. */
class OrderEndsCheckTest {

    @Test
    void shouldCheckEveryIntervalFirstAnIntervalAfterTheStart() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new OrderEndsCheck(null, null, null, "5m").configureTasks(registrar);
        assertThat(registrar.getFixedDelayTaskList()).singleElement().satisfies(task -> {
            assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMinutes(5));
            assertThat(task.getInitialDelayDuration()).as("the start has swept already").isEqualTo(Duration.ofMinutes(5));
        });
    }

    @Test
    void shouldNotCheckWhenTheIntervalIsEmpty() {
        ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();
        new OrderEndsCheck(null, null, null, " ").configureTasks(registrar);
        assertThat(registrar.getFixedDelayTaskList()).isEmpty();
    }

    @Test
    void shouldRefuseAnIntervalThatIsNotPositive() {
        // the start-up report names the property and the reason, without a stack trace
        for (String wrong : new String[] {"PT0S", "-5m", "5 min"}) {
            assertThatThrownBy(() -> new OrderEndsCheck(null, null, null, wrong))
                .isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, e -> {
                    assertThat(e.getName()).isEqualTo("meridian.orders.check-interval");
                    assertThat(e.getValue()).isEqualTo(wrong);
                    assertThat(e.getReason()).isEqualTo("it must be a positive duration such as PT5M or 5m, or empty for no periodic check");
                });
        }
    }
}
