package io.meridian.idempotency;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;

/** The answers stored per caller and key (table {@code idempotency_key}). */
@Repository
class IdempotencyKeys {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyKeys.class);

    /** An answer as it was given the first time; {@code location} its Location header (null: none). */
    record Stored(String fingerprint, String method, String path, int status, String contentType, String body, String location) {
    }

    private final JdbcTemplate jdbc;
    private final IdempotencySettings settings;

    IdempotencyKeys(JdbcTemplate jdbc, IdempotencySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    Optional<Stored> find(String caller, String key) {
        return jdbc.query("select fingerprint, method, path, status, content_type, body, location from idempotency_key"
                + " where caller = ? and idem_key = ?",
            (rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5), rs.getString(6),
                rs.getString(7)),
            caller, key).stream().findFirst();
    }

    /** Stores the answer; fails on the primary key when the same caller and key answered first (then this transaction rolls back). */
    void store(String caller, String key, Stored answer) {
        jdbc.update("insert into idempotency_key (caller, idem_key, fingerprint, method, path, status, content_type, body, location,"
                + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", caller, key, answer.fingerprint(), answer.method(), answer.path(),
            answer.status(), answer.contentType(), answer.body(), answer.location(), Timestamp.from(Instant.now()));
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOld() {
        int removed = jdbc.update("delete from idempotency_key where created_at < ?", Timestamp.from(Instant.now().minus(settings.retention())));
        if (removed > 0) {
            log.info("Forgot {} idempotency keys older than {}", removed, settings.retention());
        }
    }
}
