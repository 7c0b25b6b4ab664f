package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import io.meridian.testsupport.MeridianTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A table in force is stored as Drools' executable model once the server is ready, and a later
 * start loads it instead of opening the workbook and building it, with the same rules and the same
 * answers to every scenario. A stored build that does not fit (another Drools, changed fact classes,
 * a damaged file) is never used: the table is built from its workbook as before. The shared test
 * server keeps no stored builds ({@code meridian.rules.stored-builds} is blank in the tests'
 * properties); here a writer of its own stores into a temporary folder.
 */
@MeridianTest
class StoredBuildsTest {

    @Autowired
    RuleBook book;
    @Autowired
    ApplicationContext context;
    @TempDir
    Path folder;

    @Test
    void aStoredBuildOfEachShippedTableLoadsWithoutPoiOrDroolsBuildAndAnswersEveryScenarioAlike() throws Exception {
        StoredBuilds stored = folderOnly();
        store(writer(), book.tables().toArray(CompiledTable[]::new));
        for (CompiledTable inForce : book.tables()) {
            assertThat(stored.holds(inForce.table(), inForce.checksum())).as(inForce.table() + " stored").isTrue();
        }
        assertEachTableInForceLoadsAndAnswersEveryScenarioAlike(stored);
    }

    @Test
    void theApplicationShipsABuildOfEachOfItsWorkbooksThatLoadsAndAnswersEveryScenarioAlike() throws Exception {
        // the folder is empty: what loads is the build the Maven build made (target/classes/rule-builds)
        StoredBuilds stored = StoredBuilds.in(folder.toString());
        for (CompiledTable inForce : book.tables()) {
            assertThat(getClass().getClassLoader().getResource(StoredBuilds.shippedResource(inForce.table(), inForce.checksum())))
                .as("the shipped build of " + inForce.table() + " (made by ShippedBuilds in process-classes)").isNotNull();
            assertThat(stored.fits(inForce.table(), inForce.checksum())).as(inForce.table()).isTrue();
        }
        assertEachTableInForceLoadsAndAnswersEveryScenarioAlike(stored);
        assertThat(folder).isEmptyDirectory();
    }

    /** Each table in force loads from {@code stored} without opening its workbook or building, with its rules and scenario answers. */
    private void assertEachTableInForceLoadsAndAnswersEveryScenarioAlike(StoredBuilds stored) {
        WorkbookValidator validator = context.getBean(WorkbookValidator.class);
        DecisionTableCompiler compiler = new DecisionTableCompiler(stored);
        for (CompiledTable inForce : book.tables()) {
            long opens = WorkCounter.OPENS.onThisThread();
            long builds = WorkCounter.BUILDS.onThisThread();
            long loads = WorkCounter.LOADS.onThisThread();

            TableBuilds.Build loaded = compiler.build(inForce.table(), inForce.workbook(), inForce.checksum());

            assertThat(WorkCounter.LOADS.onThisThread() - loads).as(inForce.table() + " loaded").isEqualTo(1);
            assertThat(WorkCounter.OPENS.onThisThread() - opens).as(inForce.table() + ": no workbook opened").isZero();
            assertThat(WorkCounter.BUILDS.onThisThread() - builds).as(inForce.table() + ": nothing built").isZero();
            assertThat(loaded.kieBase()).isNotSameAs(inForce.kieBase());
            assertThat(loaded.rulesByName()).isEqualTo(inForce.rulesByName());

            CompiledTable table = loaded.handOut(inForce.version(), 1);
            try {
                List<ScenarioResult> expected = validator.scenarios(inForce);
                List<ScenarioResult> answered = validator.scenarios(table);
                assertThat(expected).isNotEmpty().allMatch(ScenarioResult::passed);
                assertThat(answered).as(inForce.table() + "'s scenarios on the stored build").isEqualTo(expected);
                // the layout was read for the scenarios, not for loading
                assertThat(WorkCounter.OPENS.onThisThread() - opens).isEqualTo(1);
            } finally {
                table.sessions().shutdown();
            }
        }
    }

