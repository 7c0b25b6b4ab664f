package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The integrations read no process instance (README "Security"): a correlation or a start whose answer would carry the
 * process's variables is refused to them, over engine-rest and the webapps' engine API; the plain calls still work.
 */
class VariablesInAnswersTest extends ServerTest {

    private static final String NOTE = "floor price 11.90, keep it from the client";

    @Autowired
    RuntimeService runtime;

    private String probeWithNote(String businessKey) {
        deployProbe();
        return runtime.startProcessInstanceByKey(PROBE, businessKey, Map.of("teamNote", NOTE)).getId();
    }

    private static String event(String businessKey, String options) {
        return "{\"messageName\":\"ProbeEvent\",\"businessKey\":\"" + businessKey + "\"" + options + "}";
    }

    private boolean waitsForTheEvent(String instance) {
        return runtime.createEventSubscriptionQuery().processInstanceId(instance).eventName("ProbeEvent").count() == 1;
    }

    @Test
    void anIntegrationShouldNotReadAProcessByCorrelatingAnEventWithItsVariablesInTheAnswer() {
        String instance = probeWithNote("variables-in-result");

        Answer refused = postJson("/engine-rest/message", "shop",
            event("variables-in-result", ",\"resultEnabled\":true,\"variablesInResultEnabled\":true"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.body()).contains("variablesInResultEnabled").contains("shop").doesNotContain(NOTE);
        assertThat(waitsForTheEvent(instance)).as("the event was not correlated").isTrue();

        Answer plain = postJson("/engine-rest/message", "shop", event("variables-in-result", ",\"resultEnabled\":true"));
        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        assertThat(plain.body()).contains(instance).doesNotContain(NOTE);
        assertThat(waitsForTheEvent(instance)).isFalse();
    }

    @Test
    void anIntegrationShouldNotReadTheVariablesOfAProcessItStarts() {
        deployProbe();
        String body = "{\"variables\":{\"teamNote\":{\"value\":\"" + NOTE + "\"}},\"withVariablesInReturn\":true}";

        Answer refused = postJson("/engine-rest/process-definition/key/" + PROBE + "/start", "shop", body);

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("withVariablesInReturn").contains(PROBE).doesNotContain(NOTE);
        // the same option by another way of writing the path, and through the engine's name
        assertThat(postJson("/engine-rest/engine/default/process-definition/key/" + PROBE + "/start/", "shop", body).status())
            .isEqualTo(403);

        Answer plain = postJson("/engine-rest/process-definition/key/" + PROBE + "/start", "shop",
            "{\"variables\":{\"teamNote\":{\"value\":\"" + NOTE + "\"}}}");
        assertThat(plain.status()).as(plain.body()).isEqualTo(200);
        assertThat(plain.body()).doesNotContain(NOTE);
    }

    @Test
    void anAdministratorShouldStillGetTheVariablesInTheAnswer() {
        probeWithNote("variables-for-admin");

        Answer correlated = postJson("/engine-rest/message", "demo",
            event("variables-for-admin", ",\"resultEnabled\":true,\"variablesInResultEnabled\":true"));

        assertThat(correlated.status()).as(correlated.body()).isEqualTo(200);
        assertThat(correlated.body()).contains(NOTE);
    }

    @Test
    void anIntegrationShouldNotReadAProcessThroughTheWebappsEngineApiEither() {
        String instance = probeWithNote("variables-in-webapp");
        HttpClient browser = browser();
        String token = send(browser, HttpRequest.newBuilder(uri("/camunda/app/welcome/default/")).GET().build())
            .raw().headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        Answer login = send(browser, HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/welcome"))
            .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", token)
            .POST(HttpRequest.BodyPublishers.ofString("username=shop&password=" + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8)))
            .build());
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        String sessionToken = send(browser, HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/process-definition/count"))
            .header("X-XSRF-TOKEN", "Fetch").GET().build()).raw().headers().firstValue("X-XSRF-TOKEN").orElseThrow();

        Answer refused = send(browser, HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/message"))
            .header("Content-Type", "application/json").header("X-XSRF-TOKEN", sessionToken)
            .POST(HttpRequest.BodyPublishers.ofString(event("variables-in-webapp", ",\"resultEnabled\":true,\"variablesInResultEnabled\":\"true\"")))
            .build());

        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("variablesInResultEnabled").doesNotContain(NOTE);
        assertThat(waitsForTheEvent(instance)).isTrue();
    }
}
