package io.meridian.aftersales;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.order.OrderFixture;
import io.meridian.order.OrderFulfilment;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import io.meridian.testsupport.TaskBriefings;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import io.meridian.complaint.ComplaintHandling;
import io.meridian.inquiry.ClientJourney;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The order's own tasks name the client's complaints not resolved yet: the order desk's "Notify stock ready" said nothing of
 * a crisis complaint about flickering panels on that very order, and the desk would have called the client with good news
 * as if nothing had happened (found in Tasklist).
 */
@MeridianTest
class OpenComplaintsOnOrderTasksTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;

    @Test
    void shouldNameTheClientsOpenComplaintOnTheStockReadyNotice() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("JP", "open-complaint-order@nakamura.example"),
            "2027-02-22");
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, journey);
        ResponseEntity<JsonNode> complained = api.post("/api/complaints", """
            {"orderId": "%s", "category": "COMMUNICATION", "wording": "MILD", "description": "Nobody told us when the panels ship."}"""
            .formatted(OrderFixture.orderId(engine, journey)), "shop");
        assertThat(complained.getStatusCode()).as(String.valueOf(complained.getBody())).isEqualTo(HttpStatus.CREATED);
        AsyncContinuations.runAll(engine);

        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment),
            withVariables("progressPercent", 100, "stockComplete", true));
        AsyncContinuations.runAll(engine);

        String briefing = TaskBriefings.briefing(engine, task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment));
        assertThat(briefing).contains("**Open complaints:** " + complained.getBody().path("complaintNumber").asText() + " (communication, ",
                ", status ", "Know where it stands before you talk to the client")
            .as("the order's tasks name the complaints alone: the client's history is the journey's").doesNotContain("**Client history:**");
    }

    /**
     * The order desk's open "Update production progress" and the client's new inquiry's open "Reply to inquiry" were made
     * before the client complained: the complaint, once opened, is named on both; once the client confirmed it resolved, it is
     * gone again, and every other paragraph of both briefings stays as it was.
     */
    @Test
    void shouldNameAComplaintOpenedWhileTheTasksAreOpenAndDropItWhenResolved() {
        Map<String, Object> client = startVariables("JP", "complaint-later@nakamura.example");
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, client, "2027-02-22");
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, journey);
        ProcessInstance second = engine.getRuntimeService().startProcessInstanceByKey(ClientJourney.KEY, client);
        AsyncContinuations.runAll(engine);
        Task progress = task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment);
        Task reply = task(ClientJourney.Activity.REPLY_TO_INQUIRY, second);
        String progressBefore = TaskBriefings.briefing(engine, progress);
        String replyBefore = TaskBriefings.briefing(engine, reply);
        assertThat(progressBefore).doesNotContain("**Open complaints:**");
        assertThat(replyBefore).doesNotContain("**Open complaints:**");

        ResponseEntity<JsonNode> complained = api.post("/api/complaints", """
            {"orderId": "%s", "category": "QUALITY", "wording": "STRONG", "description": "Half the panels are dead on arrival."}"""
            .formatted(OrderFixture.orderId(engine, journey)), "shop");
        assertThat(complained.getStatusCode()).as(String.valueOf(complained.getBody())).isEqualTo(HttpStatus.CREATED);
        AsyncContinuations.runAll(engine);
        String number = complained.getBody().path("complaintNumber").asText();

        String progressNow = TaskBriefings.briefing(engine, progress);
        String named = progressNow.lines().filter(l -> l.startsWith("**Open complaints:**")).findFirst().orElseThrow();
        assertThat(named).startsWith("**Open complaints:** " + number + " (quality, ").contains(", status ")
            .endsWith("Know where it stands before you talk to the client: the client will expect you to.");
        assertThat(progressNow).as("the paragraph added, nothing else changed").isEqualTo(withParagraphAfterTheRequest(progressBefore, named));
        assertThat(TaskBriefings.briefing(engine, reply)).as("the client's other journey names it too")
            .isEqualTo(withParagraphAfterTheRequest(replyBefore, named));

        ProcessInstance complaint = engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(ComplaintHandling.KEY).processInstanceBusinessKey(complained.getBody().path("id").asText()).singleResult();
        resolve(complaint);

        assertThat(TaskBriefings.briefing(engine, progress)).as("resolved: named no more").isEqualTo(progressBefore);
        assertThat(TaskBriefings.briefing(engine, reply)).isEqualTo(replyBefore);
    }

    /** The briefing as a task made with the open complaint has it: after the client, the request, the inquiry and the history. */
    private static String withParagraphAfterTheRequest(String briefing, String paragraph) {
        List<String> paragraphs = new ArrayList<>(List.of(briefing.split("\n\n", -1)));
        int at = paragraphs.indexOf(paragraphs.stream().filter(p -> p.startsWith("**Inquiry:**")).findFirst().orElseThrow()) + 1;
        while (paragraphs.get(at).startsWith("> ") || paragraphs.get(at).startsWith("**Client history:**")) {
            at++;
        }
        paragraphs.add(at, paragraph);
        return String.join("\n\n", paragraphs);
    }

    /** The complaint answered at every stage and the client satisfied. */
    private void resolve(ProcessInstance complaint) {
        complete(task(ComplaintHandling.Activity.ACKNOWLEDGE_COMPLAINT, complaint), withVariables(ComplaintHandling.Var.ACKNOWLEDGEMENT, "We are on it."));
        AsyncContinuations.runAll(engine);
        complete(task(ComplaintHandling.Activity.DIAGNOSE_COMPLAINT, complaint), withVariables(ComplaintHandling.Var.DIAGNOSIS, "A bad batch of drivers."));
        AsyncContinuations.runAll(engine);
        complete(task(ComplaintHandling.Activity.PROVIDE_INTERIM_SOLUTION, complaint),
            withVariables(ComplaintHandling.Var.INTERIM_SOLUTION, "Replacement panels by air."));
        AsyncContinuations.runAll(engine);
        complete(task(ComplaintHandling.Activity.FIX_ROOT_CAUSE, complaint), withVariables(ComplaintHandling.Var.ROOT_CAUSE, "Drivers untested.",
            ComplaintHandling.Var.CORRECTIVE_ACTION, "Every driver tested before assembly."));
        AsyncContinuations.runAll(engine);
        engine.getRuntimeService().createMessageCorrelation(ComplaintHandling.Message.CONFIRMATION).processInstanceId(complaint.getId())
            .setVariable(ComplaintHandling.Var.SATISFIED, true).correlate();
        AsyncContinuations.runAll(engine);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(complaint.getId()).count())
            .as("the complaint is resolved").isZero();
    }
}
