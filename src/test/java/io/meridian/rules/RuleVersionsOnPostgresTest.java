package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.meridian.system.OnPostgres;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two nodes starting at the same moment on a new database store the same workbook from the jar: one
 * version. The other node is a connection of the test whose insert is not committed yet; the node's
 * store waits for it on the key, and puts the other node's version in force once it is committed
 * (before, it took the next number and stored the same workbook as version 2).
 */
class RuleVersionsOnPostgresTest extends OnPostgres {

    private static final byte[] WORKBOOK = {1, 2, 3};

    @Autowired
    RuleVersionRepository repository;

    @Test
    void aWorkbookAnotherNodeIsStoringIsStoredOnce() throws Exception {
        String table = "race-" + UUID.randomUUID();
        String checksum = DecisionTableCompiler.checksum(WORKBOOK);
        try (Connection other = postgres().getPostgresDatabase().getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("insert into rule_version (table_name, version_number, checksum,"
                + " author, created_at, rule_count, scenario_count, scenario_results, workbook) values (?, 1, ?, 'file', ?, 1, 0, '[]', ?)")) {
                insert.setString(1, table);
                insert.setString(2, checksum);
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.setBytes(4, WORKBOOK);
                insert.executeUpdate();
            }
            try (PreparedStatement insert = other.prepareStatement("insert into rule_table (table_name, active_version, activated_at,"
                + " activated_by) values (?, 1, ?, 'file')")) {
                insert.setString(1, table);
                insert.setTimestamp(2, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            CompletableFuture<Integer> stored = CompletableFuture.supplyAsync(
                () -> repository.storeAndActivate(table, checksum, "file", 1, 0, "[]", WORKBOOK).version());
            Awaitility.await("the store waits for the other node's insert").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20)).until(() -> aSessionWaitsForALock() || stored.isDone());
            other.commit();
            assertThat(stored.get(30, TimeUnit.SECONDS)).as("the other node's version").isEqualTo(1);
            assertThat(repository.versions(table)).hasSize(1);
            assertThat(repository.activation(table)).hasValueSatisfying(a -> assertThat(a.version()).isEqualTo(1));
        } finally {
            delete(table);
        }
    }


    /** The other nodes of the context follow rule_table: the test's table goes when the test ends. */
    private static void delete(String table) throws Exception {
        try (Connection db = postgres().getPostgresDatabase().getConnection()) {
            for (String sql : new String[] {"delete from rule_table where table_name = ?", "delete from rule_version where table_name = ?"}) {
                try (PreparedStatement delete = db.prepareStatement(sql)) {
                    delete.setString(1, table);
                    delete.executeUpdate();
                }
            }
        }
    }
}
