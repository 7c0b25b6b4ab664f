package io.meridian.sqlmappings;

import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;

/**
 * Starts parsing Camunda's SQL mappings on a thread of its own as soon as the environment is
 * ready, for the kind the configuration names (the database type from
 * {@code camunda.bpm.database.type} or the JDBC URL, the table prefix, batch mode), while the
 * application context starts on the main thread. The engine, when it is built, takes these
 * mappings (waiting for the parse if it is not done), or parses the kind it really needs when
 * the guess was wrong: a guess only moves work, it never decides what the engine uses.
 * Registered in {@code META-INF/spring.factories}; {@code meridian.engine.parse-sql-ahead=false} turns it off.
 */
public class SqlMappingsAhead implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(SqlMappingsAhead.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Environment environment = event.getEnvironment();
        if (!environment.getProperty("meridian.engine.parse-sql-ahead", Boolean.class, true)) {
            return;
        }
        Optional<MappingKind> kind = expected(environment);
        if (kind.isEmpty() || SqlMappings.parsed(kind.get())) {
            return;
        }
        Thread parser = new Thread(() -> {
            try {
                SqlMappings.of(kind.get());
            } catch (RuntimeException e) {
                // the engine parses again when it needs the mappings, and reports what is wrong
                log.debug("Parsing Camunda's SQL mappings ahead failed: {}", e.getMessage());
            }
        }, "sql-mappings");
        parser.setDaemon(true);
        parser.start();
    }

    /** The kind of mappings the configured engine will need, where the configuration tells it. */
    static Optional<MappingKind> expected(Environment environment) {
        String type = environment.getProperty("camunda.bpm.database.type");
        if (type == null || type.isBlank()) {
            type = databaseType(environment.getProperty("spring.datasource.url"));
        }
        if (type == null) {
            return Optional.empty();
        }
        return Optional.of(new MappingKind(type, environment.getProperty("camunda.bpm.database.table-prefix", ""),
            environment.getProperty("camunda.bpm.database.jdbc-batch-processing", Boolean.class, true), null));
    }

    /** Camunda's name of the database a JDBC URL points at, for the databases Meridian runs on. */
    static String databaseType(String url) {
        if (url == null) {
            return null;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:h2:")) {
            return "h2";
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return "postgres";
        }
        return null;
    }
}
