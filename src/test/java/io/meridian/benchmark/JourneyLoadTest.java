package io.meridian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.meridian.testsupport.MeridianTest;
import io.meridian.jobs.AsyncContinuations;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The journey that {@code JourneyOnPostgresBenchmark} drives still runs to its end on today's server, in the normal
 * build: a step the journey gained (a check on a form, a new task) shows here, not months later in a benchmark run
 * that fails after its warm-up. Two clients, one journey each, on the test's H2 server. Tests run without the job
 * executor: a thread of the test runs the driven journeys' continuations as it would, again when one collides with a
 * request (as the job executor retries).
 */
@MeridianTest
class JourneyLoadTest {

    @LocalServerPort
    int port;
    @Autowired
    HistoryService history;
    @Autowired
    ProcessEngine engine;

    @Test
    void drivesEachClientsJourneyFromTheInquiryToTheAfterSalesCheckInAndItsEnd() throws Exception {
        JourneyLoad load = new JourneyLoad(new StartLoad(port, 2), 2);

        AtomicBoolean driving = new AtomicBoolean(true);
        Thread jobs = new Thread(() -> {
            while (driving.get()) {
                Set<String> running = new HashSet<>(load.started());
                load.finished().forEach(running::remove);
                for (String inquiry : running) {
                    try {
                        for (ProcessInstance journey : engine.getRuntimeService().createProcessInstanceQuery()
                            .processInstanceBusinessKey(inquiry).list()) {
                            AsyncContinuations.run(engine, journey.getId());
                        }
                    } catch (RuntimeException collidedWithARequest) {
                        // the next round runs it again, as the job executor retries a job
                    }
                }
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "journey-load-continuations");
        jobs.start();
        List<String> driven;
        try {
            driven = load.runEach(1);
        } finally {
            driving.set(false);
            jobs.join();
        }

        assertThat(driven).hasSize(2).doesNotHaveDuplicates();
        assertThat(load.finished()).containsExactlyInAnyOrderElementsOf(driven);
        for (String inquiry : driven) {
            HistoricProcessInstance journey = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(inquiry)
                .processDefinitionKey("clientJourney").singleResult();
            assertThat(journey).as("the journey of %s", inquiry).isNotNull();
            assertThat(journey.getState()).as(inquiry).isEqualTo(HistoricProcessInstance.STATE_COMPLETED);
            assertThat(journey.getEndActivityId()).as(inquiry).isEqualTo("journeyCompleted");
            assertThat(history.createHistoricIncidentQuery().processInstanceId(journey.getId()).count()).as("incidents of " + inquiry)
                .isZero();
        }
    }
}
