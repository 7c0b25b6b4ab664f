package io.meridian.rules;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The accepted versions of every table and the one in force, shared by all nodes (Flyway migration V3_1). */
@Repository
public class RuleVersionRepository {

    /** One accepted version, without its workbook bytes. */
    public record StoredVersion(String table, int version, String checksum, String author, Instant createdAt,
                         int ruleCount, int scenarioCount, String scenarioResults) {
    }

    /** Which version of a table is in force, since when and by whom. */
    public record Activation(String table, int version, Instant activatedAt, String activatedBy) {
    }

    private static final String VERSION_COLUMNS =
        "table_name, version_number, checksum, author, created_at, rule_count, scenario_count, scenario_results";
    private static final int ATTEMPTS = 5;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;

    RuleVersionRepository(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * Stores a new version under the next number and puts it in force, in one transaction. A workbook
     * another node stored meanwhile (two nodes starting together on a new database take the same workbook
     * from the jar) is not stored again: its version is put in force, as {@link RuleVersions#submit} does
     * with a known workbook.
     *
     * @return the activation written, with the version's number
     */
    Activation storeAndActivate(String table, String checksum, String author, int ruleCount, int scenarioCount,
                         String scenarioResults, byte[] workbook) {
        for (int attempt = 1; ; attempt++) {
            try {
                Activation stored = tx.execute(status -> {
                    // one statement, one snapshot: the other node's version is either in both answers or in neither,
                    // and then the insert below waits for its insert and fails on the key
                    Map<String, Object> seen = jdbc.queryForMap("select coalesce(max(version_number), 0) as newest,"
                        + " max(case when checksum = ? then version_number end) as known from rule_version where table_name = ?",
                        checksum, table);
                    if (seen.get("known") != null) {
                        int known = ((Number) seen.get("known")).intValue();
                        return activate(table, known, author);
                    }
                    int next = ((Number) seen.get("newest")).intValue() + 1;
                    jdbc.update("insert into rule_version (" + VERSION_COLUMNS + ", workbook) values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                        table, next, checksum, author, now(), ruleCount, scenarioCount, scenarioResults, workbook);
                    return activate(table, next, author);
                });
                return stored;
            } catch (DuplicateKeyException e) {
                // another node stored a version at the same moment: the next attempt reads it (the same
                // workbook) or takes the next number
                if (attempt == ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** Puts {@code version} in force for every node; returns the activation as written. */
    Activation activate(String table, int version, String by) {
        OffsetDateTime at = now();
        tx.executeWithoutResult(status -> {
            int updated = jdbc.update("update rule_table set active_version = ?, activated_at = ?, activated_by = ? where table_name = ?",
                version, at, by, table);
            if (updated == 0) {
                jdbc.update("insert into rule_table (table_name, active_version, activated_at, activated_by) values (?, ?, ?, ?)",
                    table, version, at, by);
            }
        });
        return new Activation(table, version, at.toInstant(), by);
    }

    Map<String, Activation> activations() {
        Map<String, Activation> result = new LinkedHashMap<>();
        jdbc.query("select table_name, active_version, activated_at, activated_by from rule_table order by table_name", rs -> {
            result.put(rs.getString(1), new Activation(rs.getString(1), rs.getInt(2), instant(rs, 3), rs.getString(4)));
        });
        return result;
    }

    Optional<Activation> activation(String table) {
        return Optional.ofNullable(activations().get(table));
    }

    Optional<Integer> findByChecksum(String table, String checksum) {
        return jdbc.queryForList("select version_number from rule_version where table_name = ? and checksum = ? order by version_number desc",
            Integer.class, table, checksum).stream().findFirst();
    }

    List<StoredVersion> versions(String table) {
        return jdbc.query("select " + VERSION_COLUMNS + " from rule_version where table_name = ? order by version_number desc",
            (rs, n) -> version(rs), table);
    }

    Optional<StoredVersion> version(String table, int version) {
        return jdbc.query("select " + VERSION_COLUMNS + " from rule_version where table_name = ? and version_number = ?",
            (rs, n) -> version(rs), table, version).stream().findFirst();
    }

    Optional<byte[]> workbook(String table, int version) {
        return jdbc.query("select workbook from rule_version where table_name = ? and version_number = ?",
            (rs, n) -> rs.getBytes(1), table, version).stream().findFirst();
    }

    private static StoredVersion version(ResultSet rs) throws SQLException {
        return new StoredVersion(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), instant(rs, 5),
            rs.getInt(6), rs.getInt(7), rs.getString(8));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** Now, to the microsecond the database keeps: an activation as written reads back the same. */
    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
