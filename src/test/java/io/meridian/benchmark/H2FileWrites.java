package io.meridian.benchmark;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;

/** What an H2 file database has written to its file since it opened, as H2 counts it ({@link H2FileWritesTest}). */
final class H2FileWrites {

    private H2FileWrites() {
    }

    /** The bytes H2 has written to the database file since the database opened ({@code info.FILE_WRITE_BYTES}). */
    static long written(JdbcTemplate jdbc) {
        List<String> values = jdbc.queryForList(
            "select setting_value from information_schema.settings where setting_name = 'info.FILE_WRITE_BYTES'", String.class);
        if (values.size() != 1 || values.get(0) == null) {
            throw new IllegalStateException("this database counts no file writes (info.FILE_WRITE_BYTES): not an H2 file database");
        }
        return Long.parseLong(values.get(0));
    }
}
