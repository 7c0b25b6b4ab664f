package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The Camunda webapps: CSRF protection, session cookie flags, the first-run setup page. */
class WebappSecurityTest extends ServerTest {

    private static final String APP = "/camunda/app/tasklist/default/";
    private static final String LOGIN = "/camunda/api/admin/auth/user/default/login/tasklist";
    private static final String SETUP = "/camunda/api/admin/setup/default/user/create";

    /** A browser session: cookies kept, the CSRF token the webapp handed out. */
    private record Session(HttpClient browser, String csrfToken, List<String> setCookies) {
    }

    private Session open() {
        HttpClient browser = browser();
        Answer answer = send(browser, HttpRequest.newBuilder(uri(APP)).GET().build());
        assertThat(answer.status()).isEqualTo(200);
        String token = answer.raw().headers().firstValue("X-XSRF-TOKEN").orElse(null);
        return new Session(browser, token, answer.raw().headers().allValues("Set-Cookie"));
    }

    private Answer login(Session session, String user, boolean withToken) {
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password=" + PASSWORD;
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(LOGIN))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form));
        if (withToken) {
            request.header("X-XSRF-TOKEN", session.csrfToken());
        }
        return send(session.browser(), request.build());
    }

    @Test
    void shouldRefuseALoginWithoutTheCsrfToken() {
        Session session = open();
        assertThat(login(session, "sam", false).status()).isEqualTo(403);
    }

    @Test
    void shouldAcceptALoginWithTheCsrfToken() {
        Session session = open();
        assertThat(session.csrfToken()).isNotBlank();
        assertThat(login(session, "sam", true).status()).isEqualTo(200);
    }

    @Test
    void shouldSendTheSessionCookieHttpOnlyAndSameSite() {
        Session session = open();
        assertThat(session.setCookies()).anySatisfy(cookie -> assertThat(cookie)
            .startsWith("JSESSIONID=").containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
        assertThat(session.setCookies()).anySatisfy(cookie -> assertThat(cookie)
            .startsWith("XSRF-TOKEN=").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void shouldCloseTheFirstRunSetupOnceAnAdministratorExists() {
        Session session = open();
        String user = "{\"profile\":{\"id\":\"intruder\",\"firstName\":\"I\",\"lastName\":\"N\",\"email\":\"i@example.com\"},"
            + "\"credentials\":{\"password\":\"intruder-password\"}}";
        Answer answer = send(session.browser(), HttpRequest.newBuilder(uri(SETUP))
            .header("Content-Type", "application/json").header("X-XSRF-TOKEN", session.csrfToken())
            .POST(HttpRequest.BodyPublishers.ofString(user)).build());
        assertThat(answer.status()).isEqualTo(403);
        assertThat(get("/engine-rest/user/intruder/profile", "demo").status()).isEqualTo(404);
    }

    @Test
    void shouldKeepTasklistFromUsersWithoutATeam() {
        for (String user : List.of("ana", "shop")) {
            assertThat(login(open(), user, true).status()).as(user).isEqualTo(403);
        }
    }
}
