package io.meridian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.ToDoubleFunction;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.meridian.benchmark.bare.BareCamundaApplication;
import io.meridian.testsupport.RuntimeClasspath;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Boot to ready: Meridian against a bare Camunda starter app ({@link BareCamundaApplication}:
 * webapps, engine-rest, H2), each started as a separate JVM with the same flags, alternately,
 * {@code boot.rounds} times (default 3): the first start on an empty H2 file database, the
 * others on the database the first left. Meridian runs twice per round: as by default, loading
 * the builds of its tables it ships (and keeping those of tables it does not ship for the next start),
 * and building its tables on every start ({@code meridian-rebuilds}, {@code meridian.rules.stored-builds}
 * blank), each on a database of its own. Ready is Spring Boot's readiness event
 * ({@code ReadinessState ACCEPTING_TRAFFIC}, after every ApplicationRunner and
 * ApplicationReadyEvent listener), read from the process's log and timed from the launch; then
 * the benchmark asks {@code /engine-rest/engine} and takes the process's resident memory
 * (VmRSS). Not part of the test run (tag {@code benchmark}); writes {@code target/boot-benchmark.txt}.
 * <p>
 * With {@code -Dboot.cds=true} every start maps a class-data-sharing archive of its app (README
 * "Faster restarts"): each app's classes are packed in a jar first (the JVM archives classes from
 * jars only), and one training start per app ({@code -XX:ArchiveClassesAtExit},
 * {@code -Dspring.context.exit=onRefresh}, in-memory H2) writes its archive before the rounds.
 * <p>
 * Classpaths: Meridian runs from {@code target/classes} and its runtime dependencies
 * ({@code target/runtime.classpath}, see README "Benchmarks"); the bare app from
 * {@code target/test-classes} and the same runtime dependencies less the jars only Meridian uses
 * ({@link #MERIDIAN_ONLY}), so it boots what a bare starter app boots.
 */
@Tag("benchmark")
class BootBenchmark {

    /** Jars of Meridian's own choices: Drools, holidays, Flyway, security, docs, mail, templates, metrics, PostgreSQL. */
    static final Pattern MERIDIAN_ONLY = Pattern.compile(
        "/(drools|kie|mvel|antlr|ecj|javaparser|xstream|mxparser|xmlpull|poi|xmlbeans|curvesapi|commons-collections4|SparseBitSet"
            + "|log4j-api|jollyday|threeten-extra|time4j|flyway|jackson-dataformat-toml|spring-security|spring-boot-starter-security"
            + "|springdoc|swagger|webjars-locator|jackson-dataformat-yaml|thymeleaf|attoparser|unbescape|spring-boot-starter-mail"
            + "|jakarta\\.mail|angus|jmustache|spring-context-support|spring-boot-starter-actuator|spring-boot-actuator|micrometer-core|micrometer-registry|micrometer-jakarta9|prometheus"
            + "|HdrHistogram|LatencyUtils|postgresql|checker-qual|jspecify)[^/]*\\.jar$");
    static final List<String> JVM_FLAGS = List.of("-Xmx1g", "-XX:+UseG1GC");
    /** {@code -Dboot.cds=true}: every start with its app's class-data-sharing archive. */
    static final boolean CDS = Boolean.getBoolean("boot.cds");
    private static final List<String> BARE_ARGUMENTS = List.of("--spring.config.name=bare-camunda",
        "--spring.profiles.active=" + BareCamundaApplication.PROFILE);
    /** The JVM's word for an archive it could not map (another classpath or JDK). */
    static final Pattern CDS_REFUSED = Pattern.compile("Unable to use shared archive");
    static final Pattern READY = Pattern.compile("ReadinessState changed to ACCEPTING_TRAFFIC");
    static final Pattern STARTED = Pattern.compile("Started (\\w+) in ([0-9.]+) seconds");

    /** Meridian as it runs by default, Meridian building its tables on every start, and the bare app. */
    static final String REBUILDS = "meridian-rebuilds";
    static final List<String> APPS = List.of("meridian", "bare", REBUILDS);
    private static final String MERIDIAN_MAIN = "io.meridian.MeridianApplication";
    /** The start-up log's count of tables loaded from stored builds (io.meridian.rules.RuleVersions). */
    static final Pattern LOADED = Pattern.compile("(\\d+) loaded as stored builds");

    /** {@code -Dboot.jfr=true}: every start records a JFR profile ({@code scripts/profile-start.jfc}) up to ready, in {@code target/boot-benchmark/APP-ROUND.jfr}. */
    static final boolean JFR = Boolean.getBoolean("boot.jfr");

    /**
     * One start: when it was ready, and at that moment the CPU its process had used (all threads: JIT, GC, the
     * start's own threads; on a machine with few cores a start is bound by it, and it varies less with other load
     * than the wall time does), its resident memory and how many classes its JVM had loaded.
     */
    record Start(String app, int round, boolean emptyDatabase, double readySeconds, double springSeconds, long rssKib,
                 int storedBuildsLoaded, double cpuSeconds, long loadedClasses) {
    }

    @Test
    void meridianBootsCloseToABareCamundaApp() throws Exception {
        Path data = Path.of("target/boot-benchmark").toAbsolutePath();
        FileSystemUtils.deleteRecursively(data);
        Files.createDirectories(data);
        List<Path> bareJars = RuntimeClasspath.jars().stream()
            .filter(j -> !MERIDIAN_ONLY.matcher(j.toString().replace('\\', '/')).find()).toList();
        String meridianClasspath;
        String bareClasspath;
        if (CDS) {
            meridianClasspath = RuntimeClasspath.path(Stream.concat(Stream.of(
                jar(Path.of("target/classes"), data.resolve("cds/meridian-classes.jar"), "")), RuntimeClasspath.jars().stream()).toList());
            bareClasspath = RuntimeClasspath.path(Stream.concat(Stream.of(
                jar(Path.of("target/test-classes"), data.resolve("cds/bare-classes.jar"), "io/meridian/benchmark/bare/", "bare-camunda.properties")),
                bareJars.stream()).toList());
            train("meridian", meridianClasspath, MERIDIAN_MAIN, List.of(), data);
            train("bare", bareClasspath, BareCamundaApplication.class.getName(), BARE_ARGUMENTS, data);
        } else {
            meridianClasspath = RuntimeClasspath.path(RuntimeClasspath.server());
            bareClasspath = RuntimeClasspath.path(Stream.concat(Stream.of(Path.of("target/test-classes").toAbsolutePath()), bareJars.stream()).toList());
        }

        int rounds = Integer.getInteger("boot.rounds", 3);
        List<Start> starts = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            // each round in another order, so that no app always starts right after the same other one
            List<String> order = new ArrayList<>(APPS);
            Collections.rotate(order, round);
            for (String app : order) {
                starts.add(switch (app) {
                    case "meridian" -> start(app, round, meridianClasspath, MERIDIAN_MAIN, meridianArguments(data, app, true));
                    case REBUILDS -> start(app, round, meridianClasspath, MERIDIAN_MAIN, meridianArguments(data, app, false));
                    default -> start(app, round, bareClasspath, BareCamundaApplication.class.getName(), Stream.concat(
                        BARE_ARGUMENTS.stream(), Stream.of(
                        "--spring.datasource.url=jdbc:h2:file:" + data.resolve("bare/db") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0")).toList());
                });
            }
        }
        String report = report(starts);
        Files.writeString(Path.of("target/boot-benchmark.txt"), report);
        System.out.println(report);
        assertThat(starts).hasSize(APPS.size() * rounds).allSatisfy(s -> assertThat(s.readySeconds()).isPositive());
        long tables = shippedTables();
        assertThat(starts).filteredOn(s -> s.app().equals("meridian"))
            .as("every start of Meridian loads the builds it ships").allMatch(s -> s.storedBuildsLoaded() == tables);
        assertThat(starts).filteredOn(s -> s.app().equals(REBUILDS)).allMatch(s -> s.storedBuildsLoaded() == 0);
    }

    /** How many workbooks the rules folder holds: a server run from the project loads that many shipped builds. */
    static long shippedTables() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("rules"))) {
            return files.filter(f -> f.toString().endsWith(".drl.xlsx")).count();
        }
    }

    /** Meridian on its own database; {@code storing}: with its default of keeping the builds in force (in its own folder). */
    private static List<String> meridianArguments(Path data, String app, boolean storing) {
        return List.of("--spring.datasource.url=jdbc:h2:file:" + data.resolve(app + "/db") + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0",
            "--meridian.rules.stored-builds=" + (storing ? data.resolve(app + "/rule-builds").toString() : ""));
    }

    private Start start(String app, int round, String classpath, String mainClass, List<String> args) throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        if (CDS) {
            command.addAll(List.of("-XX:SharedArchiveFile=" + archive(app.equals("bare") ? "bare" : "meridian"), "-Xlog:cds=error"));
        }
        Path recording = Path.of("target/boot-benchmark/" + app + "-" + round + ".jfr").toAbsolutePath();
        if (JFR) {
            command.addAll(List.of("-XX:FlightRecorderOptions=stackdepth=512",
                "-XX:StartFlightRecording=settings=" + Path.of("scripts/profile-start.jfc").toAbsolutePath() + ",filename=" + recording));
        }
        command.addAll(List.of("-cp", classpath, mainClass, "--server.port=" + port, "--server.address=127.0.0.1",
            "--logging.level.org.springframework.boot.availability=DEBUG"));
        command.addAll(args);
        Path log = Path.of("target/boot-benchmark/" + app + "-" + round + ".log");
        long launched = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            double[] spring = {Double.NaN};
            CompletableFuture<Double> ready = new CompletableFuture<>();
            int[] loaded = {0};
            boolean[] refused = {false};
            Thread reader = new Thread(() -> readLog(process, log, launched, spring, ready, line -> {
                Matcher count = LOADED.matcher(line);
                if (count.find()) {
                    loaded[0] = Integer.parseInt(count.group(1));
                }
                refused[0] |= CDS_REFUSED.matcher(line).find();
            }), app + "-log");
            reader.setDaemon(true);
            reader.start();
            double readySeconds = ready.get(5, TimeUnit.MINUTES);
            double cpuSeconds = process.toHandle().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
            long classes = loadedClasses(process.pid());
            if (JFR) {
                jcmd(process.pid(), "JFR.dump", "filename=" + recording);
            }
            HttpResponse<String> engines = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/engine-rest/engine")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(engines.statusCode()).as(app + " engine-rest answers once ready").isEqualTo(200);
            assertThat(engines.body()).contains("\"name\"");
            long rss = residentKib(process.pid());
            assertThat(refused[0]).as(app + " started on its class-data-sharing archive (see " + log + ")").isFalse();
            assertThat(cpuSeconds).as(app + "'s CPU time at ready, from the operating system").isPositive();
            assertThat(classes).as(app + "'s loaded classes at ready (jcmd PerfCounter.print)").isPositive();
            return new Start(app, round, round == 0, readySeconds, spring[0], rss, loaded[0], cpuSeconds, classes);
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
    }

    private static Path archive(String app) {
        return Path.of("target/boot-benchmark/cds/" + app + ".jsa").toAbsolutePath();
    }

    /** Writes {@code app}'s class-data-sharing archive: a start that stops once its context is refreshed. */
    private static void train(String app, String classpath, String mainClass, List<String> args, Path data) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_FLAGS);
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive(app), "-Xlog:cds=error", "-Dspring.context.exit=onRefresh",
            "-cp", classpath, mainClass, "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:training",
            "--meridian.rules.stored-builds=" + data.resolve("cds/rule-builds")));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(data.resolve("cds/" + app + "-training.log").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(app + "'s training start ended").isTrue();
        assertThat(process.exitValue()).as(app + "'s training start, see " + data.resolve("cds/" + app + "-training.log")).isZero();
        assertThat(archive(app)).as(app + "'s archive, see " + data.resolve("cds/" + app + "-training.log")).isRegularFile();
    }

    /**
     * A jar of {@code classes}' files under the given prefixes (all for ""), with an entry for each
     * folder as the jar tool writes (Spring's component scan finds a package in a jar by its folder
     * entry): the JVM archives classes from jars only.
     */
    private static Path jar(Path classes, Path jar, String... prefixes) throws IOException {
        Files.createDirectories(jar.getParent());
        Path root = classes.toAbsolutePath();
        Set<String> folders = new HashSet<>();
        try (var out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                if (Arrays.stream(prefixes).anyMatch(name::startsWith)) {
                    for (int slash = name.indexOf('/'); slash >= 0; slash = name.indexOf('/', slash + 1)) {
                        String folder = name.substring(0, slash + 1);
                        if (folders.add(folder)) {
                            out.putNextEntry(new JarEntry(folder));
                            out.closeEntry();
                        }
                    }
                    out.putNextEntry(new JarEntry(name));
                    Files.copy(file, out);
                    out.closeEntry();
                }
            }
        }
        return jar.toAbsolutePath();
    }

    /**
     * Copies a launched JVM's output to {@code log}; {@code spring[0]} gets Spring Boot's "Started … in" seconds and
     * {@code ready} the seconds from {@code launched} (nanoTime) to the readiness line, or fails when the process ends first.
     */
    static void readLog(Process process, Path log, long launched, double[] spring, CompletableFuture<Double> ready) {
        readLog(process, log, launched, spring, ready, line -> {
        });
    }

    /** As {@link #readLog(Process, Path, long, double[], CompletableFuture)}, each line also to {@code lines}. */
    static void readLog(Process process, Path log, long launched, double[] spring, CompletableFuture<Double> ready,
                        Consumer<String> each) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             var out = Files.newBufferedWriter(log)) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.write(line);
                out.newLine();
                each.accept(line);
                Matcher started = STARTED.matcher(line);
                if (started.find()) {
                    spring[0] = Double.parseDouble(started.group(2));
                }
                if (!ready.isDone() && READY.matcher(line).find()) {
                    ready.complete((System.nanoTime() - launched) / 1e9);
                }
            }
            ready.completeExceptionally(new IllegalStateException("the process ended before it was ready; see " + log));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    /** How many classes the JVM of {@code pid} has loaded (its {@code java.cls.loadedClasses} counter), 0 where jcmd does not answer. */
    static long loadedClasses(long pid) throws IOException, InterruptedException {
        Matcher count = Pattern.compile("java\\.cls\\.loadedClasses=(\\d+)").matcher(jcmd(pid, "PerfCounter.print"));
        return count.find() ? Long.parseLong(count.group(1)) : 0;
    }

    /** Runs the JDK's {@code jcmd} against {@code pid} and answers what it printed. */
    static String jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String out = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!jcmd.waitFor(60, TimeUnit.SECONDS)) {
            jcmd.destroyForcibly();
        }
        return out;
    }

    /** Resident memory of the process from /proc (Linux), 0 where there is none. */
    static long residentKib(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }

    static String report(List<Start> starts) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Boot to ready, %s, %d cores, JVM %s %s, flags %s%s, load average %s%n",
            Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
            System.getProperty("java.version"), JVM_FLAGS, CDS ? " with each app's class-data-sharing archive" : "", loadAverage()));
        out.append("app                round  database  ready s  spring 'Started in' s  CPU s  classes  RSS MiB  stored builds loaded\n");
        for (Start s : starts) {
            out.append(String.format(Locale.ROOT, "%-18s %5d  %-8s  %7.1f  %21.1f  %5.1f  %7d  %7d  %20d%n", s.app(), s.round(),
                s.emptyDatabase() ? "empty" : "existing", s.readySeconds(), s.springSeconds(), s.cpuSeconds(), s.loadedClasses(),
                s.rssKib() / 1024, s.storedBuildsLoaded()));
        }
        for (boolean empty : new boolean[] {true, false}) {
            if (starts.stream().noneMatch(s -> s.emptyDatabase() == empty)) {
                continue; // one round has no later starts
            }
            double meridian = median(starts, "meridian", empty);
            double rebuilds = median(starts, REBUILDS, empty);
            double bare = median(starts, "bare", empty);
            out.append(String.format(Locale.ROOT, "%s starts: Meridian %.1f s, bare %.1f s (medians), ratio %.2f; "
                    + "Meridian building its tables every start %.1f s, ratio %.2f%n",
                empty ? "first (empty database)" : "later", meridian, bare, meridian / bare, rebuilds, rebuilds / bare));
            double meridianCpu = median(starts, "meridian", empty, Start::cpuSeconds);
            double bareCpu = median(starts, "bare", empty, Start::cpuSeconds);
            out.append(String.format(Locale.ROOT, "  CPU at ready: Meridian %.1f s, bare %.1f s (medians), ratio %.2f; classes loaded %d and %d%n",
                meridianCpu, bareCpu, meridianCpu / bareCpu, Math.round(median(starts, "meridian", empty, s -> (double) s.loadedClasses())),
                Math.round(median(starts, "bare", empty, s -> (double) s.loadedClasses()))));
        }
        if (JFR) {
            out.append("JFR recordings up to ready: target/boot-benchmark/APP-ROUND.jfr (java scripts/ProfileStart.java top FILE)\n");
        }
        return out.toString();
    }

    private static double median(List<Start> starts, String app, boolean empty) {
        return median(starts, app, empty, Start::readySeconds);
    }

    private static double median(List<Start> starts, String app, boolean empty, ToDoubleFunction<Start> figure) {
        List<Double> values = starts.stream().filter(s -> s.app().equals(app) && s.emptyDatabase() == empty)
            .map(figure::applyAsDouble).sorted().toList();
        if (values.isEmpty()) {
            return Double.NaN;
        }
        return values.size() % 2 == 1 ? values.get(values.size() / 2)
            : (values.get(values.size() / 2 - 1) + values.get(values.size() / 2)) / 2;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
