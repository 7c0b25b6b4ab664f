package io.meridian.inquiry;

import static io.meridian.testsupport.TasklistSession.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.testsupport.MeridianTest;
import io.meridian.testsupport.TasklistSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What Tasklist shows when "Reply to inquiry" is refused: Tasklist submits the form to the webapps' engine API
 * ({@code /camunda/api/engine/engine/default/task/{id}/submit-form}) and shows the answer's {@code message} as it is. It
 * reads as the form does (the field's label), without the engine's wrapping or the task's id; a caller of
 * {@code /engine-rest} that completes the task with variables by name reads the variable's name.
 */
@MeridianTest
class FormRefusalInTasklistTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    ProcessEngine engine;

    @Test
    void shouldSayWhatIsWrongInTheWordsOfTheForm() throws Exception {
        Task reply = replyToInquiry("form-words@example.com");
        TasklistSession sam = TasklistSession.logIn(port, "sam");

        HttpResponse<String> past = sam.submitForm(reply.getId(), quote("2020-01-01"));
        assertThat(past.statusCode()).as(past.body()).isEqualTo(400);
        assertThat(message(past)).startsWith("Valid until 2020-01-01 is not in the future (today is ")
            .doesNotContain("ENGINE-", "TaskListener", "Cannot submit task form", "quoteValidUntil", reply.getId());

        HttpResponse<String> german = sam.submitForm(reply.getId(), quote("04.02.2027"));
        assertThat(german.statusCode()).as(german.body()).isEqualTo(400);
        assertThat(message(german)).isEqualTo("Valid until '04.02.2027' is not a date: write it as 2027-02-04 (yyyy-mm-dd)");

        // a caller completing the task by variable names reads the variable's name, and no engine code either
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/engine-rest/task/" + reply.getId() + "/complete"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("sam:demo".getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body("2020-01-01"))).build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(api.statusCode()).as(api.body()).isEqualTo(400);
        assertThat(message(api)).startsWith("quoteValidUntil 2020-01-01 is not in the future (today is ").doesNotContain("ENGINE-");
        assertThat(engine.getTaskService().createTaskQuery().taskId(reply.getId()).count()).as("the task stays open").isEqualTo(1);
    }

    /** A colleague completed the task meanwhile: Tasklist says so, where it showed "Cannot find task with id …: task is null". */
    @Test
    void shouldSayATaskCompletedMeanwhileIsNoLongerOpen() {
        Task reply = replyToInquiry("form-gone@example.com");
        TasklistSession sam = TasklistSession.logIn(port, "sam");
        engine.getTaskService().complete(reply.getId(), JourneyFixture.quote());

        HttpResponse<String> gone = sam.submitForm(reply.getId(), JourneyFixture.quote());
        assertThat(gone.statusCode()).as(gone.body()).isEqualTo(404);
        assertThat(message(gone)).isEqualTo("This task is no longer open: someone else completed it, or its process moved on."
            + " Nothing was saved; open the task list again for the next step.");
    }

    private Task replyToInquiry(String email) {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(ClientJourney.KEY, JourneyFixture.startVariables("DE", email));
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
            .taskDefinitionKey(Activity.REPLY_TO_INQUIRY).singleResult();
    }

    /** The reply form's values as Tasklist sends them, the validity date as given. */
    private static Map<String, Object> quote(String validUntil) {
        Map<String, Object> quote = JourneyFixture.quote();
        quote.put(Var.QUOTE_VALID_UNTIL, validUntil);
        return quote;
    }

    private static String body(String validUntil) throws IOException {
        ObjectNode variables = JSON.createObjectNode();
        quote(validUntil).forEach((name, value) -> variables.set(name, JSON.createObjectNode().set("value", JSON.valueToTree(value))));
        return JSON.writeValueAsString(JSON.createObjectNode().set("variables", variables));
    }
}
