package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import io.meridian.testsupport.RunsBeside;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockFilterConfig;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The authentication filters use the engine they are given, which no engine registry knows here:
 * Camunda's own look-up would find no engine of that name and answer 404 (or take another
 * application's engine).
 */
@RunsBeside
class EngineAuthenticationFilterTest {

    private final ProcessEngine engine = mock(ProcessEngine.class, RETURNS_DEEP_STUBS);
    private final SignInCache signIns = new SignInCache(RememberedHttpBasicTest.SETTINGS);
    private final LoginThrottle throttle = new LoginThrottle(RememberedHttpBasicTest.SETTINGS);

    private MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        request.addHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString("sam:demo".getBytes(StandardCharsets.UTF_8)));
        return request;
    }

    private void engineNamed(String name) {
        when(engine.getName()).thenReturn(name);
        when(engine.getIdentityService().checkPassword("sam", "demo")).thenReturn(true);
        when(engine.getIdentityService().createGroupQuery().groupMember("sam").list()).thenReturn(List.of());
        when(engine.getIdentityService().createTenantQuery().userMember("sam").includingGroupsOfUser(true).list()).thenReturn(List.of());
    }

    @Test
    void engineRestSignsInOnTheGivenEngine() throws Exception {
        engineNamed("meridian-filter-test");
        EngineAuthenticationFilter filter = new EngineAuthenticationFilter(engine, new RememberedHttpBasic(signIns, throttle));
        filter.init(new MockFilterConfig());
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request("/engine/meridian-filter-test/task"), response, chain);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).as("the request went on").isNotNull();
        verify(engine.getIdentityService()).setAuthentication("sam", List.of(), List.of());

        // a path naming an engine this server does not run is Camunda's look-up and 404, as before
        MockHttpServletResponse other = new MockHttpServletResponse();
        filter.doFilter(request("/engine/no-such-engine/task"), other, new MockFilterChain());
        assertThat(other.getStatus()).isEqualTo(404);
    }

    @Test
    void theApiSignsInOnTheGivenEngine() throws Exception {
        engineNamed("meridian-filter-test");
        ApiAuthenticationFilter filter = new ApiAuthenticationFilter(engine, signIns, throttle);
        filter.init(new MockFilterConfig());
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(request("/api/inquiries"), response, chain);
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
        verify(engine.getIdentityService()).setAuthentication("sam", List.of(), List.of());
    }
}
