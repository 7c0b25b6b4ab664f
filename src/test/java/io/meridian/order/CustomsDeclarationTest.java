package io.meridian.order;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;


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

/** "Clear customs" takes the number customs gave the export declaration, in any country's format, and refuses a slip such as "x". */
@MeridianTest
class CustomsDeclarationTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;

    @Test
    void shouldRefuseACustomsNumberThatIsNoDeclarationNumberSayingWhatOneLooksLike() {
        ProcessInstance fulfilment = atClearCustoms("customs-x@example.com");

        for (String slip : new String[] {"x", "12", "pending", "CN 2027 0001", "CN-2027-0001-", "#2027000123"}) {
            ResponseEntity<JsonNode> refused = clearCustoms(fulfilment, slip);
            assertThat(refused.getStatusCode()).as(slip).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody().path("message").asText()).as(slip).isEqualTo("customsDeclarationNumber '" + slip + "' is not a"
                + " customs declaration number: give 6 to 35 letters and digits, with - or / between them where the number has them, as"
                + " customs issued it (e.g. an EU or UK MRN 26DE123456789012A3, a US ITN X20270112123456, a Chinese 18-digit declaration number)");
        }
        ResponseEntity<JsonNode> missing = clearCustoms(fulfilment, " ");
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missing.getBody().path("message").asText()).startsWith("customsDeclarationNumber is required: the number customs gave");
        BpmnAwareTests.assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.CLEAR_CUSTOMS);
    }

    @Test
    void shouldTakeTheDeclarationNumbersOfDifferentCountries() {
        // an EU MRN, a US ITN, a US CBP entry number, a Chinese 18-digit declaration number, a broker's reference with a slash
        for (String number : new String[] {"26DE123456789012A3", "X20270112123456", "ABC-1234567-8", "310120270000123456", "IN/7654321"}) {
            ProcessInstance fulfilment = atClearCustoms("customs-" + number.replace('/', '-').toLowerCase() + "@example.com");
            assertThat(clearCustoms(fulfilment, number).getStatusCode()).as(number).isEqualTo(HttpStatus.NO_CONTENT);
            BpmnAwareTests.assertThat(fulfilment).as(number).hasPassed(OrderFulfilment.Activity.CLEAR_CUSTOMS);
        }
    }

    /** An order whose stock is complete and the client told: its fulfilment waits at "Clear customs". */
    private ProcessInstance atClearCustoms(String email) {
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, OrderFixture.confirmedOrder(engine, startVariables("DE", email), "2027-02-22"));
        complete(task(OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment),
            withVariables(OrderFulfilment.Var.PROGRESS_PERCENT, 100L, OrderFulfilment.Var.STOCK_COMPLETE, true));
        AsyncContinuations.runAll(engine);
        complete(task(OrderFulfilment.Activity.NOTIFY_STOCK_READY, fulfilment));
        AsyncContinuations.runAll(engine);
        BpmnAwareTests.assertThat(fulfilment).isWaitingAt(OrderFulfilment.Activity.CLEAR_CUSTOMS);
        return fulfilment;
    }

    /** Logistics (leo) completes "Clear customs" as Tasklist does, over engine-rest. */
    private ResponseEntity<JsonNode> clearCustoms(ProcessInstance fulfilment, String number) {
        String body = "{\"variables\": {\"customsDeclarationNumber\": {\"value\": \"" + number + "\"}}}";
        ResponseEntity<JsonNode> answer = api.post("/engine-rest/task/" + task(OrderFulfilment.Activity.CLEAR_CUSTOMS, fulfilment).getId() + "/complete",
            body, "leo");
        AsyncContinuations.runAll(engine);
        return answer;
    }
}
