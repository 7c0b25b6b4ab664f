package io.meridian.schema;

import java.util.Arrays;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Meridian's own tables at start (README "Production schema"): migrated by the default run;
 * with {@code meridian.schema.update=false} (the prod and postgres profiles) only checked, so a
 * server refuses to start on a database that lacks a migration instead of changing it, and says
 * which and what to run ({@link SchemaNotReadyException}).
 */
@Configuration
class SchemaOnStart {

    @Bean
    FlywayMigrationStrategy migrateOrValidate(@Value("${meridian.schema.update:true}") boolean update) {
        return flyway -> {
            if (update) {
                flyway.migrate();
            } else {
                check(flyway);
            }
        };
    }

    /** Refuses a database that lacks a migration the jar packs, naming them; else Flyway's own validation. */
    static void check(Flyway flyway) {
        MigrationInfoService info = flyway.info();
        MigrationInfo[] pending = info.pending();
        if (pending.length > 0) {
            throw SchemaNotReadyException.migrationsMissing(Database.describe(flyway.getConfiguration().getDataSource()),
                Arrays.stream(pending).map(m -> m.getVersion() + " " + m.getDescription()).toList(), info.all().length);
        }
        flyway.validate();
    }
}
