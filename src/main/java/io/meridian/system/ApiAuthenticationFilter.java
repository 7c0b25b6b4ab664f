package io.meridian.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * HTTP Basic for {@code /api}: Camunda's own engine-rest filter ({@link ProcessEngineAuthenticationFilter}
 * with {@link HttpBasicAuthenticationProvider}), which checks the password against the engine's
 * identity service and puts the user, its groups and tenants on the engine for the request, so
 * everything done on the caller's behalf (task queries, authorizations, history) carries the
 * caller's identity, and clears them afterwards. Meridian changes the refusal (a problem+json
 * body that says what is wrong, and the realm "Meridian") and hands it this server's engine
 * ({@link EngineAuthenticationFilter}).
 */
class ApiAuthenticationFilter extends EngineAuthenticationFilter {

    static final String REALM = "Meridian";

    ApiAuthenticationFilter(ProcessEngine engine, SignInCache signIns, LoginThrottle throttle) {
        super(engine, new ProblemChallenge(signIns, throttle));
    }

    /** {@code /api/...} never names an engine: this server's answers, whatever Camunda reads from the path. */
    @Override
    protected ProcessEngine getAddressedEngine(String engineName) {
        return engine();
    }

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        // the whole path after the context counts (Camunda's default strips the servlet path, which is
        // the whole path for Spring's dispatcher): /api/... never names an engine, so this server's answers
        servletPathPrefix = "";
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
        throws IOException, ServletException {
        if (((HttpServletRequest) request).getHeader("Authorization") == null) {
            challenge((HttpServletResponse) response, "This API needs HTTP Basic credentials of a Meridian user.");
            return;
        }
        super.doFilter(request, response, chain);
    }

    static void challenge(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
        ProblemResponses.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
    }

    /** Camunda's HTTP Basic check (remembered for a moment), answering a refusal with a problem body. */
    static final class ProblemChallenge extends RememberedHttpBasic {
        ProblemChallenge(SignInCache signIns, LoginThrottle throttle) {
            super(signIns, throttle);
        }

        @Override
        public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
            try {
                challenge(response, "Unknown user or wrong password.");
            } catch (IOException e) {
                throw new IllegalStateException("Could not answer the refused sign-in", e);
            }
        }
    }
}
