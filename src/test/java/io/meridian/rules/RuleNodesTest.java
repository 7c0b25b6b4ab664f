package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import io.meridian.MeridianApplication;
import io.meridian.testsupport.RunsBeside;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Whole nodes, each its own application context: the folder watch, start-up with a broken
 * workbook, and two nodes on one database following each other's activations.
 * <p>
 * Runs beside the stream of test classes: each node has a database, rules folder and engine name
 * of its own, and no webapps (Tasklist and Cockpit keep their runtime in static fields that the
 * stream's tests use; see {@link RunsBeside}).
 */
@RunsBeside
class RuleNodesTest {

    /** A bound for a machine busy with other work, not a target. */
    private static final Duration BUSY_MACHINE = Duration.ofSeconds(180);
    private static final Logger log = LoggerFactory.getLogger(RuleNodesTest.class);

    @TempDir
    Path folder;

    private final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() {
        nodes.forEach(ConfigurableApplicationContext::close);
    }

    /**
     * One node with a rules folder through its life (each start on a new database runs the shipped
     * workbooks' scenarios, so the steps share their starts): a save into the folder is taken within
     * seconds (once checked and built) and a broken save changes nothing; an upload is written back to the folder with the
     * file's permissions; a restart with a broken workbook in the folder starts from the version in force.
     */
    @Test
    void shouldFollowTheFolderWriteUploadsBackAndRestartFromTheAcceptedVersion() throws Exception {
        String database = database();
        Path file = folder.resolve("etiquette.drl.xlsx");
        Files.write(file, Workbooks.etiquette());
        ConfigurableApplicationContext node = start(database, folder);
        RuleBook book = node.getBean(RuleBook.class);
        RuleVersions versions = node.getBean(RuleVersions.class);
        int first = book.active("etiquette").version();

        // a workbook saved into the folder: a broken save is refused and changes nothing, a good one is in force within 5 s
        save(folder, Workbooks.edit(Workbooks.etiquette(), "Countries!M8", "yes"));
        await("the broken save refused", () -> versions.refusals().containsKey("etiquette"));
        assertThat(book.active("etiquette").version()).as("a broken save changes nothing").isEqualTo(first);
        // saved in LibreOffice's own format: refused saying how to save it as .xlsx, not left there without a word
        Path ods = folder.resolve("etiquette.drl.ods");
        Files.write(ods, WorkbookFormatTest.openDocumentSpreadsheet());
        await("the .ods refused, saying how to save it as .xlsx", () -> versions.refusals().get("etiquette").problems().stream()
            .anyMatch(p -> p.message().startsWith("the file is an OpenDocument spreadsheet (.ods), not an Excel workbook (.xlsx)")));
        assertThat(book.active("etiquette").version()).as("an .ods changes nothing").isEqualTo(first);
        Files.delete(ods);
        save(folder, Workbooks.etiquetteWithDirectJapan());
        await("the good save in force", () -> book.active("etiquette").version() != first);
        assertThat(versions.versions("etiquette").get(0).author()).isEqualTo(RuleVersions.FILE_AUTHOR);

        // an upload (the path of PUT /api/rules/etiquette and of the workbench's Activate; here the first version again) goes back into the folder
        Set<PosixFilePermission> shared =
            PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, shared);
        CompiledTable accepted = versions.submit("etiquette", Workbooks.etiquette(), "ana");
        assertThat(DecisionTableCompiler.checksum(Files.readAllBytes(file))).as("the folder holds the version in force")
            .isEqualTo(accepted.checksum());
        assertThat(Files.getPosixFilePermissions(file)).as("the analysts can still open and save it").isEqualTo(shared);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file left behind").containsExactly("etiquette.drl.xlsx");
        }

        // stopped, the folder's workbook broken meanwhile: the next start keeps the version in force and names the cell
        node.close();
        nodes.remove(node);
        Files.write(file, Workbooks.edit(Workbooks.etiquette(), "Countries!M8", "yes"));
        // and the workbench's download saved beside it under its own name: a copy no table reads, which stops no start
        Files.write(folder.resolve("etiquette-v2.drl.xlsx"), Workbooks.etiquette());
        ConfigurableApplicationContext restarted = start(database, folder);
        assertThat(restarted.getBean(RuleBook.class).active("etiquette").version()).isEqualTo(accepted.version());
        assertThat(restarted.getBean(RuleVersions.class).refusals().get("etiquette").problems())
            .anySatisfy(p -> assertThat(p.column() + p.row()).isEqualTo("M8"));
        assertThat(restarted.getBean(RuleVersions.class).refusals().get("etiquette-v2").problems()).singleElement()
            .satisfies(p -> assertThat(p.message()).isEqualTo("'etiquette-v2' is no rule table of this server, whose tables are "
                + "complaint-handling, escalation, etiquette (did you mean 'etiquette'?): a workbook's file name says its table, "
                + "e.g. etiquette.drl.xlsx, and so does the API's path (/api/rules/{table})"));
        assertThat(restarted.getBean(RuleBook.class).find("etiquette-v2")).isEmpty();
    }

    @Test
    void shouldRefuseToStartWithoutAnyAcceptedVersionNamingTheProblemCells() throws Exception {
        Files.write(folder.resolve("etiquette.drl.xlsx"), Workbooks.edit(Workbooks.etiquette(), "Countries!M8", "yes"));

        assertThatThrownBy(() -> start(database(), folder))
            .rootCause().hasMessageContaining("Cannot start").hasMessageContaining("'Countries' cell M8 [yes]");
    }

    @Test
    void shouldServeAnotherNodesActivation() throws Exception {
        String database = database();
        Path none = folder.resolve("none");
        ConfigurableApplicationContext a = start(database, none);
        ConfigurableApplicationContext b = start(database, none);
        RuleBook onB = b.getBean(RuleBook.class);
        int first = onB.active("etiquette").version();

        int second = a.getBean(RuleVersions.class).submit("etiquette", Workbooks.etiquetteWithDirectJapan(), "ana").version();
        await("version " + second + " activated on node a in force on node b", () -> onB.active("etiquette").version() == second);
        assertThat(onB.active("etiquette").version()).as("node b's table after node a's activation").isEqualTo(second);

        b.getBean(RuleVersions.class).activate("etiquette", first, "ana");
        RuleBook onA = a.getBean(RuleBook.class);
        await("version " + first + " put back in force on node b in force on node a", () -> onA.active("etiquette").version() == first);
        assertThat(onA.active("etiquette").version()).as("node a's table after node b put the first back").isEqualTo(first);
    }

    private ConfigurableApplicationContext start(String database, Path rulesFolder) {
        // command-line arguments, so that they win over application.properties
        ConfigurableApplicationContext context = new SpringApplicationBuilder(MeridianApplication.class).run(
            "--server.port=0",
            // no Tasklist or Cockpit: their runtime delegates are static, and the tests of the stream use them
            "--camunda.bpm.webapp.enabled=false",
            "--spring.datasource.url=jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1",
            "--meridian.rules.folder=" + rulesFolder,
            "--meridian.rules.poll-interval=1s",
            "--meridian.rules.watch-interval=500ms",
            "--camunda.bpm.generate-unique-process-engine-name=true",
            "--camunda.bpm.generate-unique-process-application-name=true",
            "--camunda.bpm.job-execution.enabled=false");
        nodes.add(context);
        return context;
    }

    private static String database() {
        return "nodes-" + UUID.randomUUID();
    }

    /** As an editor saves: a new file moved over the old one. */
    private static void save(Path folder, byte[] workbook) throws IOException {
        Path temporary = Files.createTempFile(folder, "save", ".tmp");
        Files.write(temporary, workbook);
        Files.move(temporary, folder.resolve("etiquette.drl.xlsx"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Waits until {@code what} holds, logging how long it took: as soon as it does on a quiet machine (a second or two); a
     * build of the etiquette table may take 10 to 30 s on a busy one (README "Several nodes"), so the bound is generous.
     */
    private static void await(String what, BooleanSupplier condition) {
        long start = System.nanoTime();
        Awaitility.await(what).atMost(BUSY_MACHINE).pollInterval(Duration.ofMillis(100)).until(condition::getAsBoolean);
        log.info("{}: after {} s", what, Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0);
    }
}
