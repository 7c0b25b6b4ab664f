package io.meridian.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.meridian.testsupport.CapturesOutput;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.env.MockEnvironment;

/**
 * A start that cannot reach or sign in to its database says which setting to correct, in one report without a stack
 * trace and without the password: each case is the failure the real driver gives (PostgreSQL with password sign-in,
 * embedded binaries; H2), as Flyway, the first to connect at start, passes it on.
 */
@CapturesOutput
class DatabaseFailureAnalyzerTest {

    private static final String PASSWORD = "s3cret-of-the-server";
    private static EmbeddedPostgres postgres;

    @BeforeAll
    static void postgresWithPasswords() throws IOException, SQLException {
        postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        try (Connection db = postgres.getPostgresDatabase().getConnection(); Statement sql = db.createStatement()) {
            sql.execute("create user meridian password '" + PASSWORD + "'");
            sql.execute("create database meridian owner meridian");
            // as Debian's cluster does for TCP: a password, not the embedded server's "trust"
            try (var file = sql.executeQuery("show hba_file")) {
                file.next();
                Files.writeString(Path.of(file.getString(1)), "local all all trust\nhost all postgres 127.0.0.1/32 trust\n"
                    + "host all all 127.0.0.1/32 scram-sha-256\nhost all all ::1/128 scram-sha-256\n");
            }
            sql.execute("select pg_reload_conf()");
        }
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    /** What the start-up report says when Flyway, the first to connect at start, fails on {@code url}. */
    private static FailureAnalysis startOn(String url, String user, String password) {
        Throwable failure = catchFailure(() -> Flyway.configure().dataSource(url, user, password).load().migrate());
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url)
            .withProperty("spring.datasource.username", user).withProperty("spring.datasource.password", password);
        FailureAnalysis analysis = new DatabaseFailureAnalyzer(environment)
            .analyze(new BeanCreationException("flywayInitializer", "Unable to obtain connection", failure));
        assertThat(analysis).as("a report for " + failure).isNotNull();
        assertThat(analysis.getDescription() + analysis.getAction()).doesNotContain(PASSWORD);
        return analysis;
    }

    private static Throwable catchFailure(Runnable start) {
        try {
            start.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("the start did not fail");
    }

    @Test
    void aWrongPasswordNamesTheUserAndTheSettingsOfUserAndPassword() {
        FailureAnalysis analysis = startOn(url("meridian"), "meridian", "not-" + PASSWORD);

        assertThat(analysis.getDescription()).isEqualTo("Meridian refuses to start: the database " + url("meridian")
            + " refused the sign-in of user 'meridian': FATAL: password authentication failed for user \"meridian\"");
        assertThat(analysis.getAction()).startsWith("Correct MERIDIAN_DB_USER and MERIDIAN_DB_PASSWORD");
    }

    @Test
    void aDatabaseTheServerDoesNotHaveIsNamedWithTheUrlToCorrect() {
        FailureAnalysis analysis = startOn(url("meridain"), "meridian", PASSWORD);

        assertThat(analysis.getDescription()).isEqualTo("Meridian refuses to start: the database server of " + url("meridain")
            + " has no such database: FATAL: database \"meridain\" does not exist");
        assertThat(analysis.getAction()).startsWith("Correct the database name in MERIDIAN_DB_URL (spring.datasource.url)");
    }

    @Test
    void aPortWhereNoServerAnswersSaysSoWithHostAndPort() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://localhost:" + closed + "/meridian?password=" + PASSWORD;

        FailureAnalysis analysis = startOn(url, "meridian", PASSWORD);

        assertThat(analysis.getDescription()).startsWith("Meridian refuses to start: no database server answers at localhost:"
            + closed + ", the host and port of jdbc:postgresql://localhost:" + closed + "/meridian?password=******: Connection to");
        assertThat(analysis.getAction()).contains("Start the database server", "correct the host and port in MERIDIAN_DB_URL");
    }

    @Test
    void aHostWithoutANameIsNamed() {
        // .invalid never resolves (RFC 2606)
        FailureAnalysis analysis = startOn("jdbc:postgresql://db.meridian.invalid/meridian", "meridian", PASSWORD);

        assertThat(analysis.getDescription()).isEqualTo("Meridian refuses to start: the host of "
            + "jdbc:postgresql://db.meridian.invalid/meridian is not known (no DNS name db.meridian.invalid).");
        assertThat(analysis.getAction()).isEqualTo("Correct the host in MERIDIAN_DB_URL (spring.datasource.url).");
    }

    @Test
    void anH2FileThatAnotherServerHoldsIsNamed(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("meridian.mv.db");
        try (FileChannel other = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock held = other.lock()) {
            String url = "jdbc:h2:file:" + folder.resolve("meridian") + ";WRITE_DELAY=0";

            FailureAnalysis analysis = startOn(url, "sa", "");

            assertThat(analysis.getDescription()).startsWith("Meridian refuses to start: the H2 file of " + url
                + " is open in another process (another Meridian server started in the same folder?): Database may be already in use");
            assertThat(analysis.getAction()).contains("Stop the other server");
        }
    }

    @Test
    void aFailureOtherThanReachingTheDatabaseIsLeftToSpring() {
        MockEnvironment environment = new MockEnvironment().withProperty("spring.datasource.url", url("meridian"));
        assertThat(new DatabaseFailureAnalyzer(environment).analyze(new BeanCreationException("flywayInitializer", "failed",
            new SQLException("ERROR: relation \"outbox_message\" already exists", "42P07")))).isNull();
        assertThat(new DatabaseFailureAnalyzer(environment).analyze(new IllegalStateException("something else"))).isNull();
    }

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class})
    static class DatabaseOnly {
    }

    @Test
    void theStartPrintsTheReportAloneWithoutAStackTraceOrThePassword(CapturedOutput output) {
        assertThatThrownBy(() -> new SpringApplicationBuilder(DatabaseOnly.class).web(WebApplicationType.NONE).run(
            "--spring.main.banner-mode=off", "--meridian.rules.precompile=false", "--meridian.engine.parse-sql-ahead=false",
            "--spring.datasource.url=" + url("meridian"), "--spring.datasource.username=meridian",
            "--spring.datasource.password=typo-" + PASSWORD, "--spring.datasource.driver-class-name=org.postgresql.Driver"))
            .isInstanceOf(BeanCreationException.class);

        assertThat(output.getOut()).contains("APPLICATION FAILED TO START", "Meridian refuses to start: the database "
            + url("meridian") + " refused the sign-in of user 'meridian'", "Correct MERIDIAN_DB_USER and MERIDIAN_DB_PASSWORD")
            .doesNotContain("Caused by:", "\tat org.", PASSWORD);
    }
}
