package io.meridian.order;

import static io.meridian.testsupport.TaskBriefings.openTask;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import io.meridian.inquiry.JourneyFixture;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * "Update production progress" is the team's own daily work with the factory, and "Clear customs", "Chase shipment" and "Check delivery"
 * logistics' with customs, the forwarder and the carrier: followed up when the team is at work, their times in the team's clock. It had taken the client's next call window as its follow-up and showed it in its form, so an
 * update made just before a Chinese client's Spring Festival was followed up after it, a week past its own due time.
 */
@MeridianTest
class DailyUpdateIsTeamWorkTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @Autowired
    ProcessEngine engine;

    @Test
    void theDailyUpdateIsFollowedUpWhenTheTeamWorksNotInTheClientsWindow() {
        ProcessInstance fulfilment = saudiFulfilment("daily-update-sa@example.com");
        Task update = openTask(engine, OrderFulfilment.Activity.UPDATE_PRODUCTION_PROGRESS, fulfilment.getId());

        assertThat(update.getFollowUpDate().toInstant()).as("the team is at work now").isEqualTo(OrderFixture.START);
        assertBriefedAsTeamWork(update, "Tue 12 Jan 2027 10:00");
        assertThat(update.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-12T02:00:00Z"));
    }

    @Test
    void clearingCustomsIsFollowedUpWhenTheTeamWorksNotInTheClientsWindow() {
        ProcessInstance fulfilment = saudiFulfilment("customs-sa@example.com");
        OrderFixture.stockReady(engine, fulfilment);
        Task customs = openTask(engine, OrderFulfilment.Activity.CLEAR_CUSTOMS, fulfilment.getId());

        // the export declaration is logistics' work with customs and the forwarder: no client call window applies
        assertThat(customs.getFollowUpDate().toInstant()).as("the team is at work now").isEqualTo(OrderFixture.START);
        assertBriefedAsTeamWork(customs, "Wed 13 Jan 2027 10:00");
        assertThat(customs.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-13T02:00:00Z"));
    }

    @Test
    void chasingTheShipmentIsFollowedUpWhenTheTeamWorksNotInTheClientsWindow() {
        ProcessInstance fulfilment = saudiFulfilment("chase-sa@example.com");
        OrderFixture.readyToShip(engine, fulfilment);
        // nobody posted the shipment: the timer asks logistics to chase it (fired here at once, on the same clock)
        Job overdue = engine.getManagementService().createJobQuery().processInstanceId(fulfilment.getId())
            .activityId(OrderFulfilment.Activity.SHIPMENT_OVERDUE).singleResult();
        engine.getManagementService().executeJob(overdue.getId());
        Task chase = openTask(engine, OrderFulfilment.Activity.CHASE_SHIPMENT, fulfilment.getId());

        // booking the freight and asking the forwarder is logistics' work: no client call window applies
        assertThat(chase.getFollowUpDate().toInstant()).as("the team is at work now").isEqualTo(OrderFixture.START);
        assertBriefedAsTeamWork(chase, "Tue 12 Jan 2027 10:00");
    }

    /**
     * "Check delivery" asks the carrier where the goods are, not the client: it is logistics' own work, as chasing the
     * shipment with the forwarder is. It had counted as contact with the client: followed up in the client's next call window
     * (14:00 in Shanghai, when Riyadh opens), its due time in both clocks, with the full sales guidance of a client talk.
     */
    @Test
    void checkingTheDeliveryIsFollowedUpWhenTheTeamWorksNotInTheClientsWindow() {
        ProcessInstance fulfilment = saudiFulfilment("check-delivery-sa@example.com");
        OrderFixture.readyToShip(engine, fulfilment);
        engine.getRuntimeService().createMessageCorrelation(OrderFulfilment.Message.SHIPPED).processInstanceId(fulfilment.getId())
            .setVariable(OrderFulfilment.Var.CARRIER, "Maersk").setVariable(OrderFulfilment.Var.TRACKING_NUMBER, "MAEU1").correlate();
        AsyncContinuations.runAll(engine);
        // nobody posted the delivery: the timer asks logistics to check it (fired here at once, on the same clock)
        Job overdue = engine.getManagementService().createJobQuery().processInstanceId(fulfilment.getId())
            .activityId(OrderFulfilment.Activity.DELIVERY_OVERDUE).singleResult();
        engine.getManagementService().executeJob(overdue.getId());
        Task check = openTask(engine, OrderFulfilment.Activity.CHECK_DELIVERY, fulfilment.getId());

        assertThat(check.getFollowUpDate().toInstant()).as("the team is at work now").isEqualTo(OrderFixture.START);
        assertBriefedAsTeamWork(check, "Tue 12 Jan 2027 10:00");
    }

    /**
     * A Saudi client's order confirmed on Monday 11 January 2027, 10:00 in Shanghai: 05:00 in Riyadh, whose client opens at
     * 09:00 (14:00 in Shanghai); its fulfilment.
     */
    private ProcessInstance saudiFulfilment(String email) {
        return OrderFixture.fulfilment(engine, OrderFixture.confirmedOrder(engine, JourneyFixture.startVariables("SA", email), "2027-03-22"));
    }

    /**
     * The task's briefing gives its due time in the team's clock alone, says it is team work and when the team is next at work,
     * and names no client window; its guidance is what matters if the team must reach the client after all (channel, writing,
     * address, observances), not the tone and pace of a sales talk.
     */
    private void assertBriefedAsTeamWork(Task task, String dueInTeamTime) {
        assertThat((String) engine.getTaskService().getVariableLocal(task.getId(), "briefing"))
            .contains("**Due:** " + dueInTeamTime + " team time (Asia/Shanghai)", "**Team work:** this task does not contact the client",
                "followed up Mon 11 Jan 2027 10:00 team time (Asia/Shanghai), when the team is next at work.")
            .doesNotContain("**Next contact window:**");
        assertThat((String) engine.getTaskService().getVariableLocal(task.getId(), "guidance"))
            .as("the briefing says it is team work: the guidance does not say it again")
            .startsWith("Only for a document or a date that the client alone can give:")
            .doesNotContain("team's own work")
            .contains("**Channel:** ", "**Confirmations:** anything you agree with the client goes to them in writing by email.",
                "**Honorifics:** ", "**Observances in force:**")
            .doesNotContain("**Tone:**", "**Meetings:**", "**Notes:**");
    }
}
