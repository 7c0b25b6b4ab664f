package io.meridian.system;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces {@link AllowedGroups} with the groups {@link ApiAuthenticationFilter} put on the engine. */
class GroupCheckInterceptor implements HandlerInterceptor {

    private final IdentityService identity;

    GroupCheckInterceptor(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        AllowedGroups allowed = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), AllowedGroups.class);
        if (allowed == null) {
            allowed = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), AllowedGroups.class);
        }
        if (allowed == null) {
            return true;
        }
        Authentication current = identity.getCurrentAuthentication();
        List<String> groups = current == null || current.getGroupIds() == null ? List.of() : current.getGroupIds();
        if (groups.contains(Groups.ADMIN) || Arrays.stream(allowed.value()).anyMatch(groups::contains)) {
            return true;
        }
        throw new ForbiddenException("only members of " + String.join(", ", allowed.value()) + " may do this");
    }
}
