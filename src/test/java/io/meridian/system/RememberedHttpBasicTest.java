package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;

import io.meridian.testsupport.RunsBeside;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/**
 * A right HTTP Basic sign-in is remembered for the time to live with the groups and tenants read then:
 * the same credentials again check no password and read nothing; other credentials, an expired sign-in
 * or one forgotten after an identity change go to the engine again.
 */
@RunsBeside
class RememberedHttpBasicTest {

    static final LoginSettings SETTINGS = new LoginSettings(5, Duration.ofMinutes(15), Duration.ofSeconds(30),
        Duration.ofMinutes(15), 100_000, Duration.ofSeconds(30), 10_000);

    private final ProcessEngine engine = mock(ProcessEngine.class, RETURNS_DEEP_STUBS);
    private final IdentityService identity = engine.getIdentityService();
    private Instant now = Instant.parse("2026-12-03T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @BeforeEach
    void samIsInSalesAndTenantEu() {
        when(engine.getName()).thenReturn("default");
        when(identity.checkPassword("sam", "demo")).thenReturn(true);
        Group sales = mock(Group.class);
        when(sales.getId()).thenReturn("sales");
        Tenant eu = mock(Tenant.class);
        when(eu.getId()).thenReturn("eu");
        when(identity.createGroupQuery().groupMember("sam").list()).thenReturn(List.of(sales));
        when(identity.createTenantQuery().userMember("sam").includingGroupsOfUser(true).list()).thenReturn(List.of(eu));
    }

    private RememberedHttpBasic provider(LoginSettings settings, SignInCache cache) {
        return new RememberedHttpBasic(cache, new LoginThrottle(settings));
    }

    private static MockHttpServletRequest basic(String user, String password) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/inquiries");
        request.addHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        return request;
    }

    @Test
    void theSameCredentialsAgainCheckNoPasswordAndReadNothing() {
        SignInCache cache = new SignInCache(SETTINGS, clock);
        RememberedHttpBasic basic = provider(SETTINGS, cache);

        for (int i = 0; i < 3; i++) {
            AuthenticationResult result = basic.extractAuthenticatedUser(basic("sam", "demo"), engine);
            assertThat(result.isAuthenticated()).isTrue();
            assertThat(result.getAuthenticatedUser()).isEqualTo("sam");
            assertThat(result.getGroups()).containsExactly("sales");
            assertThat(result.getTenants()).containsExactly("eu");
        }
        verify(identity, times(1)).checkPassword("sam", "demo");
        verify(identity.createGroupQuery().groupMember("sam"), times(1)).list();
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void aWrongPasswordForARememberedUserGoesToTheEngineAndIsRefused() {
        SignInCache cache = new SignInCache(SETTINGS, clock);
        RememberedHttpBasic basic = provider(SETTINGS, cache);
        basic.extractAuthenticatedUser(basic("sam", "demo"), engine);

        AuthenticationResult wrong = basic.extractAuthenticatedUser(basic("sam", "demo2"), engine);

        assertThat(wrong.isAuthenticated()).isFalse();
        verify(identity).checkPassword("sam", "demo2");
        assertThat(cache.size()).as("a refusal is never remembered").isEqualTo(1);
    }

    @Test
    void aSignInOlderThanTheTimeToLiveOrForgottenIsCheckedAgain() {
        SignInCache cache = new SignInCache(SETTINGS, clock);
        RememberedHttpBasic basic = provider(SETTINGS, cache);
        basic.extractAuthenticatedUser(basic("sam", "demo"), engine);

        now = now.plusSeconds(29);
        basic.extractAuthenticatedUser(basic("sam", "demo"), engine);
        verify(identity, times(1)).checkPassword("sam", "demo");

        now = now.plusSeconds(1);
        basic.extractAuthenticatedUser(basic("sam", "demo"), engine);
        verify(identity, times(2)).checkPassword("sam", "demo");

        cache.forgetAll();
        basic.extractAuthenticatedUser(basic("sam", "demo"), engine);
        verify(identity, times(3)).checkPassword("sam", "demo");
    }

    @Test
    void aTimeToLiveOfZeroRemembersNothing() {
        LoginSettings off = new LoginSettings(5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15),
            100_000, Duration.ZERO, 10_000);
        SignInCache cache = new SignInCache(off, clock);
        RememberedHttpBasic basic = provider(off, cache);

        basic.extractAuthenticatedUser(basic("sam", "demo"), engine);
        basic.extractAuthenticatedUser(basic("sam", "demo"), engine);

        verify(identity, times(2)).checkPassword("sam", "demo");
        assertThat(cache.size()).isZero();
    }

    @Test
    void aSignInReadBeforeAnIdentityChangeIsNotRememberedAfterIt() {
        SignInCache cache = new SignInCache(SETTINGS, clock);
        long before = cache.changes();

        cache.forgetAll(); // a password or membership changed while the groups were being read
        cache.remember(before, "default", "c", "sam", List.of("sales"), List.of());

        assertThat(cache.find("default", "c")).isEmpty();
        cache.remember(cache.changes(), "default", "c", "sam", List.of("sales"), List.of());
        assertThat(cache.find("default", "c")).isPresent();
    }

    @Test
    void aFullCacheDropsExpiredSignInsAndThenRemembersNoMore() {
        LoginSettings two = new LoginSettings(5, Duration.ofMinutes(15), Duration.ofSeconds(30), Duration.ofMinutes(15),
            100_000, Duration.ofSeconds(30), 2);
        SignInCache cache = new SignInCache(two, clock);
        cache.remember(cache.changes(), "default", "a", "ann", List.of(), List.of());
        now = now.plusSeconds(10);
        cache.remember(cache.changes(), "default", "b", "bob", List.of(), List.of());
        now = now.plusSeconds(25);

        cache.remember(cache.changes(), "default", "c", "cat", List.of(), List.of());
        assertThat(cache.find("default", "a")).as("expired, dropped for the new one").isEmpty();
        assertThat(cache.find("default", "c")).isPresent();

        cache.remember(cache.changes(), "default", "d", "dan", List.of(), List.of());
        assertThat(cache.find("default", "d")).as("full of live sign-ins").isEmpty();
        assertThat(cache.find("default", "b")).isPresent();
        assertThat(cache.find("other-engine", "b")).as("another engine's sign-in is its own").isEmpty();
    }
}
