package io.meridian.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code /actuator}: open to everyone, but with HTTP Basic credentials of a Meridian user the
 * request carries that user as its principal, so {@code show-details=when-authorized} shows the
 * details (rule book, database) to authenticated users only. Wrong credentials are a 401.
 */
class HealthAuthenticationFilter extends OncePerRequestFilter {

    private final IdentityService identity;

    HealthAuthenticationFilter(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String user = LoginThrottleFilter.basicUser(header);
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        if (!identity.checkPassword(user, decoded.substring(user.length() + 1))) {
            ApiAuthenticationFilter.challenge(response, "Unknown user or wrong password.");
            return;
        }
        Principal principal = () -> user;
        chain.doFilter(new HttpServletRequestWrapper(request) {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public String getRemoteUser() {
                return user;
            }
        }, response);
    }
}
