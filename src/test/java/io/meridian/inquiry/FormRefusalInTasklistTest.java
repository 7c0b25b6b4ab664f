package io.meridian.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.testsupport.MeridianTest;
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
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
        String token = logIn(browser, "sam");

        HttpResponse<String> past = submitForm(browser, token, reply, "2020-01-01");
        assertThat(past.statusCode()).as(past.body()).isEqualTo(400);
        assertThat(message(past)).startsWith("Valid until 2020-01-01 is not in the future (today is ")
            .doesNotContain("ENGINE-", "TaskListener", "Cannot submit task form", "quoteValidUntil", reply.getId());

        HttpResponse<String> german = submitForm(browser, token, reply, "04.02.2027");
        assertThat(german.statusCode()).as(german.body()).isEqualTo(400);
        assertThat(message(german)).isEqualTo("Valid until '04.02.2027' is not a date: write it as 2027-02-04 (yyyy-mm-dd)");

        // a caller completing the task by variable names reads the variable's name, and no engine code either
        HttpResponse<String> api = send(HttpClient.newHttpClient(), HttpRequest.newBuilder(uri("/engine-rest/task/" + reply.getId() + "/complete"))
            .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("sam:demo".getBytes(StandardCharsets.UTF_8)))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body("2020-01-01"))).build());
        assertThat(api.statusCode()).as(api.body()).isEqualTo(400);
        assertThat(message(api)).startsWith("quoteValidUntil 2020-01-01 is not in the future (today is ").doesNotContain("ENGINE-");
        assertThat(engine.getTaskService().createTaskQuery().taskId(reply.getId()).count()).as("the task stays open").isEqualTo(1);
    }

    private Task replyToInquiry(String email) {
        ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(ClientJourney.KEY, JourneyFixture.startVariables("DE", email));
        return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
            .taskDefinitionKey(Activity.REPLY_TO_INQUIRY).singleResult();
    }

    /** Logs in to Tasklist as a browser does; answers the CSRF token the webapp expects on every change. */
    private String logIn(HttpClient browser, String user) {
        HttpResponse<String> page = send(browser, HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build());
        String token = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        HttpResponse<String> login = send(browser, HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
            .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
            .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo")).build());
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        // the session is a new one after the login, with a token of its own, handed out on the next read
        HttpResponse<String> again = send(browser, HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build());
        return again.headers().firstValue("X-XSRF-TOKEN").orElse(token);
    }

    private HttpResponse<String> submitForm(HttpClient browser, String token, Task task, String validUntil) throws IOException {
        return send(browser, HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task/" + task.getId() + "/submit-form"))
            .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
            .POST(HttpRequest.BodyPublishers.ofString(body(validUntil))).build());
    }

    /** The reply form's values as Tasklist sends them, the validity date as given. */
    private static String body(String validUntil) throws IOException {
        Map<String, Object> quote = JourneyFixture.quote();
        quote.put(Var.QUOTE_VALID_UNTIL, validUntil);
        ObjectNode variables = JSON.createObjectNode();
        quote.forEach((name, value) -> variables.set(name, JSON.createObjectNode().set("value", JSON.valueToTree(value))));
        return JSON.writeValueAsString(JSON.createObjectNode().set("variables", variables));
    }

    private static String message(HttpResponse<String> answer) throws IOException {
        JsonNode body = JSON.readTree(answer.body());
        return body.path("message").asText();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
