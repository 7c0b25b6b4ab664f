package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.meridian.benchmark.SqlStatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/** A class annotated {@link MeridianTest} gets what the annotation promises: the server on a port, MockMvc, the API helper, the SQL counter, metrics. */
@MeridianTest
class MeridianTestTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApiCalls api;
    @Autowired
    SqlStatementCounter statements;
    @Autowired
    TestRestTemplate http;

    @Test
    void givesTheServerOnARandomPortWithMockMvcTheApiHelperTheSqlCounterAndMetricsExported() throws Exception {
        assertThat(port).isPositive().isNotEqualTo(8080);
        mvc.perform(get("/api/openapi")).andExpect(status().isUnauthorized());
        assertThat(api.post("/api/clients/no-such-client/surveys", "{}", "sam").getStatusCode().is4xxClientError()).isTrue();
        assertThat(statements).isNotNull();
        assertThat(http.withBasicAuth("monitor", "demo").getForEntity("/actuator/prometheus", String.class).getBody())
            .as("metrics exported as in a real run").contains("meridian_");
    }
}
