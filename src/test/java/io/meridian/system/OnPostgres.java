package io.meridian.system;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the postgres profile against a real PostgreSQL server (embedded
 * binaries, no Docker): one server and one Spring context for all of them, started by the first
 * such test class and cached by Spring like any other context (each start costs a PostgreSQL
 * server and a whole application). The tests create their own data and assert on it, not on totals.
 * The server stops with the context, after its data sources: stopped earlier, the context would
 * try to reach it when the test JVM shuts down and hold the build up for half a minute.
 */
@SpringBootTest
@ActiveProfiles("postgres")
public abstract class OnPostgres {

    private static EmbeddedPostgres postgres;
    private static boolean stopsWithTheContext;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        postgres = startFor(registry);
    }

    /**
     * A new embedded PostgreSQL server, and the context's data source pointed at it with the schema created: for a test
     * class with a server of its own (one it stops), as this class starts the shared one.
     */
    public static EmbeddedPostgres startFor(DynamicPropertyRegistry registry) throws IOException {
        // no shutdown hook of its own: one racing the context's at JVM exit would stop the server under it
        EmbeddedPostgres server = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
        registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        // a fresh database: the explicit schema step of README "Production schema"
        registry.add("meridian.schema.update", () -> "true");
        return server;
    }

    @BeforeAll
    static synchronized void stopWithTheContext(@Autowired ConfigurableApplicationContext context) {
        if (stopsWithTheContext) {
            return;
        }
        stopsWithTheContext = true;
        EmbeddedPostgres server = postgres;
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerDisposableBean("embeddedPostgres", server::close);
        for (String dataSource : context.getBeanNamesForType(DataSource.class)) {
            beans.registerDependentBean("embeddedPostgres", dataSource);
        }
    }

    /** Whether any session of the server waits for a lock: a race test's store is blocked on the other node's insert. */
    protected static boolean aSessionWaitsForALock() throws SQLException {
        try (Connection db = postgres().getPostgresDatabase().getConnection();
             Statement query = db.createStatement();
             ResultSet rows = query.executeQuery("select count(*) from pg_stat_activity where wait_event_type = 'Lock'")) {
            rows.next();
            return rows.getLong(1) > 0;
        }
    }

    /** The server of the postgres context. */
    protected static EmbeddedPostgres postgres() {
        return postgres;
    }
}
