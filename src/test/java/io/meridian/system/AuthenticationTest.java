package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class AuthenticationTest extends ServerTest {

    private static final String ETIQUETTE = "/api/decisions/etiquette";
    // wrong passwords slow down their address for this user (LoginThrottle): keep them off the demo users
    private static final String LOCKED_OUT = "wrongpasswordprobe";

    @Autowired
    IdentityService identity;

    @BeforeEach
    void createUserToFailWith() {
        if (identity.createUserQuery().userId(LOCKED_OUT).count() == 0) {
            User user = identity.newUser(LOCKED_OUT);
            user.setPassword("a-long-test-password");
            identity.saveUser(user);
            identity.createMembership(LOCKED_OUT, Groups.SALES);
        }
    }

    @Test
    void shouldRefuseApiWithoutCredentials() {
        Answer answer = postJson(ETIQUETTE, null, "{\"country\":\"JP\"}");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.body()).contains("needs HTTP Basic credentials");
        assertThat(answer.raw().headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Meridian\", charset=\"UTF-8\"");
    }

    @Test
    void shouldRefuseApiWithWrongPassword() {
        Answer answer = send("POST", ETIQUETTE, null, "application/json", "{\"country\":\"JP\"}".getBytes(),
            java.util.Map.of("Authorization", basic(LOCKED_OUT, "wrong")));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.isProblem()).isTrue();
        assertThat(answer.body()).contains("Unknown user or wrong password.");
        assertThat(answer.raw().headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"Meridian\", charset=\"UTF-8\"");
    }

    @Test
    void shouldRefuseApiWithCredentialsThatAreNotBasic() {
        Answer answer = send("GET", "/api/orders", null, null, null, java.util.Map.of("Authorization", "Bearer abc"));
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.isProblem()).isTrue();
    }

    @Test
    void shouldRefuseEngineRestWithoutCredentials() {
        assertThat(get("/engine-rest/task?maxResults=10", null).status()).isEqualTo(401);
        assertThat(get("/engine-rest/process-definition?maxResults=10", null).status()).isEqualTo(401);
        assertThat(send("POST", "/engine-rest/message", null, "application/json", "{\"messageName\":\"x\"}".getBytes()).status())
            .isEqualTo(401);
    }

    @Test
    void shouldRefuseEngineRestWithWrongPassword() {
        Answer answer = send("GET", "/engine-rest/task?maxResults=10", null, null, null,
            java.util.Map.of("Authorization", basic(LOCKED_OUT, "wrong")));
        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void shouldLeaveOnlyTheEngineListOpen() {
        assertThat(get("/engine-rest/engine", null).status()).isEqualTo(200);
        assertThat(get("/engine-rest/engine/default/task?maxResults=10", null).status()).isEqualTo(401);
    }

    @Test
    void shouldLetAKnownUserIn() {
        assertThat(get("/engine-rest/task?maxResults=10", "sam").status()).isEqualTo(200);
        assertThat(postJson(ETIQUETTE, "sam", "{\"country\":\"JP\"}").status()).isEqualTo(200);
    }
}
