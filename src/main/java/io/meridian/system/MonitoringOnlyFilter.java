package io.meridian.system;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The meters ({@code /actuator/prometheus}, {@code /actuator/metrics}) are the operators': the administrators and the
 * monitoring login (group {@code monitoring}, a scraper's user that may do nothing else). They name no client, but every
 * signed-in user read the company's volumes (journeys started, emails waiting), each endpoint's traffic and errors and
 * the server's memory: a phished salesperson's password need not show an intruder where the server strains. Runs after
 * {@link ApiAuthenticationFilter}, which signed the caller in.
 */
class MonitoringOnlyFilter extends OncePerRequestFilter {

    static final List<String> GROUPS = List.of(Groups.ADMIN, Groups.MONITORING);
    static final String REFUSAL = "The metrics are for the administrators (group camunda-admin) and the monitoring login"
        + " (group monitoring): give the scraper a user of its own in group monitoring.";

    private final IdentityService identity;

    MonitoringOnlyFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        Authentication caller = identity.getCurrentAuthentication();
        List<String> groups = caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
        if (groups.stream().noneMatch(GROUPS::contains)) {
            ProblemResponses.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", REFUSAL);
            return;
        }
        chain.doFilter(request, response);
    }
}
