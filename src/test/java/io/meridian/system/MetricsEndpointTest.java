package io.meridian.system;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.meridian.outbox.Outbox;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /actuator/prometheus} needs the administrators' or the monitoring login's sign-in and holds Meridian's meters and Camunda's, named and tagged in
 * Micrometer's conventions; the decision, start and refusal counters move when the server does that work.
 */
class MetricsEndpointTest extends ServerTest {

    @Autowired
    Outbox outbox;

    @Test
    void prometheusShouldNeedSignIn() {
        assertThat(get("/actuator/prometheus", null).status()).isEqualTo(401);
        assertThat(get("/actuator/metrics", null).status()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", "monitor").status()).isEqualTo(200);
    }

    /** The meters are the operators': the administrators and the monitoring login read them, nobody else who signs in. */
    @Test
    void theMetricsShouldBeForTheAdministratorsAndTheMonitoringLoginOnly() {
        for (String user : java.util.List.of("monitor", "demo")) {
            assertThat(get("/actuator/prometheus", user).status()).as(user).isEqualTo(200);
            assertThat(get("/actuator/metrics/jvm.memory.used", user).status()).as(user).isEqualTo(200);
        }
        for (String user : java.util.List.of("sam", "max", "ana", "shop")) {
            for (String path : java.util.List.of("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/jvm.memory.used")) {
                Answer refused = get(path, user);
                assertThat(refused.status()).as(user + " " + path).isEqualTo(403);
                assertThat(refused.isProblem()).isTrue();
                assertThat(refused.body()).contains(MonitoringOnlyFilter.REFUSAL).doesNotContain("meridian_");
            }
        }
        assertThat(get("/actuator/health", "sam").body()).as("the health and its rule book stay every user's").contains("ruleBook");
    }

    @Test
    void aDecisionShouldBeCountedPerTableAndVersion() {
        double before = value(scrape(), "meridian_decisions_seconds_count", "table=\"escalation\"");
        Answer decided = postJson("/api/decisions/escalation", "sam",
            "{\"taskKind\": \"replyToInquiry\", \"tier\": \"A\", \"severity\": \"NORMAL\", \"elapsedShare\": 1.5}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        String metrics = scrape();
        assertThat(value(metrics, "meridian_decisions_seconds_count", "table=\"escalation\"")).isEqualTo(before + 1);
        assertThat(metrics).containsPattern("meridian_decisions_seconds_count\\{[^}]*table=\"escalation\"[^}]*version=\"\\d+\"");
        assertThat(value(metrics, "meridian_rules_version", "table=\"etiquette\"")).isPositive();
        assertThat(value(metrics, "meridian_rules_activations_total", "table=\"complaint-handling\"")).isPositive();
    }

    /**
     * The version tag is the version in force that decided: the scenarios a start or a dry run checks a workbook with are
     * counted apart, by table, where they were counted as version 0, a version that never answered anyone.
     */
    @Test
    void aDecisionShouldBeTaggedWithTheVersionInForceAndAWorkbooksCheckCountedApart() {
        String inForce = "version=\"" + (int) value(scrape(), "meridian_rules_version", "table=\"escalation\"") + "\"";
        double decisions = value(scrape(), "meridian_decisions_seconds_count", "table=\"escalation\"," + inForce);
        Answer decided = postJson("/api/decisions/escalation", "sam",
            "{\"taskKind\": \"replyToInquiry\", \"tier\": \"A\", \"severity\": \"NORMAL\", \"elapsedShare\": 1.5}");
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        String afterDecision = scrape();
        assertThat(value(afterDecision, "meridian_decisions_seconds_count", "table=\"escalation\"," + inForce)).isEqualTo(decisions + 1);

        Answer checked = send("POST", "/api/rules/escalation/validate", "ana", "application/octet-stream",
            resource("rules/escalation.drl.xlsx"));
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        String afterCheck = scrape();
        assertThat(afterCheck).doesNotContainPattern("meridian_decisions_seconds_count\\{[^}]*version=\"0\"");
        assertThat(sum(afterCheck, "meridian_decisions_seconds_count", "table=\"escalation\""))
            .as("a dry run's scenarios are no decisions of a version in force")
            .isEqualTo(sum(afterDecision, "meridian_decisions_seconds_count", "table=\"escalation\""));
        assertThat(value(afterCheck, "meridian_rules_check_decisions_seconds_count", "table=\"escalation\""))
            .isGreaterThan(value(afterDecision, "meridian_rules_check_decisions_seconds_count", "table=\"escalation\""));
    }

    @Test
    void theCountersAreThereBeforeTheyFirstCount() {
        String metrics = scrape();
        for (String table : java.util.List.of("etiquette", "escalation", "complaint-handling")) {
            assertThat(metrics).as("refusals of " + table).containsPattern("meridian_rules_refusals_total\\{[^}]*table=\"" + table + "\"");
        }
        for (int level = 1; level <= 3; level++) {
            assertThat(metrics).as("level " + level).containsPattern("meridian_escalation_levels_applied_total\\{[^}]*level=\"" + level + "\"");
        }
    }

    @Test
    void aRefusedWorkbookShouldBeCounted() {
        double before = value(scrape(), "meridian_rules_refusals_total", "table=\"escalation\"");
        Answer refused = send("PUT", "/api/rules/escalation", "ana", "application/octet-stream",
            "not a workbook".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(value(scrape(), "meridian_rules_refusals_total", "table=\"escalation\"")).isEqualTo(before + 1);
    }

    @Test
    void aJourneyStartShouldBeCountedOnceCommitted() {
        double before = value(scrape(), "meridian_processes_started_total", "process=\"clientJourney\"");
        Answer started = postJson("/api/inquiries", "shop", """
            {"client": {"company": "Metrics GmbH", "contactName": "Jonas Weber", "email": "jonas.weber@metrics.example",
                        "country": "DE", "timeZone": "Europe/Berlin", "language": "de", "tier": "B"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 100}}""");
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String metrics = scrape();
        assertThat(value(metrics, "meridian_processes_started_total", "process=\"clientJourney\"")).isEqualTo(before + 1);
    }

    @Test
    void theOutboxShouldBeCountedByStateWithItsDueBacklog() {
        String before = scrape();
        outbox.planEmail("kenji@metrics.example", "Due", "due now", Instant.now().minusSeconds(60), "metrics-test");
        outbox.planEmail("kenji@metrics.example", "Later", "tomorrow", Instant.now().plus(1, ChronoUnit.DAYS), "metrics-test");
        String after = scrape();
        assertThat(value(after, "meridian_outbox_messages", "status=\"planned\""))
            .isEqualTo(value(before, "meridian_outbox_messages", "status=\"planned\"") + 2);
        assertThat(value(after, "meridian_outbox_due", "application")).isEqualTo(value(before, "meridian_outbox_due", "application") + 1);
        assertThat(after).contains("meridian_outbox_messages{application=\"meridian\",status=\"failed\"}",
            "meridian_outbox_messages{application=\"meridian\",status=\"sent\"}");
    }

    @Test
    void camundasJobAndEngineFiguresShouldBeThere() {
        String metrics = scrape();
        assertThat(metrics).containsPattern("camunda_jobs\\{[^}]*state=\"due\"")
            .containsPattern("camunda_jobs\\{[^}]*state=\"failed\"")
            .contains("camunda_incidents{")
            .containsPattern("camunda_engine_events_total\\{[^}]*event=\"job-successful\"")
            .containsPattern("camunda_engine_events_total\\{[^}]*event=\"activity-instance-start\"");
        // the escalation sweep's meters exist before its first run
        assertThat(metrics).contains("meridian_escalation_sweep_seconds_count{", "meridian_escalation_sweep_tasks_checked_tasks_count{");
        // Spring Boot's own: JVM and HTTP
        assertThat(metrics).contains("jvm_memory_used_bytes{", "http_server_requests_seconds_count{");
    }

    private String scrape() {
        Answer answer = get("/actuator/prometheus", "monitor");
        assertThat(answer.status()).isEqualTo(200);
        return answer.body();
    }

    /** The sum of every series of {@code name} whose labels contain {@code label} (each version's, say). */
    private static double sum(String metrics, String name, String label) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(metrics);
        double sum = 0;
        while (line.find()) {
            if (line.group(1).contains(label)) {
                sum += Double.parseDouble(line.group(2));
            }
        }
        return sum;
    }

    /** The value of the one series of {@code name} whose labels contain {@code label}; 0 when there is none yet. */
    private static double value(String metrics, String name, String label) {
        Matcher line = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(metrics);
        double found = 0;
        int series = 0;
        while (line.find()) {
            if (line.group(1).contains(label)) {
                found += Double.parseDouble(line.group(2));
                series++;
            }
        }
        assertThat(series).as("series of %s with %s", name, label).isLessThanOrEqualTo(1 + (name.contains("decisions") ? 10 : 0));
        return found;
    }
}
