package io.meridian.milestone;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.milestone.OrderMilestone.Activity;
import io.meridian.order.OrderFixture;
import io.meridian.order.OrderFulfilment;
import io.meridian.order.OrderLedger;
import io.meridian.outbox.MailServerFixture;
import io.meridian.outbox.ReceivedMail;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import io.meridian.testsupport.TaskDates;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * An order delivered before its key milestones, shipped as order fulfilment's former version shipped (today's
 * shipment withdraws them first: {@link MilestonesAtShipmentTest}): the client gets no checklist after the goods arrived
 * and no task opens or escalates. The milestones still waiting are withdrawn (their process ends, a checklist still in the outbox is
 * withdrawn, the API shows WITHDRAWN with the reason); a confirmed one stays confirmed; a milestone for the delivered
 * order is a 409 naming the day of the delivery. Before, the checklists went out after the delivery and the open task
 * escalated to the managers.
 */
@MeridianTest
class MilestonesAtDeliveryTest {

    /** Monday 11 January 2027, 10:00 in Shanghai, 03:00 in Berlin. */
    static final Instant START = Instant.parse("2027-01-11T02:00:00Z");
    /** The same Monday, 08:00 in Berlin: the German client's opening. */
    static final Instant BERLIN_OPENS = Instant.parse("2027-01-11T07:00:00Z");
    /** The same Monday, 10:00 in Berlin: the goods arrive. */
    static final Instant DELIVERED = Instant.parse("2027-01-11T09:00:00Z");

    @RegisterExtension
    final EngineClock clock = EngineClock.at(START);

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ApiCalls api;
    @Autowired
    OrderLedger orders;

    @AfterEach
    void everyTaskHadItsDueAndFollowUpDates() {
        TaskDates.assertEveryTaskHadDueAndFollowUpDates(engine);
    }

    @Test
    void shouldWithdrawTheMilestonesStillWaitingWhenTheOrderIsDeliveredAndSendNoChecklistAfterIt() {
        String email = "weber-delivered-ms@weber.example";
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", email), "2027-02-22");
        String order = OrderFixture.orderId(engine, journey);
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, journey);
        String number = (String) engine.getRuntimeService().getVariable(fulfilment.getId(), OrderMilestone.Var.ORDER_NUMBER);
        String path = "/api/orders/" + order + "/milestones";

        // confirmed before the delivery: its checklist went out (Friday 8 January was its day, so at once)
        String production = created(post(path, "{\"name\": \"Production start\", \"dueOn\": \"2027-01-13\", \"checklist\": [\"Colour samples signed\"]}"));
        // asked today at the client's opening: its checklist still waits in the outbox when the goods arrive
        String samples = created(post(path, "{\"name\": \"Sample approval\", \"dueOn\": \"2027-01-14\", \"checklist\": [\"Golden sample signed\"]}"));
        // planned: its checklist would go on Friday 5 February
        String inspection = created(post(path, "{\"name\": \"Pre-shipment inspection\", \"dueOn\": \"2027-02-10\", \"checklist\": [\"AQL level II agreed\"]}"));
        // after the promised delivery (Mon 22 February): taken, as the promise may slip and a late order still ships
        String reinspection = created(post(path, "{\"name\": \"Re-inspection\", \"dueOn\": \"2027-03-03\", \"checklist\": [\"Rework accepted\"]}"));

        ClockUtil.setCurrentTime(Date.from(BERLIN_OPENS));
        ask(production);
        mail.deliverDue();
        assertThat(mail.receivedBy(email)).extracting(ReceivedMail::subject).filteredOn(s -> s.contains("Production start")).hasSize(1);
        assertThat(post(path + "/" + production + "/confirmation", "{\"confirmedBy\": \"Jan Weber\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        ask(samples);
        assertThat(checklists(order)).extracting(m -> m.path("status").asText()).containsExactly("SENT", "PLANNED");
        assertThat(milestone(samples)).isWaitingAt(Activity.CONFIRM_MILESTONE);
        ProcessInstance planned = milestone(inspection);
        assertThat(planned).isWaitingAt(Activity.ASKED_OR_CONFIRMED);

        // the goods arrive early, the same day
        deliver(order, fulfilment);

        String reason = "Withdrawn at the delivery: order " + number + " was delivered on Mon 11 Jan 2027 in the client's time zone"
            + " Europe/Berlin before the client confirmed this milestone; no checklist goes to the client and no task opens after the goods arrived.";
        List<JsonNode> listed = list(path);
        assertThat(listed).extracting(m -> m.path("name").asText() + ": " + m.path("state").asText())
            .containsExactly("Production start: CONFIRMED", "Sample approval: WITHDRAWN", "Pre-shipment inspection: WITHDRAWN",
                "Re-inspection: WITHDRAWN");
        assertThat(listed.get(0).path("withdrawalReason").isNull()).as("a confirmed milestone stays as it was").isTrue();
        assertThat(listed.get(0).path("confirmedBy").asText()).isEqualTo("Jan Weber");
        assertThat(listed.subList(1, 4)).allSatisfy(m -> {
            assertThat(m.path("withdrawalReason").asText()).isEqualTo(reason);
            assertThat(Instant.parse(m.path("withdrawnAt").asText())).isEqualTo(DELIVERED);
        });

        // no process, task or timer left, in Tasklist or among the order's current steps; the history says why
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(OrderMilestone.KEY)
            .variableValueEquals(OrderMilestone.Var.ORDER_ID, order).count()).isZero();
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey(Activity.CONFIRM_MILESTONE)
            .processInstanceBusinessKey(samples).count()).isZero();
        ResponseEntity<JsonNode> record = http.withBasicAuth("olivia", "demo").getForEntity("/api/orders/" + order, JsonNode.class);
        assertThat(record.getBody().toString()).doesNotContain(OrderMilestone.KEY);
        for (String id : List.of(samples, inspection, reinspection)) {
            HistoricProcessInstance ended = engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(id)
                .singleResult();
            assertThat(ended.getDeleteReason()).isEqualTo(reason);
            assertThat(engine.getTaskService().getProcessInstanceComments(ended.getId())).extracting(Comment::getFullMessage)
                .containsExactly(reason);
        }

