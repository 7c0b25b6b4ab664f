package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wrong passwords slow down the calling address for that user (429 with Retry-After once over
 * the limit), never the account: the same user keeps working from anywhere else.
 */
class LoginLimitsTest extends ServerTest {

    private static final String ETIQUETTE = "/api/decisions/etiquette";
    private static final String ENGINE_TASKS = "/engine-rest/task/count";
    private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";

    @Autowired
    IdentityService identity;
    @Autowired
    LoginSettings limits;

    private Answer api(String user, String password, String address) {
        return send(http, HttpRequest.newBuilder(uri(ETIQUETTE)).header("Authorization", basic(user, password))
            .header("Content-Type", "application/json").header(TEST_ADDRESS, address)
            .POST(HttpRequest.BodyPublishers.ofString("{\"country\": \"JP\"}")).build());
    }

    private Answer engineRest(String user, String password, String address) {
        return send(http, HttpRequest.newBuilder(uri(ENGINE_TASKS)).header("Authorization", basic(user, password))
            .header(TEST_ADDRESS, address).GET().build());
    }

    private Answer webappLogin(String user, String password, String address) {
        HttpClient browser = browser();
        Answer app = send(browser, HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build());
        String token = app.raw().headers().firstValue("X-XSRF-TOKEN").orElseThrow();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return send(browser, HttpRequest.newBuilder(uri(WEBAPP_LOGIN)).header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-XSRF-TOKEN", token).header(TEST_ADDRESS, address).POST(HttpRequest.BodyPublishers.ofString(form)).build());
    }

    /** The workbench's sign-in form as a browser sends it (its session and CSRF token); 302 to the workbench or back to the form. */
    private Answer workbenchLogin(String user, String password, String address) {
        HttpClient browser = browser();
        Answer form = send(browser, HttpRequest.newBuilder(uri("/workbench/login")).GET().build());
        java.util.regex.Matcher token = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).as("the sign-in form carries a CSRF token").isTrue();
        String body = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        return send(browser, HttpRequest.newBuilder(uri("/workbench/login")).header("Content-Type", "application/x-www-form-urlencoded")
            .header(TEST_ADDRESS, address).POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private static boolean signedIntoWorkbench(Answer answer) {
        return answer.status() == 302 && answer.raw().headers().firstValue("Location").orElse("").endsWith("/workbench/");
    }

    private void assertHeld(Answer answer) {
        assertThat(answer.status()).isEqualTo(429);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.raw().headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
            assertThat(Long.parseLong(seconds)).isPositive().isLessThanOrEqualTo(limits.firstBlock().toSeconds()));
    }

    @Test
    void shouldHoldAFloodOfWrongPasswordsForShopAtItsAddressWhileShopWorksFromAnother() {
        for (int i = 0; i < limits.maxFailures(); i++) {
            assertThat(api("shop", "guess-" + i, "203.0.113.10").status()).as("wrong password %d", i).isEqualTo(401);
        }
        for (int i = 0; i < 20; i++) {
            assertHeld(api("shop", "guess-more-" + i, "203.0.113.10"));
        }
        // the right password from the flooding address waits as well: it is not even checked
        assertHeld(api("shop", PASSWORD, "203.0.113.10"));

        assertThat(api("shop", PASSWORD, "198.51.100.7").status()).isEqualTo(200);
        assertThat(engineRest("shop", PASSWORD, "198.51.100.7").status()).isEqualTo(200);
        assertThat(webappLogin("demo", PASSWORD, "198.51.100.7").status()).isEqualTo(200);
    }

    @Test
    void shouldNeverLockAUserForEveryoneAfterAWrongPassword() {
        // Camunda's own throttling would refuse the right password for seconds after one wrong one
        assertThat(api("sam", "wrong", "203.0.113.20").status()).isEqualTo(401);
        assertThat(api("sam", PASSWORD, "203.0.113.20").status()).isEqualTo(200);
        for (int i = 0; i < limits.maxFailures() - 1; i++) {
            assertThat(api("sam", "wrong-" + i, "203.0.113.21").status()).isEqualTo(401);
        }
        assertThat(api("sam", PASSWORD, "203.0.113.21").status()).as("below the limit").isEqualTo(200);
        assertThat(identity.createUserQuery().userId("sam").singleResult()).isNotNull();
        assertThat(identity.checkPassword("sam", PASSWORD)).isTrue();
    }

    @Test
    void shouldClearTheCountWithARightPassword() {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < limits.maxFailures() - 1; i++) {
                assertThat(api("olivia", "wrong-" + i, "203.0.113.30").status()).isEqualTo(401);
            }
            assertThat(api("olivia", PASSWORD, "203.0.113.30").status()).as("round %d", round).isEqualTo(200);
        }
    }

    @Test
    void shouldHoldWrongPasswordsOnEngineRest() {
        for (int i = 0; i < limits.maxFailures(); i++) {
            assertThat(engineRest("leo", "guess-" + i, "203.0.113.40").status()).isEqualTo(401);
        }
        assertHeld(engineRest("leo", "guess", "203.0.113.40"));
        assertHeld(api("leo", PASSWORD, "203.0.113.40"));
        assertThat(engineRest("leo", PASSWORD, "203.0.113.41").status()).isEqualTo(200);
    }

    @Test
    void shouldHoldWrongPasswordsOnTheWebappLogin() {
        for (int i = 0; i < limits.maxFailures(); i++) {
            assertThat(webappLogin("max", "guess-" + i, "203.0.113.50").status()).isEqualTo(401);
        }
        assertHeld(webappLogin("max", "guess", "203.0.113.50"));
        assertHeld(webappLogin("max", PASSWORD, "203.0.113.50"));
        assertThat(webappLogin("max", PASSWORD, "203.0.113.51").status()).isEqualTo(200);
        assertThat(api("sue", PASSWORD, "203.0.113.50").status()).as("counted per user: another user is free").isEqualTo(200);
    }

    /** The workbench's own sign-in form checks the same passwords: guessing there was unlimited. */
    @Test
    void shouldHoldWrongPasswordsOnTheWorkbenchLogin() {
        for (int i = 0; i < limits.maxFailures(); i++) {
            Answer wrong = workbenchLogin("ana", "guess-" + i, "203.0.113.60");
            assertThat(wrong.status()).as("wrong password %d: back to the form", i).isEqualTo(302);
            assertThat(wrong.raw().headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).contains("/workbench/login?error"));
        }
        for (String password : java.util.List.of("guess", PASSWORD)) {
            Answer held = workbenchLogin("ana", password, "203.0.113.60");
            assertThat(held.status()).as("back to the form, which says how long to wait").isEqualTo(303);
            String location = held.raw().headers().firstValue("Location").orElseThrow();
            assertThat(location).contains("/workbench/login?held=");
            long seconds = Long.parseLong(location.substring(location.indexOf("held=") + 5));
            assertThat(seconds).isPositive().isLessThanOrEqualTo(limits.firstBlock().toSeconds());
            assertThat(held.raw().headers().firstValue("Retry-After")).hasValue(Long.toString(seconds));
            assertThat(send(http, HttpRequest.newBuilder(uri("/workbench/login?held=" + seconds)).GET().build()).body())
                .contains("Too many wrong passwords for this user from your address: try again in " + seconds + " s.");
        }
        assertHeld(api("ana", PASSWORD, "203.0.113.60"));
        assertThat(signedIntoWorkbench(workbenchLogin("ana", PASSWORD, "203.0.113.61"))).as("from another address").isTrue();
        assertThat(signedIntoWorkbench(workbenchLogin("demo", PASSWORD, "203.0.113.60"))).as("another user").isTrue();
    }

    @Test
    void shouldShowHealthDetailsOnlyToAuthenticatedUsers() {
        Answer anonymous = get("/actuator/health", null);
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"UP\"").doesNotContain("ruleBook");
        Answer signedIn = send("GET", "/actuator/health", "sue", null, null, Map.of(TEST_ADDRESS, "203.0.113.60"));
        assertThat(signedIn.body()).contains("ruleBook");
        Answer wrong = send(http, HttpRequest.newBuilder(uri("/actuator/health")).header("Authorization", basic("sue", "nope"))
            .header(TEST_ADDRESS, "203.0.113.61").GET().build());
        assertThat(wrong.status()).isEqualTo(401);
    }
}
