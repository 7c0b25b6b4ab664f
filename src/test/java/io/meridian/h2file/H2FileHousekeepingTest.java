package io.meridian.h2file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Random;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class H2FileHousekeepingTest {

    private static final int ROWS = 2_000;
    private static final int UPDATES = 6_000;

    @TempDir
    Path dir;

    /**
     * Small commits on a file without a write delay, as the default run makes them: each commit
     * writes a chunk, and without the rewriting no chunk that keeps one live page is ever freed.
     * A retention time of 0 stands for the 45 s that pass on a running server.
     */
    @Test
    void shouldKeepTheFileNearItsLiveSizeWhenEveryCommitIsWritten() throws Exception {
        Churn plain = churn("plain", false);
        Churn kept = churn("kept", true);

        assertThat(plain.fillRate()).as("live share of the chunks without housekeeping").isLessThan(15);
        assertThat(kept.fillRate()).as("live share of the chunks with housekeeping").isGreaterThan(20);
        assertThat(kept.fileBytes()).as("file with housekeeping against %,d bytes without", plain.fileBytes())
            .isLessThan(plain.fileBytes() / 2);
        assertThat(kept.rewrites()).isPositive();
    }

    /**
     * 30 single-row commits leave the chunks 74 % live: above what a busy file is rewritten at
     * (62 %, as H2 does under load), under what a quiet one is brought to (90 %).
     */
    @Test
    void shouldRewriteABusyFileOnlyWhenMuchOfItIsDeadAndAQuietOneToNinetyPercent() throws Exception {
        JdbcDataSource ds = dataSource("modes", ";WRITE_DELAY=0;RETENTION_TIME=0");
        H2FileHousekeeping housekeeping = new H2FileHousekeeping(ds, Duration.ofSeconds(1));
        try (Connection connection = ds.getConnection()) {
            fill(connection);
            update(connection, null, 30);
            int live = housekeeping.rewritableChunksFillRate();
            assertThat(live).as("live share after 30 commits")
                .isBetween(H2FileHousekeeping.BUSY_FILL_RATE, H2FileHousekeeping.IDLE_FILL_RATE - 1);

            assertThat(housekeeping.round()).as("first round: the file was just written").isFalse();
            assertThat(housekeeping.rewritableChunksFillRate()).isEqualTo(live);

            assertThat(housekeeping.round()).as("next round: nothing read or written since").isTrue();
            int more = 0;
            while (housekeeping.round()) {
                assertThat(++more).as("rounds that still rewrite on a quiet file").isLessThan(10);
            }
            assertThat(housekeeping.chunksFillRate()).as("live share once the quiet rounds are done")
                .isGreaterThanOrEqualTo(H2FileHousekeeping.IDLE_FILL_RATE);

            update(connection, null, 1);
            assertThat(housekeeping.round()).as("a commit since: busy again").isFalse();
        }
    }

    @Test
    void shouldLeaveTheWorkToH2WhenThereIsAWriteDelay() throws Exception {
        JdbcDataSource ds = dataSource("delayed", "");
        try (Connection keepOpen = ds.getConnection(); Statement s = keepOpen.createStatement()) {
            s.execute("create table t (id int primary key)");
            H2FileHousekeeping housekeeping = new H2FileHousekeeping(ds, Duration.ofSeconds(1));
            assertThat(housekeeping.chunksFillRate()).as("an H2 file is recognised").isBetween(0, 100);
            assertThat(housekeeping.round()).as("H2's own writer runs with a write delay").isFalse();
        }
    }

    @Test
    void shouldDoNothingForADatabaseThatIsNoH2File() throws Exception {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:housekeeping;DB_CLOSE_DELAY=-1");
        H2FileHousekeeping housekeeping = new H2FileHousekeeping(memory, Duration.ofSeconds(1));
        assertThat(housekeeping.round()).isFalse();
        assertThat(housekeeping.chunksFillRate()).isEqualTo(-1);
    }

    @Test
    void shouldRefuseAnIntervalThatIsNotAboveZero() {
        assertThatThrownBy(() -> new H2FileHousekeeping(new JdbcDataSource(), Duration.ZERO))
            .isInstanceOf(InvalidConfigurationPropertyValueException.class).hasMessageContaining("meridian.h2.housekeeping-interval");
    }

    /**
     * A start with an interval that is no duration or not above 0 stops with Spring's short report naming the property, its
     * value and why (InvalidConfigurationPropertyValueFailureAnalyzer), not a conversion's or a bean's stack trace.
     */
    @Test
    void shouldStopTheStartNamingTheIntervalAndItsValue() {
        JdbcDataSource memory = new JdbcDataSource();
        memory.setURL("jdbc:h2:mem:housekeeping-setting;DB_CLOSE_DELAY=-1");
        ApplicationContextRunner start = new ApplicationContextRunner().withUserConfiguration(H2FileConfiguration.class)
            .withBean(DataSource.class, () -> memory);
        for (String wrong : new String[] {"5 min", "PT0S", "-1s", ""}) {
            start.withPropertyValues("meridian.h2.housekeeping-interval=" + wrong).run(context -> {
                assertThat(context).hasFailed();
                assertThat(rootCause(context.getStartupFailure())).as(wrong)
                    .isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, e -> {
                        assertThat(e.getName()).isEqualTo("meridian.h2.housekeeping-interval");
                        assertThat(e.getValue()).isEqualTo(wrong);
                        assertThat(e.getReason()).isEqualTo("it must be a duration above 0 such as PT0.5S, 500ms or 1s"
                            + " (how often the H2 file's chunks are rewritten)");
                    });
            });
        }
        start.withPropertyValues("meridian.h2.housekeeping-interval=500ms").run(context -> assertThat(context).hasNotFailed());
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    @Test
    void shouldKeepTheFileOnItsOwnThreadWhileTheApplicationRuns() throws Exception {
        JdbcDataSource ds = dataSource("lifecycle", ";WRITE_DELAY=0;RETENTION_TIME=0");
        H2FileHousekeeping housekeeping = new H2FileHousekeeping(ds, Duration.ofMillis(20));
        housekeeping.start();
        try (Connection keepOpen = ds.getConnection()) {
            assertThat(housekeeping.isRunning()).isTrue();
            fill(keepOpen);
            update(keepOpen, null, UPDATES);
            await("the live share of the chunks kept above 30 % by the housekeeping thread").atMost(Duration.ofSeconds(20))
                .until(housekeeping::chunksFillRate, rate -> rate > 30);
        } finally {
            housekeeping.stop();
        }
        assertThat(housekeeping.isRunning()).isFalse();
    }

    private record Churn(long fileBytes, int fillRate, int rewrites) {
    }

    private Churn churn(String name, boolean keep) throws Exception {
        JdbcDataSource ds = dataSource(name, ";WRITE_DELAY=0;RETENTION_TIME=0");
        H2FileHousekeeping housekeeping = new H2FileHousekeeping(ds, Duration.ofSeconds(1));
        try (Connection connection = ds.getConnection()) {
            fill(connection);
            int rewrites = update(connection, keep ? housekeeping : null, UPDATES);
            Churn churn = new Churn(Files.size(dir.resolve(name + ".mv.db")), housekeeping.chunksFillRate(), rewrites);
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select count(*) from t")) {
                rs.next();
                assertThat(rs.getInt(1)).as("every row still there").isEqualTo(ROWS);
            }
            return churn;
        }
    }

    private JdbcDataSource dataSource(String name, String settings) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:file:" + dir.resolve(name) + settings);
        ds.setUser("sa");
        return ds;
    }

    private static void fill(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("create table t (id int primary key, payload varchar(200))");
            s.execute("insert into t select x, repeat('x', 200) from system_range(1, " + ROWS + ")");
        }
    }

    /** One commit per update, as journeys commit; a housekeeping round every 50 commits when given one. */
    private static int update(Connection connection, H2FileHousekeeping housekeeping, int updates) throws SQLException {
        Random random = new Random(42);
        int rewrites = 0;
        try (PreparedStatement update = connection.prepareStatement("update t set payload = ? where id = ?")) {
            for (int i = 1; i <= updates; i++) {
                update.setString(1, Integer.toString(i).repeat(20));
                update.setInt(2, 1 + random.nextInt(ROWS));
                update.executeUpdate();
                if (housekeeping != null && i % 50 == 0 && housekeeping.round()) {
                    rewrites++;
                }
            }
        }
        return rewrites;
    }
}
