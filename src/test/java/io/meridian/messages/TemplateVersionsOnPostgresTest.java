package io.meridian.messages;

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
 * Two nodes starting at the same moment on a new database store the same templates from the jar:
 * each content once. The other node is a connection of the test whose insert is not committed yet;
 * the node's store waits for it on the key, and takes the other node's version once it is committed
 * (a plain store failed there with a duplicate key and stopped the node's start).
 */
class TemplateVersionsOnPostgresTest extends OnPostgres {

    private static final String CONTENT = "--- subject ---\nHello";

    @Autowired
    TemplateVersionRepository repository;

    @Test
    void aTemplateAnotherNodeIsStoringIsStoredOnce() throws Exception {
        String file = "race-" + UUID.randomUUID() + "/en.mustache";
        String checksum = MessageTemplates.checksum(CONTENT);
        try (Connection other = postgres().getPostgresDatabase().getConnection()) {
            other.setAutoCommit(false);
            insert(other, file, 1, checksum);
            CompletableFuture<Integer> stored = CompletableFuture.supplyAsync(
                () -> repository.storeUnlessInForce(file, CONTENT, checksum, null, "file", Instant.now()));
            Awaitility.await("the store waits for the other node's insert").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(20)).until(() -> aSessionWaitsForALock() || stored.isDone());
            other.commit();
            assertThat(stored.get(30, TimeUnit.SECONDS)).as("the other node's version").isEqualTo(1);
            assertThat(repository.versions(file)).hasSize(1).allMatch(TemplateVersionRepository.StoredVersion::active);
        } finally {
            delete(file);
        }
    }

    @Test
    void aTemplateAnotherNodeHasPutInForceKeepsItsVersion() throws Exception {
        String file = "race-" + UUID.randomUUID() + "/en.mustache";
        String checksum = MessageTemplates.checksum(CONTENT);
        try (Connection other = postgres().getPostgresDatabase().getConnection()) {
            insert(other, file, 1, checksum);
            assertThat(repository.storeUnlessInForce(file, CONTENT, checksum, null, "file", Instant.now())).isEqualTo(1);
            assertThat(repository.storeUnlessInForce(file, CONTENT + "!", MessageTemplates.checksum(CONTENT + "!"), null, "file",
                Instant.now())).as("another content is a new version").isEqualTo(2);
            assertThat(repository.versions(file)).extracting(TemplateVersionRepository.StoredVersion::active).containsExactly(false, true);
        } finally {
            delete(file);
        }
    }

    private static void insert(Connection db, String file, int version, String checksum) throws Exception {
        try (PreparedStatement insert = db.prepareStatement("insert into message_template_version"
            + " (file, version, content, checksum, checked_by, author, created_at, active) values (?, ?, ?, ?, null, 'file', ?, true)")) {
            insert.setString(1, file);
            insert.setInt(2, version);
            insert.setString(3, CONTENT);
            insert.setString(4, checksum);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }


    /** Other nodes would follow the test's versions: they go when the test ends. */
    private static void delete(String file) throws Exception {
        try (Connection db = postgres().getPostgresDatabase().getConnection();
             PreparedStatement delete = db.prepareStatement("delete from message_template_version where file = ?")) {
            delete.setString(1, file);
            delete.executeUpdate();
        }
    }
}
