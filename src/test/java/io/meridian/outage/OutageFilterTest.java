package io.meridian.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

import io.meridian.testsupport.RunsBeside;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.AbstractDataSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * When the filter answers at once: after a request waited out the pool's timeout (the database stays out of reach), not
 * after a connection a restart of PostgreSQL ended (the next request gets a new one and is answered as usual).
 */
@RunsBeside
class OutageFilterTest {

    /** A database that stays out of reach: the watch's attempts fail. */
    private final OutageWatch watch = new OutageWatch(new AbstractDataSource() {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }
    });
    private final OutageFilter filter = new OutageFilter(watch);
    private final AtomicInteger reached = new AtomicInteger();

    @AfterEach
    void stop() {
        watch.destroy();
    }

    @Test
    void shouldAnswerAtOnceAfterARequestWaitedOutThePool() throws Exception {
        assertThat(request("/api/inquiries", failing(new CannotCreateTransactionException("Could not open JDBC Connection",
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms")))))
            .isEqualTo(503);

        assertThat(request("/api/inquiries", answering())).isEqualTo(503);
        assertThat(request("/engine-rest/task", answering())).isEqualTo(503);
        assertThat(reached).as("requests that reached the endpoint").hasValue(1);
        // pages and scripts need no database
        assertThat(request("/camunda/app/tasklist/", answering())).isEqualTo(200);
    }

    @Test
    void shouldLeaveARequestWithoutCredentialsToItsSignInsUnauthorized() throws Exception {
        request("/api/inquiries", failing(new CannotCreateTransactionException("Could not open JDBC Connection",
            new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms"))));
        FilterChain signIn = (request, response) -> {
            reached.incrementAndGet();
            ((HttpServletResponse) response).setStatus(401);
        };

        // the sign-in refuses it without the database: a 503 would have the caller send it again, in vain
        assertThat(request("/api/inquiries", signIn, null)).isEqualTo(401);
        assertThat(request("/engine-rest/task", signIn, null)).isEqualTo(401);
        assertThat(request("/api/inquiries", signIn, "Basic c2FtOmRlbW8=")).as("with credentials").isEqualTo(503);
        assertThat(reached).as("requests that reached the sign-in").hasValue(3);
    }

    @Test
    void shouldLetTheNextRequestThroughAfterARestartEndedAConnection() throws Exception {
        assertThat(request("/api/inquiries", failing(new RuntimeException("flush failed",
            new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))).isEqualTo(503);

        assertThat(request("/api/inquiries", answering())).isEqualTo(200);
    }

    @Test
    void shouldLearnOfTheOutageFromEngineRestsOwnAnswer() throws Exception {
        FilterChain engineRest = (request, response) -> {
            reached.incrementAndGet();
            request.setAttribute(DatabaseOutage.ANSWERED, new CannotCreateTransactionException("Could not open JDBC Connection",
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 5000ms")));
            ((HttpServletResponse) response).setStatus(503);
        };
        assertThat(request("/engine-rest/task", engineRest)).isEqualTo(503);

        assertThat(request("/engine-rest/task", engineRest)).isEqualTo(503);
        assertThat(reached).hasValue(1);
    }

    /** A request with HTTP Basic credentials, as the callers of /api and engine-rest send. */
    private int request(String path, FilterChain chain) throws Exception {
        return request(path, chain, "Basic c2FtOmRlbW8=");
    }

    private int request(String path, FilterChain chain, String authorization) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        if (authorization != null) {
            request.addHeader("Authorization", authorization);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response.getStatus();
    }

    private FilterChain failing(RuntimeException failure) {
        return (request, response) -> {
            reached.incrementAndGet();
            throw failure;
        };
    }

    private FilterChain answering() {
        return (request, response) -> reached.incrementAndGet();
    }
}
