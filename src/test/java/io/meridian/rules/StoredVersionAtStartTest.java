package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.etiquette.EtiquetteFixture;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A start whose database names a version that fails this server's first check: one stored by a server that checked
 * fewer cells (here a fixed offset where a time zone belongs, which the etiquette table now refuses). The start puts the
 * newest earlier version that passes in force, or the workbook packed into the application, in the database too, and
 * the health endpoint and the workbench say which version was refused, on which cells, and what answers instead. Before,
 * the refused version went live as it was stored.
 */
@RunsBeside
class StoredVersionAtStartTest {

    /** A fixed offset as the time zone of Andorra, stored before the time zones were checked. */
    private static final byte[] STORED_UNCHECKED = Workbooks.edit(Workbooks.etiquette(), "Countries directory!D7", "UTC+1");
    private static final String PROBLEM = "'Countries directory' cell D7 [UTC+1]: 'UTC+1' is a fixed offset, which does not follow"
        + " daylight saving time: ";

    @TempDir
    Path folder;

    private JdbcTemplate jdbc;
    private RuleVersionRepository repository;
    private RuleBook book;

    @BeforeEach
    void database() {
        DriverManagerDataSource data = new DriverManagerDataSource("jdbc:h2:mem:start-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
            "sa", "");
        jdbc = new JdbcTemplate(data);
        jdbc.execute((java.sql.Connection c) -> {
            ScriptUtils.executeSqlScript(c, new ClassPathResource("db/migration/V3_1__rule_versions.sql"));
            return null;
        });
        repository = new RuleVersionRepository(jdbc, new DataSourceTransactionManager(data));
        book = new RuleBook();
        book.listeners(List.of(new RuleBookListener() {
            @Override
            public void refused(String table, int problems) {
                refused.add(table + ": " + problems);
            }
        }));
    }

    /** What the metrics hear of refusals (meridian.rules.refusals). */
    private final List<String> refused = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Test
    void shouldPutTheLastVersionWhoseCellsPassInForceAndSaySoWhenTheStoredOneFailsTheFirstCheck() throws Exception {
        store(1, Workbooks.etiquette());
        store(2, STORED_UNCHECKED);
        repository.activate("etiquette", 2, "ana");
        // the server wrote the version in force into the folder, as it does
        Files.write(folder.resolve("etiquette.drl.xlsx"), STORED_UNCHECKED);

        RuleVersions versions = start(folder);

        assertThat(book.active("etiquette").version()).as("the version in force").isEqualTo(1);
        assertThat(repository.activation("etiquette")).hasValueSatisfying(a -> {
            assertThat(a.version()).as("every node follows").isEqualTo(1);
            assertThat(a.activatedBy()).isEqualTo("start-up check");
        });
        assertThat(DecisionTableCompiler.checksum(Files.readAllBytes(folder.resolve("etiquette.drl.xlsx"))))
            .as("the folder holds what answers").isEqualTo(DecisionTableCompiler.checksum(Workbooks.etiquette()));
        Map<String, Object> lastRefused = lastRefused(versions, "etiquette");
        assertThat(lastRefused).containsEntry("note", "version 2 in the database was not put in force at start-up: 1 problem;"
            + " version 1, the newest earlier version whose cells pass, is in force instead").containsEntry("author", "start-up check");
        assertThat((List<?>) lastRefused.get("problems")).singleElement().asString().startsWith(PROBLEM);
        assertThat(refused).as("what the metrics count").containsExactly("etiquette: 1");
        assertThat(versions.refusals().get("etiquette").problems()).singleElement()
            .satisfies(p -> assertThat(p.sheet() + "!" + p.column() + p.row()).isEqualTo("Countries directory!D7"));

        // a node that still takes version 2 (an older server) puts it in force again: this one keeps version 1 and says why
        repository.activate("etiquette", 2, "ana");
        versions.sync();
        assertThat(book.active("etiquette").version()).isEqualTo(1);
        assertThat((String) lastRefused(versions, "etiquette").get("note")).startsWith("version 2 in the database");
    }

    @Test
    void shouldPutThePackedWorkbookInForceWhenNoStoredVersionPasses() throws Exception {
        store(1, STORED_UNCHECKED);
        repository.activate("etiquette", 1, "ana");
        Files.write(folder.resolve("etiquette.drl.xlsx"), STORED_UNCHECKED);

        RuleVersions versions = start(folder);

        CompiledTable inForce = book.active("etiquette");
        assertThat(inForce.checksum()).as("the workbook packed into the application")
            .isEqualTo(DecisionTableCompiler.checksum(Workbooks.etiquette()));
        assertThat(inForce.version()).isEqualTo(2);
        assertThat(repository.activation("etiquette")).hasValueSatisfying(a -> assertThat(a.version()).isEqualTo(2));
        assertThat(lastRefused(versions, "etiquette")).containsEntry("note", "version 1 in the database was not put in force at"
            + " start-up: 1 problem; version 2, the workbook packed into the application, is in force instead");
    }

    @Test
    void shouldKeepTheVersionInForceWhenAnotherNodePutsOneInForceThatFailsTheFirstCheck() throws Exception {
        store(1, Workbooks.etiquette());
        repository.activate("etiquette", 1, "ana");
        Files.write(folder.resolve("etiquette.drl.xlsx"), Workbooks.etiquette());
        RuleVersions versions = start(folder);
        store(2, STORED_UNCHECKED);
        repository.activate("etiquette", 2, "ana");

        versions.sync();
        versions.sync();

        assertThat(book.active("etiquette").version()).isEqualTo(1);
        Map<String, Object> lastRefused = lastRefused(versions, "etiquette");
        assertThat(lastRefused).containsEntry("note", "version 2 in the database (activated by ana on another node) was not put in"
            + " force here: 1 problem; version 1 stays in force.");
        assertThat((List<?>) lastRefused.get("problems")).singleElement().asString().startsWith(PROBLEM);
        assertThat(refused).as("counted once, not at every sync").containsExactly("etiquette: 1");
    }

    private RuleVersions start(Path rulesFolder) {
        WorkbookValidator validator = new WorkbookValidator(List.of(EtiquetteFixture.scenarioRunner()), book);
        RuleVersions versions = new RuleVersions(book, validator, repository,
            new RulesSettings(rulesFolder, Duration.ofSeconds(5), Duration.ofSeconds(1), ""), new ObjectMapper());
        versions.afterPropertiesSet();
        return versions;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> lastRefused(RuleVersions versions, String table) {
        Health health = new RuleBookHealthIndicator(book, versions).health();
        assertThat(health.getStatus()).as("the server answers").isEqualTo(Status.UP);
        Map<String, Object> tables = (Map<String, Object>) health.getDetails().get("tables");
        return (Map<String, Object>) ((Map<String, Object>) tables.get(table)).get("lastRefused");
    }

    private void store(int version, byte[] workbook) {
        jdbc.update("insert into rule_version (table_name, version_number, checksum, author, created_at, rule_count, scenario_count,"
            + " scenario_results, workbook) values ('etiquette', ?, ?, 'ana', current_timestamp, 370, 0, '[]', ?)",
            version, DecisionTableCompiler.checksum(workbook), workbook);
    }
}
