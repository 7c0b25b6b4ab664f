package io.meridian.sqlmappings;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** What parsed mappings depend on: the SQL dialect, the table prefix, batch mode and the statement timeout. */
record MappingKind(String databaseType, String tablePrefix, boolean batch, Integer statementTimeout) {

    MappingKind {
        if (databaseType == null || databaseType.isBlank()) {
            throw new IllegalArgumentException("a database type is needed to parse Camunda's SQL mappings");
        }
        tablePrefix = tablePrefix == null ? "" : tablePrefix;
    }

    /** The kind an engine needs, once it knows its database type (after its data source is set up). */
    static MappingKind of(ProcessEngineConfigurationImpl engine) {
        return new MappingKind(engine.getDatabaseType(), engine.getDatabaseTablePrefix(), engine.isJdbcBatchProcessing(),
            engine.getJdbcStatementTimeout());
    }
}
