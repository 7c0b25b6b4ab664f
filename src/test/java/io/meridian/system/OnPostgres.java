package io.meridian.system;

import java.io.IOException;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the postgres profile against a real PostgreSQL server (embedded
 * binaries, no Docker): each test class gets a fresh server and a Spring context of its own.
 * The server stops with the context, after its data sources: stopped earlier, with the context
 * left in Spring's cache, the context would try to reach it when the test JVM shuts down and
 * hold the build up for half a minute.
 */
@SpringBootTest
@ActiveProfiles("postgres")
@DirtiesContext
public abstract class OnPostgres {

    private static EmbeddedPostgres postgres;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        postgres = server;
        registry.add("spring.datasource.url", () -> server.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        // a fresh database: the explicit schema step of README "Production schema"
        registry.add("meridian.schema.update", () -> "true");
    }

    @BeforeAll
    static void stopWithTheContext(@Autowired ConfigurableApplicationContext context) {
        EmbeddedPostgres server = postgres;
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.registerDisposableBean("embeddedPostgres", server::close);
        for (String dataSource : context.getBeanNamesForType(DataSource.class)) {
            beans.registerDependentBean("embeddedPostgres", dataSource);
        }
    }

    /** The server of the running test class. */
    protected static EmbeddedPostgres postgres() {
        return postgres;
    }
}
