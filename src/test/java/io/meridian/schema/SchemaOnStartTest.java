package io.meridian.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngineException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** A run that only checks the schema refuses a database that lacks part of it, and its report says which and what to run. */
class SchemaOnStartTest {

    private static Flyway flyway(String database, String target) {
        return Flyway.configure().dataSource("jdbc:h2:mem:" + database + ";DB_CLOSE_DELAY=-1", "sa", "")
            .locations("classpath:db/migration").target(target == null ? MigrationVersion.LATEST : MigrationVersion.fromVersion(target))
            .load();
    }

    @Test
    void aNewDatabaseIsRefusedNamingItAndTheStartThatCreatesTheSchema() {
        String database = "schema-new-" + UUID.randomUUID();
        Flyway flyway = flyway(database, null);
        int total = flyway.info().all().length;

        assertThatThrownBy(() -> new SchemaOnStart().migrateOrValidate(false).migrate(flyway))
            .isInstanceOfSatisfying(SchemaNotReadyException.class, e -> {
                assertThat(e.getMessage()).isEqualTo("The database jdbc:h2:mem:" + database + " has none of Meridian's " + total
                    + " schema migrations (a new database), and this run only checks the schema (meridian.schema.update=false, "
                    + "as with the prod and postgres profiles).");
                assertThat(e.action()).startsWith("Create or update the schema with one start with MERIDIAN_SCHEMA_UPDATE=true")
                    .doesNotContain("./data/meridian");
            });
        assertThat(flyway.info().applied()).as("nothing created by the check").isEmpty();
    }

    @Test
    void anOlderDatabaseIsRefusedNamingTheMigrationsItLacks() {
        String database = "schema-old-" + UUID.randomUUID();
        flyway(database, "15.1").migrate();
        Flyway latest = flyway(database, null);
        int lacking = latest.info().pending().length;
        assertThat(lacking).as("the migrations after 15.1").isGreaterThanOrEqualTo(2);

        assertThatThrownBy(() -> SchemaOnStart.check(latest)).isInstanceOf(SchemaNotReadyException.class)
            .hasMessageContaining("lacks " + lacking + " of Meridian's " + latest.info().all().length + " schema migrations: ")
            .hasMessageContaining("15.2 outbox reference index").hasMessageContaining("16.1 task escalation due working time")
            .hasMessageNotContaining("14.1");

        new SchemaOnStart().migrateOrValidate(true).migrate(latest);
        assertThatCode(() -> SchemaOnStart.check(latest)).as("the schema step done, the check passes").doesNotThrowAnyException();
    }

    @Test
    void theDefaultRunsFileIsNamedWithTheSettingThatChoosesAnotherDatabase() {
        assertThat(SchemaNotReadyException.action("jdbc:h2:file:./data/meridian"))
            .contains("without MERIDIAN_DB_URL the server uses ./data/meridian; set MERIDIAN_DB_URL");
        assertThat(SchemaNotReadyException.action("jdbc:postgresql://db.acme.example:5432/meridian")).doesNotContain("MERIDIAN_DB_URL");
    }

    @Test
    void theStartUpReportSaysWhatIsMissingAndWhatToRun() {
        SchemaNotReadyException notReady = SchemaNotReadyException.migrationsMissing("jdbc:h2:file:./data/meridian",
            java.util.List.of("3.1 rule versions"), 17);
        FailureAnalysis analysis = new SchemaFailureAnalyzer().analyze(new BeanCreationException("flywayInitializer", "failed", notReady));
        assertThat(analysis.getDescription()).startsWith("Meridian refuses to start: The database jdbc:h2:file:./data/meridian lacks 1 of");
        assertThat(analysis.getAction()).contains("MERIDIAN_SCHEMA_UPDATE=true", "./data/meridian");

        FailureAnalysis camunda = new SchemaFailureAnalyzer().analyze(new BeanCreationException("processEngine", "failed",
            new ProcessEngineException("ENGINE-03057 There are no Camunda tables in the database. Hint: Set <property "
                + "name=\"databaseSchemaUpdate\" to value=\"true\" or value=\"create-drop\" in camunda.cfg.xml for automatic schema creation")));
        assertThat(camunda.getDescription()).contains("the database has no Camunda tables");
        assertThat(camunda.getAction()).contains("MERIDIAN_SCHEMA_UPDATE=true").doesNotContain("camunda.cfg.xml");

        assertThat(new SchemaFailureAnalyzer().analyze(new IllegalStateException("something else"))).as("other failures").isNull();
    }
}
