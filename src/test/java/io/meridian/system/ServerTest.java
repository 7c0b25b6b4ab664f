package io.meridian.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole server on a random port, spoken to over real HTTP (servlet filters included), with
 * the demo users. All security tests share this one application context (the one of {@link MeridianTest}).
 */
@MeridianTest
abstract class ServerTest {

    /** Header by which a test says which address it calls from (every call comes from loopback). */
    static final String TEST_ADDRESS = CallerAddressHeader.HEADER;

    static final String PASSWORD = "demo";
    static final String PROBE = "securityProbe";

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;
    @Autowired
    org.camunda.bpm.engine.ProcessEngine engine;

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(10)).build();

    /** An answer with its body read as text. */
    record Answer(int status, String contentType, String body, HttpResponse<String> raw) {
        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    Answer send(HttpClient client, HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                response.body(), response);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer send(String method, String path, String user, String contentType, byte[] body) {
        return send(method, path, user, contentType, body, Map.of());
    }

    Answer send(String method, String path, String user, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            request.header("Authorization", basic(user, PASSWORD));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        return send(http, request.build());
    }

    Answer get(String path, String user) {
        return send("GET", path, user, null, null);
    }

    Answer postJson(String path, String user, String json) {
        return send("POST", path, user, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static HttpClient browser() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    }

    /** Deploys the test process (one user task per team group, one message catch) once. */
    String deployProbe() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey(PROBE).count() == 0) {
            repository.createDeployment().name(PROBE).addClasspathResource("security/securityProbe.bpmn").deploy();
        }
        return repository.createProcessDefinitionQuery().processDefinitionKey(PROBE).latestVersion().singleResult().getId();
    }

    static byte[] resource(String name) {
        try (InputStream in = ServerTest.class.getClassLoader().getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
