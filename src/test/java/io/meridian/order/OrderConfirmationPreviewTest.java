package io.meridian.order;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.util.Map;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** The email preview on "Confirm order" shows the order's first confirmation, as the order desk's completion sends it. */
@MeridianTest
class OrderConfirmationPreviewTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;

    @Test
    void shouldPreviewTheFirstConfirmationWithoutAChangedDeliveryDate() {
        Map<String, Object> start = startVariables("SA", "preview-confirm@alrashid.example");
        start.putAll(Map.of(Var.FAMILY_NAME, "Al Rashid", Var.SALUTATION, "MR"));
        ProcessInstance pi = OrderFixture.paidOrder(engine, start);
        String number = OrderFixture.orderNumber(engine, pi);

        String preview = (String) engine.getTaskService().getVariableLocal(task(pi).getId(), "emailPreview");

        assertThat(preview).as("in Tasklist: found on \"Confirm order\" of a Saudi client, whose subject began with the change's words")
            .contains("Subject: تأكيد الطلب " + number, "/ Order confirmation " + number + " (LED panel 60x60)")
            .doesNotContain("Changed delivery date", "تغيير موعد التسليم");
    }
}
