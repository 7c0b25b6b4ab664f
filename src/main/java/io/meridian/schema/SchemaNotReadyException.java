package io.meridian.schema;

import java.util.List;

/**
 * The database lacks tables of this version and the run may not create them ({@code meridian.schema.update=false}, the
 * prod and postgres profiles): the server refuses to start and says which database, what is missing and the one start
 * that creates it ({@link #action}).
 */
class SchemaNotReadyException extends RuntimeException {

    static final String SCHEMA_STEP = "Create or update the schema with one start with MERIDIAN_SCHEMA_UPDATE=true "
        + "(meridian.schema.update), from one machine while no other server of this version runs, then start as usual "
        + "(README \"Production schema\").";

    private final String action;

    SchemaNotReadyException(String message, String action) {
        super(message);
        this.action = action;
    }

    /** {@code missing} of the jar's {@code total} migrations of Meridian's own tables are not applied to {@code database}. */
    static SchemaNotReadyException migrationsMissing(String database, List<String> missing, int total) {
        String which = missing.size() == total ? "has none of Meridian's " + total + " schema migrations (a new database)"
            : "lacks " + missing.size() + " of Meridian's " + total + " schema migrations: " + String.join(", ", missing);
        return new SchemaNotReadyException("The database " + database + " " + which
            + ", and this run only checks the schema (meridian.schema.update=false, as with the prod and postgres profiles).",
            action(database));
    }

    /** What to do: the schema step, and for the default H2 file the hint that no database was configured. */
    static String action(String database) {
        return SCHEMA_STEP + (Database.isDefaultFile(database)
            ? " This is the default run's H2 file: without MERIDIAN_DB_URL the server uses ./data/meridian; set MERIDIAN_DB_URL "
                + "(and MERIDIAN_DB_USER, MERIDIAN_DB_PASSWORD) for the production database first (README \"Running on PostgreSQL\")."
            : "");
    }

    /** What to do for the server to start. */
    String action() {
        return action;
    }
}
