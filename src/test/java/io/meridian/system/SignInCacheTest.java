package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.meridian.benchmark.SqlStatementCounter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The whole server: a request with credentials that were right a moment ago reads no identity table, and
 * a password or membership changed on this node counts for the very next request.
 */
class SignInCacheTest extends ServerTest {

    private static final String USER = "rememberedprobe";
    /** Sales, managers and integrations may list an inquiry's talks: a member gets 404 for no inquiry, anyone else 403. */
    private static final String SALES_ONLY = "/api/inquiries/no-such-inquiry/meetings";

    @Autowired
    IdentityService identity;
    @Autowired
    SqlStatementCounter sql;

    @BeforeEach
    void aSalesUser() {
        User user = identity.newUser(USER);
        user.setPassword("first-password");
        identity.saveUser(user);
        identity.createMembership(USER, Groups.SALES);
    }

    @AfterEach
    void removeIt() {
        identity.deleteUser(USER);
    }

    private Answer as(String password, String path) {
        return send("GET", path, null, null, null, Map.of("Authorization", basic(USER, password)));
    }

    private long identityReads() {
        return sql.snapshot().entrySet().stream().filter(e -> e.getKey().contains("ACT_ID_")).mapToLong(Map.Entry::getValue).sum();
    }

    @Test
    void rightCredentialsAgainReadNoIdentityTable() {
        sql.reset();
        assertThat(as("first-password", SALES_ONLY).status()).isEqualTo(404);
        assertThat(identityReads()).as("the first request checks the password and reads groups and tenants").isGreaterThanOrEqualTo(3);

        sql.reset();
        assertThat(as("first-password", SALES_ONLY).status()).isEqualTo(404);
        assertThat(identityReads()).as("the same credentials a moment later").isZero();
    }

    @Test
    void aPasswordChangedHereRefusesTheOldOneAtOnce() {
        assertThat(as("first-password", SALES_ONLY).status()).isEqualTo(404);

        User user = identity.createUserQuery().userId(USER).singleResult();
        user.setPassword("second-password");
        identity.saveUser(user);

        assertThat(as("first-password", SALES_ONLY).status()).isEqualTo(401);
        assertThat(as("second-password", SALES_ONLY).status()).isEqualTo(404);
    }

    @Test
    void aMembershipRemovedHereCountsAtOnce() {
        assertThat(as("first-password", SALES_ONLY).status()).isEqualTo(404);

        identity.deleteMembership(USER, Groups.SALES);

        assertThat(as("first-password", SALES_ONLY).status()).isEqualTo(403);
        assertThat(as("first-password", "/engine-rest/task?maxResults=1").status()).as("still signed in").isEqualTo(200);
    }

    @Test
    void aDeletedUserIsRefusedAtOnce() {
        assertThat(as("first-password", SALES_ONLY).status()).isEqualTo(404);

        identity.deleteUser(USER);

        assertThat(as("first-password", SALES_ONLY).status()).isEqualTo(401);
    }
}
