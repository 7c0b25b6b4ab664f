package io.meridian.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A team member logged in to Tasklist as a browser is (session cookie, CSRF token), submitting a task's form to the
 * webapps' engine API ({@code /camunda/api/engine/engine/default/task/{id}/submit-form}) as Tasklist does.
 * A helper, not a test: the tests assert on its answers, and {@code TasklistSessionTest} checks its calls.
 */
public final class TasklistSession {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    private final int port;
    private final String token;

    private TasklistSession(int port, String user) {
        this.port = port;
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build());
        String first = page.headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
            .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", first)
            .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=demo")).build());
        if (login.statusCode() != 200) {
            throw new IllegalStateException(user + " could not log in to Tasklist: " + login.statusCode() + " " + login.body());
        }
        // the session is a new one after the login, with a token of its own, handed out on the next read
        HttpResponse<String> again = send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build());
        this.token = again.headers().firstValue("X-XSRF-TOKEN").orElse(first);
    }

    /** {@code user} (password {@code demo}) logged in to the Tasklist of the server on {@code port}. */
    public static TasklistSession logIn(int port, String user) {
        return new TasklistSession(port, user);
    }

    /** Submits the form of task {@code taskId} with these values (name to value, typed as JSON types them), as Tasklist does. */
    public HttpResponse<String> submitForm(String taskId, Map<String, ?> values) {
        ObjectNode variables = JSON.createObjectNode();
        values.forEach((name, value) -> variables.set(name, JSON.createObjectNode().set("value", JSON.valueToTree(value))));
        String body;
        try {
            body = JSON.writeValueAsString(JSON.createObjectNode().set("variables", variables));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task/" + taskId + "/submit-form"))
            .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /**
     * Posts {@code json} to task {@code taskId}'s {@code action} of the engine API, as Tasklist's buttons do: {@code claim}
     * ("Claim"), {@code unclaim} (the assignee's ×), {@code assignee} (a name typed as the assignee), {@code delegate}.
     */
    public HttpResponse<String> taskAction(String taskId, String action, String json) {
        return send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task/" + taskId + "/" + action))
            .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token)
            .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** Reads {@code path} of the webapps' engine API (after {@code /engine/default}) as Tasklist's lists and forms do. */
    public HttpResponse<String> read(String path) {
        return send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default" + path)).header("Accept", "application/json")
            .header("X-XSRF-TOKEN", token).GET().build());
    }

    /** The {@code message} of an engine API answer, which Tasklist shows as it is. */
    public static String message(HttpResponse<String> answer) {
        try {
            return JSON.readTree(answer.body()).path("message").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
