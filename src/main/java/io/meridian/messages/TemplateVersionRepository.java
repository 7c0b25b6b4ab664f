package io.meridian.messages;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The stored versions of every template file, shared by all nodes on the database. */
@Repository
class TemplateVersionRepository {

    record StoredVersion(String file, int version, String content, String checksum, String checkedBy, String author,
                         Instant createdAt, boolean active) {
    }

    private static final int ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    TemplateVersionRepository(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** The version in force of each file. */
    Map<String, StoredVersion> active() {
        return jdbc.sql("select * from message_template_version where active").query(TemplateVersionRepository::map).list()
            .stream().collect(Collectors.toMap(StoredVersion::file, v -> v));
    }

    Optional<StoredVersion> version(String file, int version) {
        return jdbc.sql("select * from message_template_version where file = :file and version = :version")
            .param("file", file).param("version", version).query(TemplateVersionRepository::map).optional();
    }

    Optional<Integer> findByChecksum(String file, String checksum) {
        return jdbc.sql("select max(version) from message_template_version where file = :file and checksum = :checksum")
            .param("file", file).param("checksum", checksum).query(Integer.class).optional();
    }

    List<StoredVersion> versions(String file) {
        return jdbc.sql("select * from message_template_version where file = :file order by version")
            .param("file", file).query(TemplateVersionRepository::map).list();
    }

    /** Stores a new version and makes it the one in force, in one transaction. */
    @Transactional
    int store(String file, String content, String checksum, String checkedBy, String author, Instant now) {
        int version = jdbc.sql("select coalesce(max(version), 0) + 1 from message_template_version where file = :file")
            .param("file", file).query(Integer.class).single();
        insert(file, version, content, checksum, checkedBy, author, now);
        return version;
    }

    /**
     * The start-up's store: a content that is the version in force already keeps that version, and one
     * another node stored under the same number at the same moment (two nodes starting together on a new
     * database) is read again, so that each content is stored once. Otherwise as {@link #store}.
     */
    int storeUnlessInForce(String file, String content, String checksum, String checkedBy, String author, Instant now) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.execute(status -> {
                    // one statement, one snapshot: the other node's version is either in both answers or in neither,
                    // and then the insert below waits for its insert and fails on the key
                    Map<String, Object> seen = jdbc.sql("select coalesce(max(version), 0) as newest,"
                            + " max(case when active and checksum = :checksum then version end) as in_force"
                            + " from message_template_version where file = :file")
                        .param("file", file).param("checksum", checksum).query().singleRow();
                    if (seen.get("in_force") != null) {
                        return ((Number) seen.get("in_force")).intValue();
                    }
                    int version = ((Number) seen.get("newest")).intValue() + 1;
                    insert(file, version, content, checksum, checkedBy, author, now);
                    return version;
                });
            } catch (DuplicateKeyException e) {
                // the other node's version is committed once its insert has made this one fail: the next attempt reads it
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** The new version {@code version}, the one in force from now on. */
    private void insert(String file, int version, String content, String checksum, String checkedBy, String author, Instant now) {
        jdbc.sql("update message_template_version set active = false where file = :file and active").param("file", file).update();
        jdbc.sql("""
                insert into message_template_version (file, version, content, checksum, checked_by, author, created_at, active)
                values (:file, :version, :content, :checksum, :checkedBy, :author, :createdAt, true)""")
            .param("file", file).param("version", version).param("content", content).param("checksum", checksum)
            .param("checkedBy", checkedBy).param("author", author).param("createdAt", Timestamp.from(now))
            .update();
    }

    @Transactional
    void activate(String file, int version) {
        jdbc.sql("update message_template_version set active = (version = :version) where file = :file")
            .param("file", file).param("version", version).update();
    }

    private static StoredVersion map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new StoredVersion(rs.getString("file"), rs.getInt("version"), rs.getString("content"), rs.getString("checksum"),
            rs.getString("checked_by"), rs.getString("author"), rs.getTimestamp("created_at").toInstant(), rs.getBoolean("active"));
    }
}
