package io.meridian.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Meridian's own tables at start (README "Production schema"): migrated by the default run;
 * with {@code meridian.schema.update=false} (the prod and postgres profiles) only checked, so a
 * server refuses to start on a database that lacks a migration instead of changing it.
 */
@Configuration
class SchemaOnStart {

    @Bean
    FlywayMigrationStrategy migrateOrValidate(@Value("${meridian.schema.update:true}") boolean update) {
        return flyway -> {
            if (update) {
                flyway.migrate();
            } else {
                flyway.validate();
            }
        };
    }
}
