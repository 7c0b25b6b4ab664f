package io.meridian.inquiry;

import static io.meridian.inquiry.JourneyFixture.quote;
import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;

import com.fasterxml.jackson.databind.JsonNode;
import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The work after a user task runs after an asynchronous continuation: when sending the quote
 * fails, the person who completed "Reply to inquiry" got a 204 and the task stays completed; the
 * job is retried 5 times a minute apart (R5/PT1M) and then stops with an incident for Cockpit.
 */
@MeridianTest
class FailingSendTest {

    private static final String DELEGATE = "sendQuoteDelegate";

    final SendQuoteDelegate sendQuote = mock(SendQuoteDelegate.class);
    @Autowired
    ProcessEngine engine;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ConfigurableApplicationContext context;

    /**
     * The engine finds {@code ${sendQuoteDelegate}} in the application context at each call: for this test
     * the bean is a mock that fails. Swapped in the shared context rather than declared with
     * {@code @MockitoBean}, which would cost an application start of its own; the real bean is
     * created anew from its definition afterwards.
     */
    @BeforeEach
    void failingSend() {
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.destroySingleton(DELEGATE);
        beans.registerSingleton(DELEGATE, sendQuote);
    }

    @AfterEach
    void realSendAndClock() {
        DefaultListableBeanFactory beans = (DefaultListableBeanFactory) context.getBeanFactory();
        beans.destroySingleton(DELEGATE);
        assertThat(context.getBean(DELEGATE)).as("the real delegate again").isInstanceOf(SendQuoteDelegate.class)
            .isNotSameAs(sendQuote);
        ClockUtil.reset();
    }

    @Test
    void shouldCompleteTheTaskRetryTheSendAndRaiseAnIncidentAfterTheLastRetry() throws Exception {
        doThrow(new IllegalStateException("quote template cannot be rendered")).when(sendQuote).execute(any());
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(ClientJourney.KEY, "FAIL-1",
            startVariables("DE", "failing-send@example.com"));
        Task reply = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(reply.getTaskDefinitionKey()).isEqualTo(Activity.REPLY_TO_INQUIRY);

        ResponseEntity<String> completed = http.withBasicAuth("sam", "demo").postForEntity(
            "/engine-rest/task/" + reply.getId() + "/complete", json(quoteAsRestVariables()), String.class);

        assertThat(completed.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(reply.getId()).singleResult().getEndTime())
            .isNotNull();
        Job send = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(send.getRetries()).isPositive();
        verify(sendQuote, times(0)).execute(any());

        Instant now = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        int attempts = 0;
        while (engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).withRetriesLeft().count() > 0) {
            Job job = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
            ClockUtil.setCurrentTime(Date.from(now));
            assertThat(job.getDuedate() == null || !job.getDuedate().toInstant().isAfter(now)).as("due at attempt %d", attempts).isTrue();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
                .hasStackTraceContaining("quote template cannot be rendered");
            attempts++;
            Job after = engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
            if (after.getRetries() > 0) {
                assertThat(Duration.between(now, after.getDuedate().toInstant())).as("retry a minute later").isEqualTo(Duration.ofMinutes(1));
                now = after.getDuedate().toInstant();
            }
        }

        assertThat(attempts).isEqualTo(5);
        verify(sendQuote, times(5)).execute(any());
        Incident incident = engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo(Activity.SEND_QUOTE);
        assertThat(incident.getIncidentMessage()).contains("quote template cannot be rendered");
        assertThat(engine.getTaskService().createTaskQuery().taskId(reply.getId()).count()).as("the task stays completed").isZero();
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    private static String quoteAsRestVariables() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode variables = mapper.createObjectNode();
        quote().forEach((name, value) -> {
            com.fasterxml.jackson.databind.node.ObjectNode v = variables.putObject(name);
            v.putPOJO("value", value);
            v.put("type", value instanceof Long ? "Long" : value instanceof Double ? "Double" : "String");
        });
        JsonNode body = mapper.createObjectNode().set("variables", variables);
        return mapper.writeValueAsString(body);
    }
}
