package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import io.meridian.testsupport.RunsBeside;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;

@RunsBeside
class GroupCheckInterceptorTest {

    @AllowedGroups(Groups.INTEGRATIONS)
    static class SampleController {
        void anyIntegration() {
        }

        @AllowedGroups(Groups.ANALYSTS)
        void analystsOnly() {
        }
    }

    private final IdentityService identity = mock(IdentityService.class);
    private final GroupCheckInterceptor interceptor = new GroupCheckInterceptor(identity);

    private boolean allows(String method, String... groups) throws Exception {
        when(identity.getCurrentAuthentication()).thenReturn(new Authentication("someone", List.of(groups)));
        HandlerMethod handler = new HandlerMethod(new SampleController(), SampleController.class.getDeclaredMethod(method));
        return interceptor.preHandle(new MockHttpServletRequest(), new MockHttpServletResponse(), handler);
    }

    @Test
    void shouldLetMembersOfTheNamedGroupIn() throws Exception {
        assertThat(allows("analystsOnly", Groups.ANALYSTS)).isTrue();
        assertThat(allows("anyIntegration", Groups.INTEGRATIONS, Groups.SALES)).isTrue();
    }

    @Test
    void shouldAlwaysLetAdministratorsIn() throws Exception {
        assertThat(allows("analystsOnly", Groups.ADMIN)).isTrue();
    }

    @Test
    void shouldRefuseOthersWithForbidden() {
        assertThatThrownBy(() -> allows("analystsOnly", Groups.INTEGRATIONS)).isInstanceOf(ForbiddenException.class)
            .hasMessageContaining(Groups.ANALYSTS);
        assertThatThrownBy(() -> allows("anyIntegration", Groups.SALES)).isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> allows("anyIntegration")).isInstanceOf(ForbiddenException.class);
    }
}
