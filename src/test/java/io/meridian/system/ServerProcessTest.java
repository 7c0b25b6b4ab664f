package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash tests' server processes: a server that stops during its start is reported at once, with
 * the end of its log, not after the start timeout (a start refused early costs a JVM start, not a boot).
 */
@RunsBeside
class ServerProcessTest {

    @TempDir
    Path workDir;

    @Test
    void aServerThatStopsDuringItsStartIsReportedWithItsLog() {
        long started = System.nanoTime();
        assertThatThrownBy(() -> ServerProcess.start(workDir, Duration.ofSeconds(120), "--spring.config.import=file:./no-such-settings.yml"))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("the server did not start")
            .hasMessageContaining("no-such-settings.yml");
        org.assertj.core.api.Assertions.assertThat(Duration.ofNanos(System.nanoTime() - started))
            .as("reported when the process stopped, not at the timeout").isLessThan(Duration.ofSeconds(100));
    }
}
