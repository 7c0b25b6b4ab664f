package io.meridian.order;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static io.meridian.testsupport.TaskBriefings.briefing;
import static io.meridian.testsupport.TaskBriefings.openTask;
import static io.meridian.testsupport.TasklistSession.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.emergency.EmergencyPlan;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.outbox.MailServerFixture;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import io.meridian.testsupport.TasklistSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Logistics hears from the carrier on "Check delivery" that the goods are held on the way, and reports the hold in Tasklist:
 * the same logistics hold as {@code POST /api/orders/{id}/exceptions} raises (same message, same emergency plan and roles,
 * same records), once. Its briefing had sent them to a call they could not make from Tasklist.
 */
@MeridianTest
class DeliveryCheckHoldTest {

    private static final String HELD_DESCRIPTION = "Held at Port of Ningbo: The port is closed by a typhoon; the carrier expects:"
        + " It reopens on Thursday 14 January";

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);
    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;

    @Test
    void shouldRaiseTheSameLogisticsHoldAsTheApiWhenLogisticsReportsTheGoodsHeld() {
        ProcessInstance fulfilment = atCheckDelivery("held-form@weber.example");
        String order = fulfilment.getBusinessKey();
        Task check = openTask(engine, OrderFulfilment.Activity.CHECK_DELIVERY, fulfilment.getId());

        HttpResponse<String> done = TasklistSession.logIn(port, "leo").submitForm(check.getId(), held(
            "Port of Ningbo", "The port is closed by a typhoon.", "It reopens on Thursday 14 January"));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        AsyncContinuations.runAll(engine);

        ProcessInstance plan = onlyPlan(order);
        Map<String, Object> planVariables = engine.getRuntimeService().getVariables(plan.getId());
        assertThat(planVariables).containsEntry(EmergencyPlan.Var.KIND, "LOGISTICS_HOLD")
            .containsEntry(EmergencyPlan.Var.DESCRIPTION, HELD_DESCRIPTION);
        assertThat(steps(order, "leo")).as("the order's API shows the plan's roles, as for a hold posted to it")
            .contains("talkToSupplier", "sendExceptionNotice", "designFix");

        // the same hold posted over the API on another order at the same step: the same path, plan and roles
        ProcessInstance other = atCheckDelivery("held-api@weber.example");
        assertThat(TasklistSession.logIn(port, "leo").submitForm(openTask(engine, OrderFulfilment.Activity.CHECK_DELIVERY, other.getId())
            .getId(), Map.of(OrderFulfilment.Var.GOODS_HELD, false, OrderFulfilment.Var.DELIVERY_CHECK_NOTE, HELD_DESCRIPTION))
            .statusCode()).isEqualTo(204);
        assertThat(api.post("/api/orders/" + other.getBusinessKey() + "/exceptions", "{\"kind\": \"LOGISTICS_HOLD\", \"description\": \""
            + HELD_DESCRIPTION + "\"}", "leo").getStatusCode()).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
        ProcessInstance apiPlan = onlyPlan(other.getBusinessKey());
        assertThat(exceptionPath(fulfilment)).isEqualTo(exceptionPath(other)).contains("fulfilmentExceptionRaised", "runEmergencyPlan");
        assertThat(engine.getRuntimeService().getVariables(plan.getId()).keySet())
            .containsExactlyInAnyOrderElementsOf(engine.getRuntimeService().getVariables(apiPlan.getId()).keySet());
        assertThat(roles(plan)).isEqualTo(roles(apiPlan)).containsEntry("talkToSupplier", Set.of("logistics"))
            .containsEntry("sendExceptionNotice", Set.of("sales"));

        // the form's hold fields stay with the hold, not on the order: the next check opens unticked and raises no second hold
        Map<String, Object> kept = engine.getRuntimeService().getVariables(fulfilment.getId());
        assertThat(kept).doesNotContainKeys(OrderFulfilment.Var.GOODS_HELD, OrderFulfilment.Var.HOLD_LOCATION,
            OrderFulfilment.Var.HOLD_REASON, OrderFulfilment.Var.HOLD_CARRIER_EXPECTS)
            .containsEntry(OrderFulfilment.Var.DELIVERY_CHECK_NOTE, HELD_DESCRIPTION);
        Task next = nextCheck(fulfilment);
        assertThat(briefing(engine, next)).as("what the client was told: nothing yet, and who tells them")
            .contains("**Client last told:** nothing yet: no exception notice has gone to the client on the logistics hold: "
                + HELD_DESCRIPTION + " (Sales (sales), \"Inform the client\").");
        HttpResponse<String> again = TasklistSession.logIn(port, "leo").submitForm(next.getId(),
            Map.of(OrderFulfilment.Var.GOODS_HELD, false, OrderFulfilment.Var.DELIVERY_CHECK_NOTE, "Still at the port"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(204);
        AsyncContinuations.runAll(engine);
        assertThat(plans(order)).as("one hold, once").hasSize(1);
    }

    /**
     * The carrier says on the next "Check delivery" that the goods are still held at the port for the typhoon: ticked again, the
     * client would get a second "goods held" notice for the hold they are being told of. Refused on the form, naming the open
     * hold and when it was raised, and so over the API (409); a hold elsewhere is another hold.
     */
    @Test
    void shouldRefuseTheSameHoldAgainWhileItIsOpen() {
        ProcessInstance fulfilment = atCheckDelivery("held-twice@weber.example");
        String order = fulfilment.getBusinessKey();
        assertThat(TasklistSession.logIn(port, "leo").submitForm(openTask(engine, OrderFulfilment.Activity.CHECK_DELIVERY,
            fulfilment.getId()).getId(), held("Port of Ningbo", "The port is closed by a typhoon.", "It reopens on Thursday 14 January"))
            .statusCode()).isEqualTo(204);
        AsyncContinuations.runAll(engine);
        String open = "\"" + HELD_DESCRIPTION + "\", raised Mon 11 Jan 2027 10:00 (Asia/Shanghai), and its emergency plan still runs:"
            + " the client hears of it in that plan's exception notice. Reported again, the client would get a second notice that the"
            + " goods are held: note what the carrier says now without reporting a hold, or report a hold at another place or for"
            + " another reason";

        Task next = nextCheck(fulfilment);
        HttpResponse<String> again = TasklistSession.logIn(port, "leo").submitForm(next.getId(),
            held("Port of Ningbo", "the port is closed by a typhoon", "Not before Monday 18 January"));
        assertThat(again.statusCode()).as(again.body()).isEqualTo(400);
        assertThat(message(again)).isEqualTo("This logistics hold is open already: " + open);
        assertThat(engine.getTaskService().createTaskQuery().taskId(next.getId()).count()).as("the task stays open").isEqualTo(1);

        ResponseEntity<JsonNode> posted = api.post("/api/orders/" + order + "/exceptions", "{\"kind\": \"LOGISTICS_HOLD\","
            + " \"description\": \"" + HELD_DESCRIPTION + "\"}", "leo");
        assertThat(posted.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(posted.getBody().path("detail").asText()).endsWith(": this logistics hold is open already: " + open);
        AsyncContinuations.runAll(engine);
        assertThat(plans(order)).as("one plan, one notice to the client").hasSize(1);

        // held somewhere else too: another hold, raised
        assertThat(TasklistSession.logIn(port, "leo").submitForm(next.getId(), held("Hamburg container terminal", "Customs inspection",
            "Released within two days")).statusCode()).isEqualTo(204);
        AsyncContinuations.runAll(engine);
        assertThat(plans(order)).hasSize(2);
    }

    /**
     * Logistics talked to the carrier, not to the client: the client hears of the hold from sales' exception notice, signed by
     * the salesperson who wrote it, not by whoever checked the delivery, and the next check says that notice is what the
     * client was last told.
     */
    @Test
    void shouldHaveSalesTellTheClientAndTheNextCheckNameWhatTheClientWasLastTold() {
        ProcessInstance fulfilment = atCheckDelivery("held-told@weber.example");
        Task check = openTask(engine, OrderFulfilment.Activity.CHECK_DELIVERY, fulfilment.getId());
        assertThat(TasklistSession.logIn(port, "leo").submitForm(check.getId(), held("Port of Ningbo", "The port is closed by a typhoon.",
            "It reopens on Thursday 14 January")).statusCode()).isEqualTo(204);
        AsyncContinuations.runAll(engine);
        Task inform = openTask(engine, EmergencyPlan.Activity.SEND_EXCEPTION_NOTICE, onlyPlan(fulfilment.getBusinessKey()).getId());

        HttpResponse<String> told = TasklistSession.logIn(port, "sam").submitForm(inform.getId(), Map.of(
            EmergencyPlan.Var.CAUSE, "A typhoon closed the Port of Ningbo", EmergencyPlan.Var.SOLUTION, "The goods leave on the first vessel",
            EmergencyPlan.Var.EXPECTED_RECOVERY, "2027-01-20"));
        assertThat(told.statusCode()).as(told.body()).isEqualTo(204);
        AsyncContinuations.runAll(engine);

        mail.deliverDue();
        assertThat(mail.receivedBy("held-told@weber.example")).filteredOn(m -> m.subject().contains("logistics hold")).singleElement()
            .satisfies(m -> assertThat(m.body()).contains("Sam Demo\nMeridian Demo Trading Co., Ltd.\nExport sales").doesNotContain("Leo"));
        assertThat(briefing(engine, nextCheck(fulfilment))).contains("**Client last told:** the exception notice of Mon 11 Jan 2027"
            + " 10:00 team time (Asia/Shanghai) = Mon 11 Jan 2027 03:00 client time (Europe/Berlin), on the logistics hold: "
            + HELD_DESCRIPTION + ": cause: A typhoon closed the Port of Ningbo; solution: The goods leave on the first vessel;"
            + " expected recovery: 2027-01-20. Keep to it with the client.");
    }

    @Test
    void shouldRefuseAHoldWithoutItsReasonAndRaiseNothing() {
        ProcessInstance fulfilment = atCheckDelivery("held-no-reason@weber.example");
        Task check = openTask(engine, OrderFulfilment.Activity.CHECK_DELIVERY, fulfilment.getId());
        Map<String, Object> noReason = new LinkedHashMap<>(held("Port of Ningbo", " ", "It reopens on Thursday"));

        HttpResponse<String> refused = TasklistSession.logIn(port, "leo").submitForm(check.getId(), noReason);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(message(refused)).isEqualTo("Why they are held is required when the goods are held: the carrier's reason, e.g. the"
            + " port is closed by a typhoon");

        // over engine-rest the variables' names; a hold described without the box ticked is refused, not dropped
        noReason.remove(OrderFulfilment.Var.GOODS_HELD);
        noReason.put(OrderFulfilment.Var.HOLD_REASON, "Typhoon");
        ResponseEntity<JsonNode> unticked = api.post("/engine-rest/task/" + check.getId() + "/complete", variables(noReason), "leo");
        assertThat(unticked.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unticked.getBody().path("message").asText()).isEqualTo("goodsHeld is not ticked, but holdLocation, holdReason,"
            + " holdCarrierExpects describe a hold: tick it to report the logistics hold, or leave them out");

        assertThat(engine.getTaskService().createTaskQuery().taskId(check.getId()).count()).as("the task stays open").isEqualTo(1);
        assertThat(plans(fulfilment.getBusinessKey())).as("no hold raised").isEmpty();
    }

    @Test
    void shouldKeepTheCarriersNoteAndRaiseNothingWhenTheGoodsAreNotHeld() {
        ProcessInstance fulfilment = atCheckDelivery("not-held@weber.example");
        Task check = openTask(engine, OrderFulfilment.Activity.CHECK_DELIVERY, fulfilment.getId());

        HttpResponse<String> done = TasklistSession.logIn(port, "leo").submitForm(check.getId(),
            Map.of(OrderFulfilment.Var.GOODS_HELD, false, OrderFulfilment.Var.DELIVERY_CHECK_NOTE, "On the truck, arrives tomorrow"));
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        AsyncContinuations.runAll(engine);

        assertThat(plans(fulfilment.getBusinessKey())).isEmpty();
        assertThat(engine.getRuntimeService().getVariable(fulfilment.getId(), OrderFulfilment.Var.DELIVERY_CHECK_NOTE))
            .isEqualTo("On the truck, arrives tomorrow");
        Task next = nextCheck(fulfilment);
        assertThat(briefing(engine, next)).as("talking to the carrier told the client nothing")
            .doesNotContain("**Client last told:**");

        // the goods are held by the next check: what the carrier said is the hold now, not the truck of the day before
        assertThat(TasklistSession.logIn(port, "leo").submitForm(next.getId(), held("Port of Ningbo", "The port is closed by a typhoon.",
            "It reopens on Thursday 14 January")).statusCode()).isEqualTo(204);
        assertThat(engine.getRuntimeService().getVariable(fulfilment.getId(), OrderFulfilment.Var.DELIVERY_CHECK_NOTE))
            .isEqualTo(HELD_DESCRIPTION);
    }

    /** A German client's order, shipped, whose promised delivery passed unreported: "Check delivery" is open. */
    private ProcessInstance atCheckDelivery(String email) {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", email), "2027-02-22");
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, journey);
        OrderFixture.readyToShip(engine, fulfilment);
        assertThat(api.post("/api/orders/" + fulfilment.getBusinessKey() + "/shipment", "{\"trackingNumber\": \"MAEU7\"}", "shop")
            .getStatusCode()).isEqualTo(HttpStatus.OK);
        AsyncContinuations.runAll(engine);
        nextCheck(fulfilment);
        return fulfilment;
    }

    /** Fires the timer that asks logistics to check the delivery: the open "Check delivery". */
    private Task nextCheck(ProcessInstance fulfilment) {
        String job = engine.getManagementService().createJobQuery().processInstanceId(fulfilment.getId())
            .activityId(OrderFulfilment.Activity.DELIVERY_OVERDUE).singleResult().getId();
        engine.getManagementService().executeJob(job);
        return openTask(engine, OrderFulfilment.Activity.CHECK_DELIVERY, fulfilment.getId());
    }

    private static Map<String, Object> held(String where, String why, String expects) {
        return Map.of(OrderFulfilment.Var.GOODS_HELD, true, OrderFulfilment.Var.HOLD_LOCATION, where,
            OrderFulfilment.Var.HOLD_REASON, why, OrderFulfilment.Var.HOLD_CARRIER_EXPECTS, expects);
    }

    private static String variables(Map<String, Object> values) {
        List<String> parts = new ArrayList<>();
        values.forEach((name, value) -> parts.add("\"" + name + "\": {\"value\": \"" + value + "\"}"));
        return "{\"variables\": {" + String.join(", ", parts) + "}}";
    }

    private List<ProcessInstance> plans(String order) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EmergencyPlan.KEY)
            .processInstanceBusinessKey(order).list();
    }

    private ProcessInstance onlyPlan(String order) {
        List<ProcessInstance> plans = plans(order);
        assertThat(plans).as("the emergency plans of order %s", order).hasSize(1);
        return plans.get(0);
    }

    private List<String> steps(String order, String user) {
        ResponseEntity<JsonNode> answer = api.get("/api/orders/" + order, user);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> ids = new ArrayList<>();
        answer.getBody().path("currentSteps").forEach(s -> ids.add(s.path("activityId").asText()));
        return ids;
    }

    /** The fulfilment's steps of the exception, in the order they ran. */
    private List<String> exceptionPath(ProcessInstance fulfilment) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(fulfilment.getId())
            .orderByHistoricActivityInstanceStartTime().asc().list().stream().map(HistoricActivityInstance::getActivityId)
            .filter(id -> id.equals("handleFulfilmentException") || id.equals("fulfilmentExceptionRaised") || id.equals("runEmergencyPlan"))
            .toList();
    }

    /** Each open role of the plan with its candidate groups. */
    private Map<String, Set<String>> roles(ProcessInstance plan) {
        Map<String, Set<String>> roles = new TreeMap<>();
        for (Task role : engine.getTaskService().createTaskQuery().processInstanceId(plan.getId()).list()) {
            Set<String> groups = new TreeSet<>();
            for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(role.getId())) {
                if ("candidate".equals(link.getType()) && link.getGroupId() != null) {
                    groups.add(link.getGroupId());
                }
            }
            roles.put(role.getTaskDefinitionKey(), groups);
        }
        return roles;
    }
}
