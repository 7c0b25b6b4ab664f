package io.meridian.schema;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/** A database as a start-up report names it: its JDBC URL as the driver gives it back (no password, no settings). */
final class Database {

    private Database() {
    }

    static String describe(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            return "the configured database";
        }
    }

    /** Whether {@code url} is the default run's H2 file, which a run without {@code MERIDIAN_DB_URL} uses. */
    static boolean isDefaultFile(String url) {
        return url != null && url.toLowerCase(java.util.Locale.ROOT).startsWith("jdbc:h2:file:./data/meridian");
    }
}