        // the checklist that waited is withdrawn; none goes out, on its day or the inspection's
        assertThat(checklists(order)).extracting(m -> m.path("status").asText() + ": " + m.path("lastError").asText())
            .containsExactly("SENT: null", "WITHDRAWN: withdrawn before it went out: order " + number
                + " was delivered on Mon 11 Jan 2027 in the client's time zone Europe/Berlin");
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-10T07:00:00Z")));
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(planned.getId()).count()).isZero();
        mail.deliverDue();
        assertThat(mail.receivedBy(email)).extracting(ReceivedMail::subject).noneMatch(s -> s.contains("Sample approval"))
            .noneMatch(s -> s.contains("Pre-shipment inspection"));

        // after the delivery: no milestone is planned, and a withdrawn one is not confirmed
        ResponseEntity<JsonNode> late = post(path, "{\"name\": \"Claim window\", \"dueOn\": \"2027-02-17\", \"checklist\": [\"Goods checked\"]}");
        assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(late.getBody().path("detail").asText()).isEqualTo("order " + number + " was delivered on Mon 11 Jan 2027 in the"
            + " client's time zone Europe/Berlin: no milestone is planned after the delivery (the client gets no checklist after the"
            + " goods arrived); a problem the client has with the goods is a complaint (POST /api/complaints)");
        ResponseEntity<JsonNode> lateAndWrong = post(path, "{\"name\": \" \", \"dueOn\": \"2027-01-04\", \"checklist\": []}");
        assertThat(lateAndWrong.getStatusCode()).as("no body makes a milestone of a delivered order: the state answers first")
            .isEqualTo(HttpStatus.CONFLICT);
        assertThat(lateAndWrong.getBody().path("detail").asText()).startsWith("order " + number + " was delivered on Mon 11 Jan 2027");
        ResponseEntity<JsonNode> confirmation = post(path + "/" + samples + "/confirmation", "{}");
        assertThat(confirmation.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(confirmation.getBody().path("detail").asText()).startsWith("milestone 'Sample approval' was withdrawn").endsWith(reason);
        assertThat(list(path)).hasSize(4);
    }

    /** The timer of the milestone fires now and its checklist step runs: the checklist is planned and the task opens. */
    private void ask(String milestoneId) {
        ProcessInstance pi = milestone(milestoneId);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        engine.getManagementService().executeJob(timer.getId());
        AsyncContinuations.run(engine, pi.getId());
        assertThat(pi).isWaitingAt(Activity.CONFIRM_MILESTONE);
    }

    private void deliver(String order, ProcessInstance fulfilment) {
        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment), withVariables("progressPercent", 100, "stockComplete", true));
        AsyncContinuations.runAll(engine);
        complete(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment));
        AsyncContinuations.runAll(engine);
        complete(task(OrderFulfilment.Activity.CLEAR_CUSTOMS, fulfilment), withVariables(OrderFulfilment.Var.CUSTOMS_DECLARATION_NUMBER, "CN-2027-0011"));
        AsyncContinuations.runAll(engine);
        shippedAsBefore(order, fulfilment);
        ClockUtil.setCurrentTime(Date.from(DELIVERED));
        ResponseEntity<JsonNode> delivered = post("/api/orders/" + order + "/delivery", "{}");
        assertThat(delivered.getStatusCode()).as(String.valueOf(delivered.getBody())).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
        assertThat(fulfilment).isEnded();
    }

    /**
     * Shipped as order fulfilment's former version shipped, before the shipment withdrew the milestones (its fulfilment
     * started on that version and runs on it): the ledger says SHIPPED and the fulfilment waits for the delivery, the
     * milestones still open. Today's shipment withdraws them itself ({@link MilestonesAtShipmentTest}).
     */
    private void shippedAsBefore(String order, ProcessInstance fulfilment) {
        orders.shipped(order, "Maersk", "MAEU11", ClockUtil.now().toInstant());
        engine.getRuntimeService().createProcessInstanceModification(fulfilment.getId())
            .cancelAllForActivity(OrderFulfilment.Activity.AWAIT_SHIPMENT)
            .startBeforeActivity("waitForDelivery")
            .execute(true, false);
        AsyncContinuations.runAll(engine);
    }

    private List<JsonNode> checklists(String order) {
        ResponseEntity<JsonNode> r = http.withBasicAuth("olivia", "demo").getForEntity("/api/orders/" + order + "/messages", JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> all = new ArrayList<>();
        r.getBody().forEach(m -> {
            if ("MILESTONE_CHECKLIST".equals(m.path("messageKind").asText())) {
                all.add(m);
            }
        });
        return all;
    }

    private ProcessInstance milestone(String id) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(OrderMilestone.KEY)
            .processInstanceBusinessKey(id).singleResult();
    }

    private static String created(ResponseEntity<JsonNode> answer) {
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.CREATED);
        return answer.getBody().path("id").asText();
    }

    private List<JsonNode> list(String path) {
        ResponseEntity<JsonNode> r = http.withBasicAuth("olivia", "demo").getForEntity(path, JsonNode.class);
        assertThat(r.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> all = new ArrayList<>();
        r.getBody().forEach(all::add);
        return all;
    }

    private ResponseEntity<JsonNode> post(String path, String body) {
        return api.post(path, body, "shop");
    }
}
