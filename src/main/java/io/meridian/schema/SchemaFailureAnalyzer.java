package io.meridian.schema;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns a start refused for a schema this run may not create into a start-up report that names the database, what it
 * lacks and the one start that creates it: Meridian's own check ({@link SchemaNotReadyException}), and Camunda's
 * "There are no Camunda tables in the database", whose hint names Camunda's XML configuration, not this server's setting.
 */
class SchemaFailureAnalyzer implements FailureAnalyzer {

    /** The start of Camunda's message for a database without its tables (ENGINE-03057). */
    static final String NO_CAMUNDA_TABLES = "There are no Camunda tables in the database";

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SchemaNotReadyException notReady) {
                return new FailureAnalysis("Meridian refuses to start: " + notReady.getMessage(), notReady.action(), notReady);
            }
            if (cause.getMessage() != null && cause.getMessage().contains(NO_CAMUNDA_TABLES)) {
                return new FailureAnalysis("Meridian refuses to start: the database has no Camunda tables, and this run only "
                    + "checks the schema (meridian.schema.update=false, as with the prod and postgres profiles).",
                    SchemaNotReadyException.SCHEMA_STEP, cause);
            }
        }
        return null;
    }
}
