package io.meridian.order;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;


import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** "Update production progress" over engine-rest as Tasklist's form sends it, and without the form's checkbox. */
@MeridianTest
class ProductionProgressTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;

    @Test
    void shouldTakeAnUpdateWithoutStockCompleteAsTheUntickedBoxAndRefuseAValueThatIsNotTrueOrFalse() {
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine,
            OrderFixture.confirmedOrder(engine, startVariables("DE", "progress-no-box@example.com"), "2027-02-22"));
        String first = task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment).getId();

        ResponseEntity<JsonNode> noBox = update(fulfilment, "{\"progressPercent\": {\"value\": 40, \"type\": \"Long\"}}");
        assertThat(noBox.getStatusCode()).as(String.valueOf(noBox.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        BpmnAwareTests.assertThat(fulfilment).as("not complete: the update comes again")
            .isWaitingAt(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS);
        String next = task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment).getId();
        assertThat(next).isNotEqualTo(first);

        ResponseEntity<JsonNode> yes = update(fulfilment,
            "{\"progressPercent\": {\"value\": 100, \"type\": \"Long\"}, \"stockComplete\": {\"value\": \"yes\"}}");
        assertThat(yes.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(yes.getBody().path("message").asText()).isEqualTo("stockComplete 'yes' is not true or false: tick \"Stock is complete\""
            + " (true, a Boolean over engine-rest) once all the stock is made, or leave it unticked (false, or leave it out) while"
            + " production goes on");
        assertThat(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment).getId()).as("the task stays open").isEqualTo(next);

        // the progress the form requires, 0 to 100: over engine-rest too, named with its range
        ResponseEntity<JsonNode> tooMuch = update(fulfilment, "{\"progressPercent\": {\"value\": 140, \"type\": \"Long\"}}");
        assertThat(tooMuch.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooMuch.getBody().path("message").asText()).startsWith("progressPercent must be between 0 and 100");
        assertThat(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment).getId()).as("the task stays open").isEqualTo(next);

        ResponseEntity<JsonNode> complete = update(fulfilment,
            "{\"progressPercent\": {\"value\": 100, \"type\": \"Long\"}, \"stockComplete\": {\"value\": true}}");
        assertThat(complete.getStatusCode()).as(String.valueOf(complete.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        BpmnAwareTests.assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.NOTIFY_STOCK_READY);
    }

    @Test
    void shouldRefuseStockCompleteTickedBeforeProductionReachesAHundredPercent() {
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine,
            OrderFixture.confirmedOrder(engine, startVariables("SA", "progress-forty@example.com"), "2027-02-23"));
        String open = task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment).getId();

        // found in Tasklist: 40 % with the box ticked went through, and the client was to be told the stock is ready
        ResponseEntity<JsonNode> forty = update(fulfilment,
            "{\"progressPercent\": {\"value\": 40, \"type\": \"Long\"}, \"stockComplete\": {\"value\": true}}");
        assertThat(forty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(forty.getBody().path("message").asText()).isEqualTo("stockComplete is ticked (\"Stock is complete\") at a production"
            + " progress of 40 %: the client is then told the stock is ready to ship. Tick it only once everything is made, at"
            + " 100 %, or leave it unticked while production goes on");
        BpmnAwareTests.assertThat(fulfilment).as("no stock-ready notice").isWaitingAt(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS);
        assertThat(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment).getId()).as("the task stays open").isEqualTo(open);
    }

    @Test
    void shouldRefuseAHundredPercentWithoutStockCompleteTicked() {
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine,
            OrderFixture.confirmedOrder(engine, startVariables("DE", "progress-hundred@example.com"), "2027-02-22"));
        String open = task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment).getId();
        String refusal = "progressPercent is 100 % but \"Stock is complete\" (stockComplete) is not ticked: tick it once everything is"
            + " made, or give the percentage still in production";

        // found in Tasklist: 100 % with the box left unticked went through, and the order waited for a completion already reported
        ResponseEntity<JsonNode> unticked = update(fulfilment,
            "{\"progressPercent\": {\"value\": 100, \"type\": \"Long\"}, \"stockComplete\": {\"value\": false}}");
        assertThat(unticked.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unticked.getBody().path("message").asText()).isEqualTo(refusal);
        ResponseEntity<JsonNode> leftOut = update(fulfilment, "{\"progressPercent\": {\"value\": 100, \"type\": \"Long\"}}");
        assertThat(leftOut.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(leftOut.getBody().path("message").asText()).isEqualTo(refusal);
        assertThat(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment).getId()).as("the task stays open").isEqualTo(open);

        // Tasklist's form submission reads it in the form's words: both fields by their labels
        ResponseEntity<JsonNode> form = api.post("/engine-rest/task/" + open + "/submit-form", "{\"variables\": "
            + "{\"progressPercent\": {\"value\": 100, \"type\": \"Long\"}, \"stockComplete\": {\"value\": false}}}", "olivia");
        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(form.getBody().path("message").asText()).isEqualTo("Production progress is 100 % but \"Stock is complete\" is not"
            + " ticked: tick it once everything is made, or give the percentage still in production");

        // 99 % unticked is production going on; the update comes again
        ResponseEntity<JsonNode> almost = update(fulfilment, "{\"progressPercent\": {\"value\": 99, \"type\": \"Long\"}}");
        assertThat(almost.getStatusCode()).as(String.valueOf(almost.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
        BpmnAwareTests.assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS);
    }

    /** The order desk (olivia) completes "Update production progress" as Tasklist does, over engine-rest. */
    private ResponseEntity<JsonNode> update(ProcessInstance fulfilment, String variables) {
        ResponseEntity<JsonNode> answer = api.post("/engine-rest/task/" + task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment).getId()
            + "/complete", "{\"variables\": " + variables + "}", "olivia");
        AsyncContinuations.runAll(engine);
        return answer;
    }
}
