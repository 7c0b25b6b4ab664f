package io.meridian.milestone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.milestone.OrderMilestone.Activity;
import io.meridian.testsupport.ApiCalls;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** What the milestone tests do over the API and on the engine: plan, ask, list a milestone and an order's checklists. */
record MilestoneSteps(ProcessEngine engine, ApiCalls api) {

    /** Plans a milestone as the integration user; the answer whatever its status. */
    ResponseEntity<JsonNode> plan(String orderId, String name, String dueOn, String item) {
        return api.post("/api/orders/" + orderId + "/milestones",
            "{\"name\": \"" + name + "\", \"dueOn\": \"" + dueOn + "\", \"checklist\": [\"" + item + "\"]}", "shop");
    }

    /** Plans a milestone that must be taken: its id. */
    String planned(String orderId, String name, String dueOn, String item) {
        ResponseEntity<JsonNode> answer = plan(orderId, name, dueOn, item);
        assertThat(answer.getStatusCode()).as(String.valueOf(answer.getBody())).isEqualTo(HttpStatus.CREATED);
        return answer.getBody().path("id").asText();
    }

    /** The timer of the milestone fires now and its checklist step runs: the checklist is planned and the task opens. */
    void ask(String milestoneId) {
        ProcessInstance pi = process(milestoneId);
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
        engine.getManagementService().executeJob(timer.getId());
        AsyncContinuations.run(engine, pi.getId());
        assertThat(pi).isWaitingAt(Activity.CONFIRM_MILESTONE);
    }

    /** The running process of a milestone, null when none runs. */
    ProcessInstance process(String milestoneId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(OrderMilestone.KEY)
            .processInstanceBusinessKey(milestoneId).singleResult();
    }

    /** How many milestone processes run for the order. */
    long running(String orderId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(OrderMilestone.KEY)
            .variableValueEquals(OrderMilestone.Var.ORDER_ID, orderId).count();
    }

    /** GET /api/orders/{id}/milestones as the order desk. */
    List<JsonNode> list(String orderId) {
        return array("/api/orders/" + orderId + "/milestones");
    }

    /** The order's client emails (GET /api/orders/{id}/messages). */
    List<JsonNode> messages(String orderId) {
        return array("/api/orders/" + orderId + "/messages");
    }

    /** The order's checklist emails (GET /api/orders/{id}/messages). */
    List<JsonNode> checklists(String orderId) {
        return array("/api/orders/" + orderId + "/messages").stream()
            .filter(m -> "MILESTONE_CHECKLIST".equals(m.path("messageKind").asText())).toList();
    }

    private List<JsonNode> array(String path) {
        ResponseEntity<JsonNode> r = api.get(path, "olivia");
        assertThat(r.getStatusCode()).as(String.valueOf(r.getBody())).isEqualTo(HttpStatus.OK);
        List<JsonNode> all = new ArrayList<>();
        r.getBody().forEach(all::add);
        return all;
    }
}
