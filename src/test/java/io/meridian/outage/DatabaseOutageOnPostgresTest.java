package io.meridian.outage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.system.OnPostgres;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL out of reach under the running server (restarted, stopped): a request is a 503 with Retry-After saying
 * so, on /api and engine-rest alike, the first to wait for a connection after the pool's timeout, the following at once; once the database accepts
 * connections again the same requests (and the health check) answer as before, without a restart of the server. The outage is the database
 * closed to connections and its sessions ended, as a restart of PostgreSQL ends them. A server and a context of its
 * own: the outage would break the shared postgres context's work in the background.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgres")
@DirtiesContext
class DatabaseOutageOnPostgresTest {

    private static EmbeddedPostgres postgres;

    @Autowired
    TestRestTemplate http;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        postgres = OnPostgres.startFor(registry);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Test
    void answers503WithRetryAfterWhileTheDatabaseIsOutOfReachAndRecoversByItself() throws SQLException {
        // sam has signed in (the sign-in is remembered: the endpoint meets the outage); sue has not
        assertThat(get("/api/inquiries?size=1", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/engine-rest/task?maxResults=1", "sam").getStatusCode()).isEqualTo(HttpStatus.OK);

        outage(true);
        try {
            // a request that meets a connection PostgreSQL ended fails at once; the first that waits for a new one waits
            // the pool's connection timeout (Meridian's 5 s, where HikariCP's 30 s kept a Tasklist user looking at a
            // spinner), and the following ones are answered at once until the database answers (engine-rest's: its
            // error mappers answer them themselves, and the outage filter learns of it)
            Duration waited = Duration.ZERO;
            for (int i = 0; i < 3 && waited.compareTo(Duration.ofSeconds(4)) < 0; i++) {
                long start = System.nanoTime();
                ResponseEntity<JsonNode> met = get("/engine-rest/task?maxResults=1", "sam");
                waited = Duration.ofNanos(System.nanoTime() - start);
                assertThat(met.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                assertThat(met.getBody().path("type").asText()).isEqualTo("DatabaseUnavailable");
            }
            assertThat(waited).isBetween(Duration.ofSeconds(4), Duration.ofSeconds(10));
            for (String user : new String[] {"sam", "sue"}) {
                long start = System.nanoTime();
                ResponseEntity<JsonNode> api = get("/api/inquiries?size=1", user);
                assertThat(Duration.ofNanos(System.nanoTime() - start)).as(user).isLessThan(Duration.ofSeconds(1));
                assertThat(api.getStatusCode()).as(user).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
                assertThat(api.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).as(user).isTrue();
                assertThat(api.getHeaders().getFirst("Retry-After")).isEqualTo("10");
                assertThat(api.getBody().path("detail").asText()).startsWith("The database cannot be reached at the moment");
            }
            // no credentials: the sign-in's 401 needs no database, and a 503 would have the caller send it again in vain
            for (String path : new String[] {"/api/inquiries?size=1", "/engine-rest/task?maxResults=1"}) {
                ResponseEntity<JsonNode> anonymous = http.getForEntity(path, JsonNode.class);
                assertThat(anonymous.getStatusCode()).as(path).isEqualTo(HttpStatus.UNAUTHORIZED);
                assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).as(path).startsWith("Basic");
            }
            long start = System.nanoTime();
            ResponseEntity<JsonNode> tasks = get("/engine-rest/task?maxResults=1", "sam");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            assertThat(tasks.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(tasks.getHeaders().getFirst("Retry-After")).isEqualTo("10");
            assertThat(tasks.getBody().path("message").asText()).startsWith("The database cannot be reached at the moment");
            ResponseEntity<JsonNode> newcomer = get("/engine-rest/task?maxResults=1", "leo");
            assertThat(newcomer.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            // a load balancer's check: DOWN, where the outbox's details broke the endpoint into a 500
            ResponseEntity<JsonNode> health = http.getForEntity("/actuator/health", JsonNode.class);
            assertThat(health.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
            assertThat(health.getBody().path("status").asText()).isEqualTo("DOWN");
        } finally {
            outage(false);
        }

        // the pool opens new connections by itself, after a pause of its own between attempts
        // (and the node's watch finds a connection answering again: the requests go through once more)
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(http.getForEntity("/actuator/health", JsonNode.class).getBody().path("status").asText()).isEqualTo("UP");
            assertThat(get("/api/inquiries?size=1", "sue").getStatusCode()).isEqualTo(HttpStatus.OK);
        });
        assertThat(get("/engine-rest/task?maxResults=1", "leo").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private ResponseEntity<JsonNode> get(String path, String user) {
        return http.withBasicAuth(user, "demo").getForEntity(path, JsonNode.class);
    }

    /** The server's database closed to new connections and its sessions ended (from another database), or open again. */
    private static void outage(boolean on) throws SQLException {
        try (Connection admin = postgres.getDatabase("postgres", "template1").getConnection(); Statement sql = admin.createStatement()) {
            sql.execute("alter database postgres allow_connections " + !on);
            if (on) {
                sql.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = 'postgres' and pid <> pg_backend_pid()");
            }
        }
    }
}
