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

        @AllowedGroups(Groups.SALES)
        @OpenToDesks
        void salesAndDesks() {
        }
    }

    private final IdentityService identity = mock(IdentityService.class);
    private final GroupCheckInterceptor interceptor = new GroupCheckInterceptor(identity, () -> List.of("sales-apac", "sales-emea"));
    private MockHttpServletRequest request;

    private boolean allows(String method, String... groups) throws Exception {
        when(identity.getCurrentAuthentication()).thenReturn(new Authentication("someone", List.of(groups)));
        HandlerMethod handler = new HandlerMethod(new SampleController(), SampleController.class.getDeclaredMethod(method));
        request = new MockHttpServletRequest();
        return interceptor.preHandle(request, new MockHttpServletResponse(), handler);
    }

    @Test
    void shouldLetADesksMemberIntoAnEndpointOpenToDesksForTheirDesksClientsOnly() throws Exception {
        assertThat(allows("salesAndDesks", "sales-apac", "analysts")).isTrue();
        assertThat(request.getAttribute(CallerDesks.ATTRIBUTE)).as("limited to their desk").isEqualTo(List.of("sales-apac"));
        assertThat(allows("salesAndDesks", Groups.SALES, "sales-apac")).isTrue();
        assertThat(request.getAttribute(CallerDesks.ATTRIBUTE)).as("sales sees every desk's").isNull();
        assertThatThrownBy(() -> allows("anyIntegration", "sales-apac")).as("not open to desks").isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> allows("salesAndDesks", Groups.ANALYSTS)).isInstanceOf(ForbiddenException.class)
            .hasMessage("only members of sales, or of a desk (sales-apac, sales-emea) for its own clients, may do this");
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
