package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.meridian.testsupport.RunsBeside;

import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/** A named node locks jobs under its name; without a name Camunda's random owner stays; a name the column cannot hold stops the start. */
@RunsBeside
class JobLockOwnerTest {

    @Test
    void shouldLockJobsUnderTheNodesName() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJobExecutor(new DefaultJobExecutor());
        new JobLockOwner("  node-two ").postInit(configuration);
        assertThat(configuration.getJobExecutor().getLockOwner()).isEqualTo("node-two");
    }

    @Test
    void shouldKeepCamundasOwnerWithoutAName() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJobExecutor(new DefaultJobExecutor());
        String random = configuration.getJobExecutor().getLockOwner();
        new JobLockOwner("").postInit(configuration);
        assertThat(configuration.getJobExecutor().getLockOwner()).isEqualTo(random).isNotBlank();
    }

    @Test
    void shouldRefuseANameTheLockColumnCannotHold() {
        // the start-up report names the property and the reason, without a stack trace
        assertThatThrownBy(() -> new JobLockOwner("n".repeat(256)))
            .isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, e -> {
                assertThat(e.getName()).isEqualTo("meridian.node.name");
                assertThat(e.getReason()).isEqualTo("MERIDIAN_NODE_NAME must be at most 255 characters without control characters; it was 256 long");
            });
        assertThatThrownBy(() -> new JobLockOwner("node\none")).isInstanceOf(InvalidConfigurationPropertyValueException.class)
            .hasMessageContaining("meridian.node.name");
    }
}
