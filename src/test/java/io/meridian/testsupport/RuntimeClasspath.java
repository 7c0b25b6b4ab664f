package io.meridian.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The classpath {@code java -jar} gives the server: its main classes and its compile and runtime
 * dependencies, not the test libraries. The build writes the jars to {@code target/runtime.classpath}
 * (maven-dependency-plugin in {@code generate-test-resources}, pom.xml); the crash tests' server
 * processes, the boot and memory benchmarks and the tests that load the server's classes afresh
 * start from it.
 */
public final class RuntimeClasspath {

    private static final Path JARS = Path.of("target/runtime.classpath");

    private RuntimeClasspath() {
    }

    /** The server's dependency jars, absolute. */
    public static List<Path> jars() {
        return jars(JARS);
    }

    /** The jars listed in {@code file}, absolute; a clear error when the build has not written it. */
    static List<Path> jars(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no " + file.toAbsolutePath() + ": the build writes it in generate-test-resources "
                + "(maven-dependency-plugin in pom.xml); run the tests through ./mvnw");
        }
        try {
            return Arrays.stream(Files.readString(file).trim().split(File.pathSeparator)).filter(e -> !e.isBlank())
                .map(e -> Path.of(e).toAbsolutePath()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The main classes ({@code target/classes}) and then the dependency jars. */
    public static List<Path> server() {
        List<Path> entries = new ArrayList<>();
        entries.add(Path.of("target/classes").toAbsolutePath());
        entries.addAll(jars());
        return entries;
    }

    /** Entries as a {@code -cp} argument. */
    public static String path(List<Path> entries) {
        return entries.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
    }
}
