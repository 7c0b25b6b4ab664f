package io.meridian.complaint;

import static io.meridian.complaint.ComplaintProcessTest.complaint;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.complaint.ComplaintHandling.Activity;
import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.etiquette.Tier;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.process.ClientClocks;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A Russian client worked on Moscow time (the record names no zone) who is in Vladivostok, seven hours ahead: once the team
 * sets the zone, the running complaint holds it, its open task's briefing and call window are on Vladivostok's clock, and the
 * email its next step writes goes in Vladivostok's business hours, not Moscow's.
 */
@MeridianTest
class ComplaintZoneCorrectedTest {

    /** Tue 12 Jan 2027 05:00 in Moscow, 12:00 in Vladivostok. */
    @RegisterExtension
    final EngineClock clock = EngineClock.at(Instant.parse("2027-01-12T02:00:00Z"));

    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintService complaints;
    @Autowired
    Outbox outbox;
    @Autowired
    ClientClocks clocks;
    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void aVladivostokClientsComplaintFollowsTheZoneSetOnTheRecord() {
        ComplaintService.Opened opened = complaints.open(complaint("RU", "vladivostok@example.com", "B", "QUALITY", "NEUTRAL"),
            UnaryOperator.identity());
        AsyncContinuations.runAll(engine);
        ProcessInstance pi = runtimeService().createProcessInstanceQuery().processInstanceId(opened.processInstanceId()).singleResult();
        Task acknowledge = task(Activity.ACKNOWLEDGE_COMPLAINT, pi);
        assertThat((String) engine.getTaskService().getVariableLocal(acknowledge.getId(), Var.BRIEFING))
            .contains("Europe/Moscow, the default for RU");
        ZoneId vladivostok = ZoneId.of("Asia/Vladivostok");

        ResponseEntity<JsonNode> patched = patch(opened.clientId(), "{\"timeZone\": \"Asia/Vladivostok\"}");

        assertThat(patched.getStatusCode()).isEqualTo(HttpStatus.OK);
        long running = runtimeService().createProcessInstanceQuery().variableValueEquals(ClientClocks.CLIENT_ID, opened.clientId()).count();
        long open = engine.getTaskService().createTaskQuery().processVariableValueEquals(ClientClocks.CLIENT_ID, opened.clientId()).count();
        assertThat(patched.getBody().path("runningWorkUpdated").toString()).contains(
            running + " running journey(s), order(s) or complaint(s) now on Asia/Vladivostok", open + " open task(s) due anew");
        assertThat(runtimeService().getVariable(pi.getId(), Var.TIME_ZONE)).isEqualTo("Asia/Vladivostok");
        Instant now = ClockUtil.now().toInstant();
        ClientClocks.Client client = clocks.decide("RU", Tier.B, vladivostok, now);
        Task after = engine.getTaskService().createTaskQuery().taskId(acknowledge.getId()).singleResult();
        assertThat(after.getFollowUpDate().toInstant()).as("the next call window on Vladivostok's clock")
            .isEqualTo(clocks.clocks().nextCall(client.calendar(), client.team(), now).orElseThrow().start());
        assertThat((String) engine.getTaskService().getVariableLocal(acknowledge.getId(), Var.BRIEFING))
            .contains("**Client's time zone:** Asia/Vladivostok, as the client record names it since",
                "this task was planned on Europe/Moscow (the default for RU)", "client time (Asia/Vladivostok)")
            .doesNotContain("the client record names none");

        ClockUtil.setCurrentTime(Date.from(now.plus(Duration.ofMinutes(1))));
        Instant acknowledged = ClockUtil.now().toInstant();
        complete(acknowledge, withVariables(Var.ACKNOWLEDGEMENT, "We are sorry and on it."));
        AsyncContinuations.runAll(engine);

        List<OutboxMessage> written = outbox.about(pi.getBusinessKey()).stream()
            .filter(m -> m.kind() == OutboxMessage.Kind.CLIENT && !m.createdAt().isBefore(acknowledged)).toList();
        Instant inVladivostoksHours = clocks.clocks().sendAt(clocks.decide("RU", Tier.B, vladivostok, acknowledged).calendar(), acknowledged);
        Instant inMoscowsHours = clocks.clocks().sendAt(clocks.decide("RU", Tier.B, null, acknowledged).calendar(), acknowledged);
        assertThat(inVladivostoksHours).as("the test's premise: the two clocks send at other times").isNotEqualTo(inMoscowsHours);
        assertThat(written).as("the acknowledgement, in the client's business hours in Vladivostok").isNotEmpty()
            .allSatisfy(m -> assertThat(m.plannedAt()).isEqualTo(inVladivostoksHours));
    }

    private ResponseEntity<JsonNode> patch(String clientId, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("application/merge-patch+json"));
        return http.withBasicAuth("sam", "demo").exchange("/api/clients/" + clientId, HttpMethod.PATCH, new HttpEntity<>(body, headers),
            JsonNode.class);
    }
}
