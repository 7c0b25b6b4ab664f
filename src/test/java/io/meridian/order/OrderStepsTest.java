package io.meridian.order;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;


import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * {@code GET /api/orders/{id}} lists every step the order waits at: its journey's and fulfilment's, and those of the
 * processes that run beside them for the order (its progress reports), which it had left out.
 */
@MeridianTest
class OrderStepsTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;

    @Test
    void shouldListTheStepsOfTheProcessesThatRunBesideTheOrder() {
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "order-steps@example.com"), "2027-02-22");
        String order = OrderFixture.orderId(engine, journey);
        long besideOrder = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("progressReports")
            .variableValueEquals("orderId", order).count();
        assertThat(besideOrder).as("the order's progress reports run").isEqualTo(1);

        JsonNode steps = http.withBasicAuth("olivia", "demo").getForEntity("/api/orders/" + order, JsonNode.class).getBody().path("currentSteps");

        assertThat(steps).extracting(s -> s.path("processDefinitionKey").asText())
            .contains("orderFulfilment", "progressReports");
        assertThat(steps).filteredOn(s -> s.path("processDefinitionKey").asText().equals("orderFulfilment"))
            .extracting(s -> s.path("activityId").asText()).as("the fulfilment's steps once, not again beside it")
            .doesNotHaveDuplicates();
    }
}
