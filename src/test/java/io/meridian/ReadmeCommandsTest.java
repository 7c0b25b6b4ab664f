package io.meridian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * The README's commands as a reader pastes them: every bash block is bash, and every class, test, script and
 * repository file a command names is there, every test and module class its text names exists, and its "Modules"
 * table names every top-level package; the benchmark log it points to ({@code docs/benchmarks.md}) names only
 * tests and classes that exist. A class renamed or moved (a benchmark, a workbook-editing program) fails
 * the build here, not at the reader's prompt. What the commands do against a server is {@code ReadmeWalkThroughTest}'s
 * and {@code ReadmeClientWorkingDayTest}'s.
 */
@RunsBeside
class ReadmeCommandsTest {

    private static final Path README = Path.of("README.md");
    private static final Path BENCHMARK_LOG = Path.of("docs/benchmarks.md");
    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

    @Test
    void shouldWriteEveryShellBlockInBashThatParses() throws Exception {
        assumeTrue(onPath("bash"), "bash reads the README's shell blocks");
        List<String> blocks = bashBlocks();
        assertThat(blocks).as("the README's bash blocks").hasSizeGreaterThan(20);
        for (String block : blocks) {
            Process bash = new ProcessBuilder("bash", "-n").redirectErrorStream(true).start();
            bash.getOutputStream().write(block.getBytes(StandardCharsets.UTF_8));
            bash.getOutputStream().close();
            String said = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(bash.waitFor(20, TimeUnit.SECONDS)).isTrue();
            assertThat(bash.exitValue()).as("bash -n on:%n%s%n%s", block, said).isZero();
        }
    }

    @Test
    void shouldNameOnlyClassesTestsAndFilesTheRepositoryHas() throws IOException {
        String commands = String.join("\n", bashBlocks());
        Set<String> missing = new LinkedHashSet<>();
        Set<String> testClasses = simpleNames(Path.of("src/test/java"));
        Matcher test = Pattern.compile("-Dtest=(\\w+)").matcher(commands);
        int tests = 0;
        while (test.find()) {
            tests++;
            if (!testClasses.contains(test.group(1))) {
                missing.add("test class " + test.group(1));
            }
        }
        Matcher jmh = Pattern.compile("org\\.openjdk\\.jmh\\.Main (\\w+)").matcher(commands);
        while (jmh.find()) {
            if (!testClasses.contains(jmh.group(1))) {
                missing.add("benchmark " + jmh.group(1));
            }
        }
        Matcher main = Pattern.compile("\\bio\\.meridian(?:\\.\\w+)*\\.[A-Z]\\w*").matcher(commands);
        while (main.find()) {
            String file = main.group().replace('.', '/') + ".java";
            if (!Files.exists(Path.of("src/test/java", file)) && !Files.exists(Path.of("src/main/java", file))) {
                missing.add("class " + main.group());
            }
        }
        Matcher path = Pattern.compile("(?:@|^|\\s)((?:rules|messages|scripts|processes)/[\\w./-]+\\.\\w+)").matcher(commands);
        while (path.find()) {
            if (!path.group(1).contains("*") && !Files.exists(Path.of(path.group(1)))) {
                missing.add("file " + path.group(1));
            }
        }
        assertThat(tests).as("-Dtest= commands in the README").isGreaterThan(5);
        assertThat(missing).as("named by a README command").isEmpty();
    }

    @Test
    void shouldNameOnlyTestsAndClassesThatExist() throws IOException {
        assertThat(namedButMissing(Files.readString(README))).as("named in the README").isEmpty();
    }

    @Test
    void shouldNameOnlyTestsAndClassesThatExistInTheBenchmarkLog() throws IOException {
        String log = Files.readString(BENCHMARK_LOG);
        assertThat(log).as("docs/benchmarks.md names the benchmarks it reports").contains("`StartThroughputBenchmark`");
        assertThat(namedButMissing(log)).as("named in docs/benchmarks.md").isEmpty();
    }

    @Test
    void shouldFindANameThatDoesNotExist() throws IOException {
        assertThat(namedButMissing("run `NoSuchThingBenchmark`, read `order.NoSuchCheck`, keep `order.OrderCancellation`"))
            .containsExactly("NoSuchThingBenchmark", "order.NoSuchCheck");
    }

    private static Set<String> namedButMissing(String text) throws IOException {
        Set<String> testClasses = simpleNames(Path.of("src/test/java"));
        Set<String> missing = new LinkedHashSet<>();
        Matcher test = Pattern.compile("`([A-Z]\\w*(?:Test|Benchmark|Fixture))`").matcher(text);
        while (test.find()) {
            if (!testClasses.contains(test.group(1))) {
                missing.add(test.group(1));
            }
        }
        // a module's class as a document names it: `order.CustomsCompletionCheck`, `system.SignInCache`
        Matcher named = Pattern.compile("`([a-z]+)\\.([A-Z]\\w*)(?:[.#(]\\w*\\)?)?`").matcher(text);
        while (named.find()) {
            Path main = Path.of("src/main/java/io/meridian", named.group(1));
            Path tests = Path.of("src/test/java/io/meridian", named.group(1));
            if ((Files.isDirectory(main) || Files.isDirectory(tests))
                && !Files.exists(main.resolve(named.group(2) + ".java")) && !Files.exists(tests.resolve(named.group(2) + ".java"))) {
                missing.add(named.group(1) + "." + named.group(2));
            }
        }
        return missing;
    }

    @Test
    void shouldListEveryModuleInTheModulesTable() throws IOException {
        String readme = Files.readString(README);
        String modules = readme.substring(readme.indexOf("\n## Modules\n"));
        modules = modules.substring(0, modules.indexOf("\n\n", modules.indexOf("| Module |")));
        Set<String> listed = new LinkedHashSet<>();
        Matcher row = Pattern.compile("(?m)^\\| ([^|]+)\\|").matcher(modules);
        while (row.find()) {
            Matcher name = Pattern.compile("`(\\w+)`").matcher(row.group(1));
            while (name.find()) {
                listed.add(name.group(1));
            }
        }
        List<String> packages;
        try (Stream<Path> dirs = Files.list(Path.of("src/main/java/io/meridian"))) {
            packages = dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList();
        }
        assertThat(listed).as("README \"Modules\"").containsAll(packages);
        assertThat(packages).as("packages of io.meridian").containsAll(listed);
    }

    private static List<String> bashBlocks() throws IOException {
        List<String> blocks = new ArrayList<>();
        Matcher m = BASH_BLOCK.matcher(Files.readString(README));
        while (m.find()) {
            blocks.add(m.group(1));
        }
        return blocks;
    }

    private static Set<String> simpleNames(Path root) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".java"))
                .forEach(n -> names.add(n.substring(0, n.length() - ".java".length())));
        }
        return names;
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
