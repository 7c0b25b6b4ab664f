package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;

import org.junit.jupiter.api.Test;

/** Answers with client data are kept by no browser or proxy cache and framed by no other site. */
class PrivateAnswersTest extends ServerTest {

    private static void assertPrivate(Answer answer, String what) {
        assertThat(answer.raw().headers().allValues("Cache-Control")).as(what + ": " + answer.status()).containsExactly("no-store");
        assertThat(answer.raw().headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
        assertThat(answer.raw().headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
    }

    @Test
    void shouldLetNoCacheKeepAListOfInquiries() {
        Answer inquiries = get("/api/inquiries?size=5", "sam");
        assertThat(inquiries.status()).isEqualTo(200);
        assertPrivate(inquiries, "GET /api/inquiries");
    }

    /** engine-rest answered "no-cache", which still lets a browser store the copy it must revalidate. */
    @Test
    void shouldLetNoCacheKeepTheTasksOrVariablesOfEngineRest() {
        deployProbe();
        Answer tasks = get("/engine-rest/task?maxResults=5", "sam");
        assertThat(tasks.status()).isEqualTo(200);
        assertPrivate(tasks, "GET /engine-rest/task");
    }

    /** Tasklist reads the tasks, their forms and variables through the webapps' engine API, which said nothing about caching. */
    @Test
    void shouldLetNoCacheKeepWhatTasklistReads() {
        deployProbe();
        java.net.http.HttpResponse<String> tasks = io.meridian.testsupport.TasklistSession.logIn(port, "sam").read("/task?maxResults=5");
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(tasks.headers().allValues("Cache-Control")).as("Tasklist's task list").containsExactly("no-store");
    }

    @Test
    void shouldMarkRefusalsAndSwaggerUiAlike() {
        assertPrivate(send(http, HttpRequest.newBuilder(uri("/api/inquiries")).GET().build()), "a request without credentials");
        assertPrivate(get("/api/docs", "sam"), "Swagger UI");
    }
}
