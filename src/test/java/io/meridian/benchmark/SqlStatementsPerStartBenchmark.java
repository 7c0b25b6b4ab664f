package io.meridian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * SQL statements per start, counted by {@link SqlStatementCounter}: {@code POST /api/inquiries}
 * (which must leave no asynchronous continuation: the test's look-up for them goes uncounted) against an
 * engine-rest start of a process with one user task, on the same server (in-memory H2, the test
 * configuration: no job executor, no outbox poller, so nothing else runs SQL meanwhile). Writes
 * {@code target/sql-per-start.txt} with the statements per start by kind and table. Not part of
 * the test run: {@code ./mvnw test -Dtest=SqlStatementsPerStartBenchmark -Dsurefire.excludedGroups= -Dgroups=benchmark}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(SqlStatementCounter.class)
class SqlStatementsPerStartBenchmark {

    private static final int STARTS = Integer.getInteger("bench.starts", 20);

    @Autowired
    SqlStatementCounter sql;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ProcessEngine engine;

    @Test
    void countStatementsPerStart() throws Exception {
        engine.getRepositoryService().createDeployment().name("benchmark").addModelInstance("benchOneTask.bpmn",
            Bpmn.createExecutableProcess("benchOneTask").camundaHistoryTimeToLive(1)
                .startEvent().userTask("work").camundaCandidateGroups("sales").endEvent().done()).deploy();
        // warm-up: first-time work (caches, the day's etiquette decisions) is not what a start costs
        startInquiries(3, "warm");
        startPlain(3);

        sql.reset();
        startInquiries(STARTS, "count");
        Map<String, Long> inquiries = sql.snapshot();
        long inquiryTotal = sql.total();
        long inquiryInserts = sql.total("insert");
        Map<String, Long> inquiryTransactions = sql.transactions();
        sql.reset();
        startPlain(STARTS);
        Map<String, Long> plain = sql.snapshot();
        long plainTotal = sql.total();
        long plainInserts = sql.total("insert");
        Map<String, Long> plainTransactions = sql.transactions();

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
            "SQL statements per start (%d starts each, in-memory H2; each start one transaction, leaving no continuation)%n"
                + "POST /api/inquiries: %.1f statements (%.1f inserts)%nengine-rest one-user-task start: %.1f statements (%.1f inserts)%n",
            STARTS, inquiryTotal / (double) STARTS, inquiryInserts / (double) STARTS, plainTotal / (double) STARTS,
            plainInserts / (double) STARTS));
        report.append(String.format(Locale.ROOT, "Transactions (all starts): inquiries %s; engine-rest starts %s%n",
            inquiryTransactions, plainTransactions));
        report.append("\nPer inquiry, by statement:\n");
        inquiries.forEach((shape, n) -> report.append(String.format(Locale.ROOT, "%8.2f  %s%n", n / (double) STARTS, shape)));
        report.append("\nPer engine-rest start, by statement:\n");
        plain.forEach((shape, n) -> report.append(String.format(Locale.ROOT, "%8.2f  %s%n", n / (double) STARTS, shape)));
        Files.writeString(Path.of("target/sql-per-start.txt"), report);
        System.out.println(report);

        // the work counted was done: every start wrote its process instance
        assertThat(inquiries).containsKey("insert ACT_RU_EXECUTION");
        assertThat(plain).containsKey("insert ACT_RU_EXECUTION");
        assertThat(inquiryTotal).isGreaterThan(plainTotal);
        // each start is one transaction that writes (a poller of the test configuration may add a read)
        assertThat(inquiryTransactions).as("transactions of %d inquiry starts", STARTS)
            .containsEntry("commit (writes)", (long) STARTS).doesNotContainKeys("rollback", "autocommit (writes)");
        assertThat(plainTransactions).as("transactions of %d engine-rest starts", STARTS)
            .containsEntry("commit (writes)", (long) STARTS).doesNotContainKeys("rollback", "autocommit (writes)");
    }

    private void startInquiries(int count, String tag) {
        for (int n = 0; n < count; n++) {
            ResponseEntity<JsonNode> r = post("/api/inquiries", """
                {"client": {"company": "Count %1$d", "contactName": "Client %1$d", "email": "sql-%2$s-%1$d@example.com", "country": "%3$s"},
                 "inquiry": {"product": "LED panel", "quantity": 100}}""".formatted(n, tag, n % 3 == 0 ? "JP" : n % 3 == 1 ? "US" : "DE"));
            assertThat(r.getStatusCode().value()).as("inquiry start: %s", r.getBody()).isEqualTo(201);
            // the look-up for continuations is the test's, not the start's; the start must leave none
            int continuations = sql.uncounted(() -> AsyncContinuations.run(engine, r.getBody().path("processInstanceId").asText()));
            assertThat(continuations).as("continuations after an inquiry start (its statements would go uncounted)").isZero();
        }
    }

    private void startPlain(int count) {
        for (int n = 0; n < count; n++) {
            ResponseEntity<JsonNode> r = post("/engine-rest/process-definition/key/benchOneTask/start",
                "{\"businessKey\": \"sql-" + n + "\", \"variables\": {\"n\": {\"value\": " + n + ", \"type\": \"Integer\"}}}");
            assertThat(r.getStatusCode().value()).as("engine-rest start: %s", r.getBody()).isEqualTo(200);
        }
    }

    private ResponseEntity<JsonNode> post(String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.withBasicAuth("shop", "demo").exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), JsonNode.class);
    }
}
