package io.meridian.system;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's engine-rest authentication filter, handed this server's engine instead of looking
 * it up for every request: Camunda's filter asks {@code EngineUtil.lookupProcessEngine}, which
 * runs a {@link java.util.ServiceLoader} over the whole classpath on each call (9 % of the CPU
 * of a refused {@code /api} request in a profile of the fuzz test). A path that names another
 * engine ({@code /engine-rest/engine/other/...}) is still looked up as Camunda does, and answered
 * 404 by Camunda's filter when there is none. Its HTTP Basic check is {@link RememberedHttpBasic}, which
 * remembers a right sign-in for a moment ({@link SignInCache}).
 */
class EngineAuthenticationFilter extends ProcessEngineAuthenticationFilter {

    private final ProcessEngine engine;
    private final AuthenticationProvider signIn;

    EngineAuthenticationFilter(ProcessEngine engine, AuthenticationProvider signIn) {
        this.engine = engine;
        this.signIn = signIn;
    }

    /** Camunda's filter builds its provider from a class name; this one is handed its provider. */
    @Override
    public void init(FilterConfig config) throws ServletException {
        authenticationProvider = signIn;
        servletPathPrefix = config.getInitParameter("rest-url-pattern-prefix");
    }

    ProcessEngine engine() {
        return engine;
    }

    @Override
    protected ProcessEngine getAddressedEngine(String engineName) {
        return engine.getName().equals(engineName) ? engine : super.getAddressedEngine(engineName);
    }
}
