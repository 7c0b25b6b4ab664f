package io.meridian.system;

import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link AllowedGroups} with the groups {@link ApiAuthenticationFilter} put on the engine; lets a desk's
 * members into an endpoint {@link OpenToDesks} for their desk's clients ({@link CallerDesks}).
 */
class GroupCheckInterceptor implements HandlerInterceptor {

    private final IdentityService identity;
    private final Supplier<List<String>> deskGroups;

    GroupCheckInterceptor(IdentityService identity, Supplier<List<String>> deskGroups) {
        this.identity = identity;
        this.deskGroups = deskGroups;
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
        boolean openToDesks = AnnotatedElementUtils.hasAnnotation(method.getMethod(), OpenToDesks.class)
            || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), OpenToDesks.class);
        if (openToDesks) {
            List<String> desks = deskGroups.get().stream().filter(groups::contains).toList();
            if (!desks.isEmpty()) {
                // the endpoint narrows what it touches to these desks' clients
                request.setAttribute(CallerDesks.ATTRIBUTE, desks);
                return true;
            }
            throw new ForbiddenException("only members of " + String.join(", ", allowed.value())
                + (deskGroups.get().isEmpty() ? "" : ", or of a desk (" + String.join(", ", deskGroups.get()) + ") for its own clients,")
                + " may do this");
        }
        throw new ForbiddenException("only members of " + String.join(", ", allowed.value()) + " may do this");
    }
}
