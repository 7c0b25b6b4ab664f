package io.meridian.rules;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the builds the application ships of its own workbooks: run by the Maven build (phase
 * {@code process-classes}, see {@code pom.xml}) with the rules folder and
 * {@code target/classes/rule-builds}, so that the jar carries, for each workbook it packs, the
 * executable-model build a start loads instead of building the table ({@link StoredBuilds}).
 * A table whose build there still fits (same workbook bytes, Drools version and fact classes) is
 * left as it is, so a build without changes costs about a second. A build is written only when its
 * executable model holds the same rules as the DRL build of the same workbook; that every scenario
 * answers alike on it is what {@code StoredBuildsTest} checks in the test run, before the jar is
 * packed. A workbook that does not build is left out with a warning: the server builds it from the
 * workbook at start and reports its problems there, as for any workbook.
 */
public final class ShippedBuilds {

    private ShippedBuilds() {
    }

    /** {@code <rules folder> <output folder>}; exits with 1 when a folder cannot be read or written. */
    public static void main(String[] args) {
        if (args.length != 2) {
            System.err.println("usage: ShippedBuilds <rules folder> <output folder>");
            System.exit(2);
        }
        quietLibraries();
        try {
            make(Path.of(args[0]), Path.of(args[1]), System.out);
        } catch (IOException e) {
            System.err.println("Shipped rule builds: " + e);
            System.exit(1);
        }
    }

    /** Makes or keeps a build in {@code output} for each workbook in {@code rules}; removes the builds of tables no longer there. */
    static void make(Path rules, Path output, PrintStream report) throws IOException {
        TreeMap<String, byte[]> workbooks = new TreeMap<>();
        if (!Files.isDirectory(rules)) {
            report.println("Shipped rule builds: no rules folder " + rules + ", none shipped");
            if (Files.isDirectory(output)) {
                removeTablesNotShipped(output, Set.of());
            }
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(rules, "*" + RuleBook.SUFFIX)) {
            for (Path file : files) {
                if (RulesFolderWatcher.isWorkbook(file)) {
                    workbooks.put(RuleBook.tableName(file.getFileName().toString()), Files.readAllBytes(file));
                }
            }
        }
        Files.createDirectories(output);
        StoredBuilds builds = StoredBuilds.in(output.toString(), null);
        for (var workbook : workbooks.entrySet()) {
            report.println("Shipped rule builds: " + make(builds, workbook.getKey(), workbook.getValue()));
        }
        removeTablesNotShipped(output, workbooks.keySet());
    }

    /** One table's build, made or kept; what was done, for the build's output. */
    private static String make(StoredBuilds builds, String table, byte[] workbook) throws IOException {
        String checksum = DecisionTableCompiler.checksum(workbook);
        if (builds.fits(table, checksum)) {
            return table + " up to date";
        }
        long started = System.nanoTime();
        TableBuilds.Build inForce;
        StoredBuilds.Executable executable;
        try {
            DecisionTableCompiler.FromWorkbook built = new DecisionTableCompiler().buildFromWorkbook(table, workbook, checksum);
            inForce = built.build();
            executable = StoredBuilds.build(table, checksum, built.drl());
        } catch (RuntimeException | LinkageError e) {
            return "WARNING " + table + " left out, the server builds it from its workbook at start: " + DecisionTableCompiler.rootMessage(e);
        }
        Set<String> rules = StoredBuilds.ruleNames(executable.kieBase());
        if (!rules.equals(inForce.rulesByName().keySet())) {
            return "WARNING " + table + " left out: its executable model holds " + rules.size() + " rules, its DRL build "
                + inForce.rulesByName().size();
        }
        builds.write(table, checksum, executable, inForce.rulesByName());
        return table + " built (" + rules.size() + " rules, " + (System.nanoTime() - started) / 1_000_000 + " ms)";
    }

    private static void removeTablesNotShipped(Path output, Set<String> tables) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(output, "*" + StoredBuilds.SUFFIX)) {
            for (Path file : files) {
                if (!StoredBuilds.tableOf(file.getFileName().toString()).filter(tables::contains).isPresent()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** Drools and POI log at INFO and below through Logback, whose default without Spring Boot is DEBUG. */
    private static void quietLibraries() {
        if (LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext context) {
            context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
