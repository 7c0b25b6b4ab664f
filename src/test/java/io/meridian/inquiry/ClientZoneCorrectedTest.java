package io.meridian.inquiry;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.etiquette.Tier;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.process.ClientClocks;
import io.meridian.process.EmailPreview;
import io.meridian.process.TaskGuidance;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
 * A client worked on their country's default zone (a US client on New York time) whose own zone the team then sets on the
 * record: the running journey follows it at once, not only work started afterwards. The open task's briefing, call window
 * and the email still waiting for the client's business hours are on the new clock.
 */
@MeridianTest
class ClientZoneCorrectedTest {

    /** Tue 9 Mar 2027 21:00 in New York, 18:00 in Los Angeles: the inquiry comes in after the client's hours. */
    @RegisterExtension
    final EngineClock clock = EngineClock.at(Instant.parse("2027-03-10T02:00:00Z"));

    @Autowired
    TestRestTemplate http;
    @Autowired
    Outbox outbox;
    @Autowired
    ClientClocks clocks;

    @Test
    void aZoneSetOnTheRecordReachesTheRunningJourneyItsOpenTaskAndItsPlannedEmails() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClientJourney.KEY,
            startVariables("US", "zone-corrected-us@example.com"));
        String clientId = (String) runtimeService().getVariable(pi.getId(), Var.CLIENT_ID);
        String inquiryId = (String) runtimeService().getVariable(pi.getId(), Var.INQUIRY_ID);
        Task reply = task(pi);
        assertThat((String) taskService().getVariableLocal(reply.getId(), Var.BRIEFING)).contains("the default for US");
        ZoneId newYork = ZoneId.of("America/New_York");
        ZoneId losAngeles = ZoneId.of("America/Los_Angeles");
        Instant start = ClockUtil.now().toInstant();
        // an email a step planned for the client's next business hours on New York time (Wed 09:00 there), as a quote is
        outbox.planEmail("zone-corrected-us@example.com", "Your quote", "text",
            clocks.clocks().sendAt(clocks.decide("US", Tier.A, null, start).calendar(), start), inquiryId);
        List<OutboxMessage> waitingBefore = waiting(inquiryId);
        assertThat(waitingBefore).hasSize(1);
        assertThat(waitingBefore.get(0).plannedAt().atZone(newYork).getHour()).isEqualTo(9);

        ResponseEntity<JsonNode> patched = patch(clientId, "{\"timeZone\": \"America/Los_Angeles\"}");

        assertThat(patched.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(runtimeService().getVariable(pi.getId(), Var.TIME_ZONE)).isEqualTo("America/Los_Angeles");
        Task after = taskService().createTaskQuery().taskId(reply.getId()).singleResult();
        String briefing = (String) taskService().getVariableLocal(reply.getId(), Var.BRIEFING);
        assertThat(briefing).contains("**Client's time zone:** America/Los_Angeles, as the client record names it since",
                "this task was planned on America/New_York (the default for US)", "client time (America/Los_Angeles)")
            .doesNotContain("the client record names none");
        // not only the note: the briefing's own due time and contact window are on Los Angeles time
        assertThat(paragraph(briefing, "**Due:**")).contains("client time (America/Los_Angeles)").doesNotContain("New_York");
        assertThat(paragraph(briefing, "**Next contact window:**")).contains("client time (America/Los_Angeles)")
            .doesNotContain("New_York");
        Instant now = ClockUtil.now().toInstant();
        Instant window = clocks.clocks().nextCall(clocks.decide("US", Tier.A, losAngeles, now).calendar(),
            clocks.decide("US", Tier.A, losAngeles, now).team(), now).orElseThrow().start();
        assertThat(after.getFollowUpDate().toInstant()).as("the next call window on Los Angeles time").isEqualTo(window);
        assertThat(patched.getBody().path("runningWorkUpdated").toString()).contains("1 open task(s) due anew");

        for (OutboxMessage before : waitingBefore) {
            OutboxMessage now2 = outbox.byId(before.id()).orElseThrow();
            LocalDateTime hourThere = before.plannedAt().atZone(newYork).toLocalDateTime();
            assertThat(now2.plannedAt().atZone(losAngeles).toLocalDateTime()).as("the same hour of the client's day, in their zone")
                .isEqualTo(hourThere);
            assertThat(now2.delivery().nextAttemptAt()).isEqualTo(now2.plannedAt());
        }
        assertThat(patched.getBody().path("runningWorkUpdated").toString())
            .contains(waitingBefore.size() + " planned email(s) re-planned");
    }

    /**
     * Every moment the briefing names reads on the corrected clock, not only its "Due" and "Next contact window" lines: the
     * inquiry's receipt, written on New York time, is on Los Angeles time, and no paragraph but the note on the change names
     * New York.
     */
    @Test
    void everyTimeTheBriefingNamesReadsOnTheCorrectedClock() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClientJourney.KEY,
            startVariables("US", "zone-corrected-times@example.com"));
        String clientId = (String) runtimeService().getVariable(pi.getId(), Var.CLIENT_ID);
        Task reply = task(pi);
        ZoneId team = clocks.clocks().team().zone();
        Instant received = ClockUtil.now().toInstant();
        String written = (String) taskService().getVariableLocal(reply.getId(), Var.BRIEFING);
        assertThat(written).contains("received " + TaskGuidance.both(received, team, ZoneId.of("America/New_York")));

        assertThat(patch(clientId, "{\"timeZone\": \"America/Los_Angeles\"}").getStatusCode()).isEqualTo(HttpStatus.OK);

        String briefing = (String) taskService().getVariableLocal(reply.getId(), Var.BRIEFING);
        assertThat(briefing).contains("received " + TaskGuidance.both(received, team, ZoneId.of("America/Los_Angeles")));
        assertThat(Arrays.stream(briefing.split("\n\n")).filter(p -> !p.startsWith("**Client's time zone:**")))
            .as(briefing).noneMatch(p -> p.contains("New_York"));
    }

    /**
     * The reply's email preview lists when the quote will go out, the client's business hours ahead: after the zone is
     * corrected, those of Los Angeles (Wednesday 09:00-18:00 there, Thursday 01:00-10:00 in Shanghai), not New York's, three
     * hours earlier, which the preview kept naming while the email itself went by Los Angeles time.
     */
    @Test
    void theEmailPreviewNamesTheClientsBusinessHoursOnTheCorrectedClock() {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClientJourney.KEY,
            startVariables("US", "zone-corrected-preview@example.com"));
        String clientId = (String) runtimeService().getVariable(pi.getId(), Var.CLIENT_ID);
        Task reply = task(pi);
        assertThat(preview(reply)).contains("Their business hours: Wed 10 Mar 2027 22:00–07:00 team time (Asia/Shanghai) = Wed 10 Mar"
            + " 2027 09:00–18:00 client time (America/New_York)");

        assertThat(patch(clientId, "{\"timeZone\": \"America/Los_Angeles\"}").getStatusCode()).isEqualTo(HttpStatus.OK);

        assertThat(preview(reply)).contains("Their business hours: Thu 11 Mar 2027 01:00–10:00 team time (Asia/Shanghai) = Wed 10 Mar"
            + " 2027 09:00–18:00 client time (America/Los_Angeles)").doesNotContain("New_York");
    }

    private static String preview(Task task) {
        return (String) taskService().getVariableLocal(task.getId(), EmailPreview.VARIABLE);
    }

    /** The briefing's paragraph that begins with {@code head}. */
    private static String paragraph(String briefing, String head) {
        return Arrays.stream(briefing.split("\n\n")).filter(p -> p.startsWith(head)).findFirst()
            .orElseThrow(() -> new AssertionError("no paragraph " + head + " in " + briefing));
    }

    private List<OutboxMessage> waiting(String reference) {
        return outbox.about(reference).stream().filter(m -> m.status() == OutboxMessage.Status.PLANNED
            && m.plannedAt().isAfter(m.createdAt())).toList();
    }

    private ResponseEntity<JsonNode> patch(String clientId, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("application/merge-patch+json"));
        return http.withBasicAuth("sam", "demo").exchange("/api/clients/" + clientId, HttpMethod.PATCH, new HttpEntity<>(body, headers),
            JsonNode.class);
    }
}
