package io.meridian.inquiry;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskService;

import java.time.Instant;
import java.util.Map;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A client in a country with several clocks whose record names no time zone is worked on the country's default zone
 * (New York for the United States): the briefing says so, as the times it shows may be hours off where the client is.
 */
@MeridianTest
class AssumedTimeZoneBriefingTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(Instant.parse("2027-03-10T02:00:00Z"));

    @Test
    void aUsClientWithoutATimeZoneIsToldToBeOnNewYorkTime() {
        String briefing = replyBriefing(startVariables("US", "no-zone-us@example.com"));

        assertThat(briefing).contains("**Client's time zone:** America/New_York, the default for US: the client record"
                + " names none, and US keeps other clocks too (America/Chicago, America/Los_Angeles, America/Denver and ",
            " more), so the client times here may be hours off. Ask where the client is and set `timeZone` on their record"
                + " (sales or a manager changes it: PATCH /api/clients/")
            .as("Tasklist has no form for the client record: the briefing says who changes it and where, in a browser")
            .contains(", in the browser on the API page /api/docs under \"Clients\"): this task and the rest of the client's"
                + " running work follow it at once.")
            .contains("client time (America/New_York)");
    }

    @Test
    void aClientWithTheirOwnTimeZoneOrInACountryWithOneClockIsNotTold() {
        Map<String, Object> losAngeles = startVariables("US", "own-zone-us@example.com");
        losAngeles.put(Var.TIME_ZONE, "America/Los_Angeles");
        assertThat(replyBriefing(losAngeles)).contains("client time (America/Los_Angeles)").doesNotContain("Client's time zone");
        assertThat(replyBriefing(startVariables("JP", "no-zone-jp@example.com"))).doesNotContain("Client's time zone");
    }

    private static String replyBriefing(Map<String, Object> start) {
        ProcessInstance pi = runtimeService().startProcessInstanceByKey(ClientJourney.KEY, start);
        return (String) taskService().getVariableLocal(task(pi).getId(), Var.BRIEFING);
    }
}