    @Test
    void aBuildWhoseExecutableModelHoldsOtherRulesIsNotStored() throws Exception {
        CompiledTable escalation = book.active("escalation");
        Map<String, FiredRule> rules = new HashMap<>(escalation.rulesByName());
        rules.put("Pace_999", new FiredRule("escalation", "Pace", 999, "Pace_999"));
        CompiledTable claimed = new CompiledTable(escalation.table(), escalation.version(), escalation.checksum(),
            escalation.loadedAt(), escalation.kieBase(), escalation.sessions(), Map.copyOf(rules), escalation.workbook(),
            LayoutSource.of(escalation.layout()));
        store(writer(), claimed);
        assertThat(folderOnly().holds("escalation", escalation.checksum())).isFalse();
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aTableActivatedBeforeTheServerIsReadyIsStoredOnlyOnceItIs() throws Exception {
        CompiledTable escalation = book.active("escalation");
        StoredBuilds stored = folderOnly();
        StoredBuildWriter writer = writer();
        try {
            writer.activated(escalation);
            Thread.sleep(Duration.ofSeconds(2).toMillis());
            assertThat(stored.holds("escalation", escalation.checksum())).as("stored before ready").isFalse();

            writer.ready();
            Awaitility.await().atMost(Duration.ofMinutes(2))
                .until(() -> stored.holds("escalation", escalation.checksum()));
        } finally {
            writer.destroy();
        }
    }

    @Test
    void aStoredBuildThatDoesNotFitIsNotUsedAndTheTableIsBuiltFromItsWorkbook() throws Exception {
        CompiledTable escalation = book.active("escalation");
        String checksum = escalation.checksum();
        StoredBuilds stored = folderOnly();
        String drl = new DecisionTableCompiler().generateDrl("escalation", escalation.workbook());
        stored.write("escalation", checksum, StoredBuilds.build("escalation", checksum, drl), escalation.rulesByName());
        Path file = stored.file("escalation", checksum);
        byte[] intact = Files.readAllBytes(file);
        assertThat(stored.load("escalation", checksum, escalation.workbook())).as("intact").isPresent();

        Map<String, String> unfit = Map.of(
            "factsHash", "0".repeat(64),
            "drools", "9.44.0.Final",
            "format", "0",
            "checksum", "f".repeat(64));
        for (Map.Entry<String, String> change : unfit.entrySet()) {
            Files.write(file, withMeta(intact, change.getKey(), change.getValue()));
            assertThat(stored.load("escalation", checksum, escalation.workbook())).as(change.getKey()).isEmpty();
        }
        Files.write(file, Arrays.copyOf(intact, intact.length / 2));
        assertThat(stored.load("escalation", checksum, escalation.workbook())).as("cut in half").isEmpty();
        Files.write(file, withEntry(intact, "rules.tsv", bytes -> "Pace_5\tPace\tfive\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(stored.load("escalation", checksum, escalation.workbook())).as("a rule's row unreadable").isEmpty();
        Files.write(file, withEntry(intact, "kjar", bytes -> Arrays.copyOf(bytes, 100)));
        assertThat(stored.load("escalation", checksum, escalation.workbook())).as("its kjar damaged").isEmpty();

        long builds = WorkCounter.BUILDS.onThisThread();
        TableBuilds.Build built = new DecisionTableCompiler(stored).build("escalation", escalation.workbook(), checksum);
        assertThat(WorkCounter.BUILDS.onThisThread() - builds).isEqualTo(1);
        assertThat(built.rulesByName()).isEqualTo(escalation.rulesByName());
    }

    @Test
    void aShippedBuildIsLoadedWhenTheFolderHoldsNoneThatFitsAsAfterAnUpgrade(@TempDir Path application) throws Exception {
        CompiledTable escalation = book.active("escalation");
        String checksum = escalation.checksum();
        String drl = new DecisionTableCompiler().generateDrl("escalation", escalation.workbook());
        StoredBuilds.Executable executable = StoredBuilds.build("escalation", checksum, drl);
        // the application's classpath: its shipped build under rule-builds/
        StoredBuilds.in(application.resolve(StoredBuilds.SHIPPED).toString(), null).write("escalation", checksum, executable,
            escalation.rulesByName());
        // the folder: the file an earlier version of the server stored
        folderOnly().write("escalation", checksum, executable, escalation.rulesByName());
        Path file = folderOnly().file("escalation", checksum);
        Files.write(file, withMeta(Files.readAllBytes(file), "drools", "9.44.0.Final"));

        try (URLClassLoader classpath = new URLClassLoader(new URL[] {application.toUri().toURL()}, null)) {
            StoredBuilds stored = StoredBuilds.in(folder.toString(), classpath);
            assertThat(stored.fits("escalation", checksum)).isTrue();
            assertThat(folderOnly().fits("escalation", checksum)).as("the folder's file alone").isFalse();
            long loads = WorkCounter.LOADS.onThisThread();
            long builds = WorkCounter.BUILDS.onThisThread();

            TableBuilds.Build loaded = new DecisionTableCompiler(stored).build("escalation", escalation.workbook(), checksum);

            assertThat(WorkCounter.LOADS.onThisThread() - loads).isEqualTo(1);
            assertThat(WorkCounter.BUILDS.onThisThread() - builds).isZero();
            assertThat(loaded.rulesByName()).isEqualTo(escalation.rulesByName());
            // a shipped build of other bytes is not used
            assertThat(stored.load("escalation", "e".repeat(64), escalation.workbook())).isEmpty();
        }
    }

    @Test
    void theWriterStoresNoTableWithAShippedBuildThatFitsAndReplacesAFileThatNoLongerFits() throws Exception {
        CompiledTable escalation = book.active("escalation");
        store(writer(StoredBuilds.in(folder.toString())), escalation);
        assertThat(folder).as("the application ships escalation's build").isEmptyDirectory();

        String drl = new DecisionTableCompiler().generateDrl("escalation", escalation.workbook());
        folderOnly().write("escalation", escalation.checksum(), StoredBuilds.build("escalation", escalation.checksum(), drl),
            escalation.rulesByName());
        Path file = folderOnly().file("escalation", escalation.checksum());
        Files.write(file, withMeta(Files.readAllBytes(file), "factsHash", "0".repeat(64)));
        assertThat(folderOnly().fits("escalation", escalation.checksum())).isFalse();
        store(writer(), escalation);
        assertThat(folderOnly().fits("escalation", escalation.checksum())).as("stored again").isTrue();
    }

    @Test
    void storingATablesNewBuildRemovesItsOlderOneAndHalfWrittenFilesButNoOtherTables() throws Exception {
        StoredBuilds stored = folderOnly();
        CompiledTable escalation = book.active("escalation");
        String drl = new DecisionTableCompiler().generateDrl("escalation", escalation.workbook());
        StoredBuilds.Executable executable = StoredBuilds.build("escalation", escalation.checksum(), drl);
        String older = "a".repeat(64);
        stored.write("escalation", older, executable, escalation.rulesByName());
        Files.writeString(folder.resolve("escalation-notes.txt"), "an analyst's file");
        Files.writeString(stored.file("etiquette", "b".repeat(64)), "another table's");
        Path underWay = Files.writeString(folder.resolve("escalation-456.writing"), "half");
        Path killedLongAgo = Files.writeString(folder.resolve("escalation-123.writing"), "half");
        // an hour before the write under way on the folder's clock, whatever this JVM's clock says
        Files.setLastModifiedTime(killedLongAgo, FileTime.from(Files.getLastModifiedTime(underWay).toInstant().minus(Duration.ofHours(1))));

        stored.write("escalation", escalation.checksum(), executable, escalation.rulesByName());

        assertThat(Files.exists(stored.file("escalation", older))).isFalse();
        assertThat(stored.holds("escalation", escalation.checksum())).isTrue();
        assertThat(folder.resolve("escalation-notes.txt")).exists();
        assertThat(stored.file("etiquette", "b".repeat(64))).exists();
        assertThat(killedLongAgo).doesNotExist();
        assertThat(underWay).as("perhaps another node's write under way").exists();
    }

    /** The builds of {@link #folder}, without the application's shipped ones (on the test classpath too). */
    private StoredBuilds folderOnly() {
        return StoredBuilds.in(folder.toString(), null);
    }

    private StoredBuildWriter writer() {
        return writer(folderOnly());
    }

    private StoredBuildWriter writer(StoredBuilds stored) {
        return new StoredBuildWriter(stored, context.getBeanProvider(WorkbookValidator.class));
    }

    /** Lets {@code writer} store {@code tables} as it does once the server is ready, waits for each, and stops it. */
    private static void store(StoredBuildWriter writer, CompiledTable... tables) throws Exception {
        try {
            writer.ready();
            for (CompiledTable table : tables) {
                writer.submit(table).get(2, TimeUnit.MINUTES);
            }
        } finally {
            writer.destroy();
        }
    }

    /** The stored file with one line of its description changed. */
    private static byte[] withMeta(byte[] file, String key, String value) throws IOException {
        return withEntry(file, "meta.properties", bytes -> {
            try {
                Properties meta = new Properties();
                meta.load(new StringReader(new String(bytes, StandardCharsets.ISO_8859_1)));
                assertThat(meta.getProperty(key)).as(key).isNotNull();
                meta.setProperty(key, value);
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                meta.store(text, null);
                return text.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The stored file with one entry changed. */
    private static byte[] withEntry(byte[] file, String name, UnaryOperator<byte[]> change) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(file)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals(name)) {
                    bytes = change.apply(bytes);
                    found = true;
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
            }
        }
        assertThat(found).as("the stored file has an entry " + name).isTrue();
        return out.toByteArray();
    }
}
