package io.meridian.system;

import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * engine-rest ships without authentication; Meridian closes it and its own API with HTTP Basic
 * against the engine's users. Camunda's own filter leaves {@code /engine-rest/engine} (the
 * engine list) open, as tools use it to discover the engine. Request bodies are size-limited
 * before anyone reads them; {@link AllowedGroups} restricts {@code /api} endpoints to groups, and
 * {@link OpenToDesks} opens one to the desks' members for their own clients.
 */
@Configuration
class SecurityConfig implements WebMvcConfigurer {

    private final IdentityService identity;
    private final ProcessEngine engine;
    private final ObjectProvider<ConfiguredTeams> configured;

    SecurityConfig(IdentityService identity, ProcessEngine engine, ObjectProvider<ConfiguredTeams> configured) {
        this.identity = identity;
        this.engine = engine;
        this.configured = configured;
    }

    @Bean
    FilterRegistrationBean<Filter> requestSizeLimit(SecuritySettings settings) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(settings));
        registration.setName("request-size-limit");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** Answers with client data are kept by no cache and framed by no other site (README "Security"). */
    @Bean
    FilterRegistrationBean<Filter> privateAnswers() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new PrivateAnswersFilter());
        registration.setName("private-answers");
        // the webapps' API as well: Tasklist reads tasks, forms and variables there
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    /** No change to anything from another site's page, which a browser sends with the credentials it remembers. */
    @Bean
    FilterRegistrationBean<Filter> crossSiteRequests() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new CrossSiteRequestFilter());
        registration.setName("cross-site-requests");
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 12);
        return registration;
    }

    /** The connection's peer (Tomcat puts the forwarded client there only where proxies are trusted). */
    @Bean
    ClientAddressResolver clientAddressResolver() {
        return HttpServletRequest::getRemoteAddr;
    }

    @Bean
    FilterRegistrationBean<Filter> loginThrottleFilter(LoginThrottle throttle, ClientAddressResolver addresses) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new LoginThrottleFilter(throttle, addresses));
        registration.setName("login-throttle");
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/actuator/*", "/camunda/api/admin/auth/*", "/workbench/login");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> healthAuthentication() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new HealthAuthenticationFilter(identity));
        registration.setName("health-authentication");
        registration.addUrlPatterns("/actuator/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> engineRestAuthentication(SignInCache signIns, LoginThrottle throttle) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
            new EngineAuthenticationFilter(engine, new RememberedHttpBasic(signIns, throttle)));
        registration.setName("engine-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> apiAuthentication(SignInCache signIns, LoginThrottle throttle) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(engine, signIns, throttle));
        registration.setName("api-authentication");
        // the API, its OpenAPI description and Swagger UI (/api/swagger-ui; the bare webjar as well), the metrics
        registration.addUrlPatterns("/api/*", "/webjars/swagger-ui/*", "/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }

    /** The meters for the administrators and the monitoring login only, once {@link #apiAuthentication} signed the caller in. */
    @Bean
    FilterRegistrationBean<Filter> monitoringOnly() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new MonitoringOnlyFilter(identity));
        registration.setName("monitoring-only");
        registration.addUrlPatterns("/actuator/prometheus", "/actuator/metrics", "/actuator/metrics/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 21);
        return registration;
    }

    /**
     * Variables in a correlation's or a start's answer for those who may read the process's instances only, once
     * {@link #engineRestAuthentication} signed the caller in (the webapps' engine API: by their session).
     */
    @Bean
    FilterRegistrationBean<Filter> variablesInAnswers(EngineReads reads) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
            new VariablesInAnswers(identity, engine.getAuthorizationService(), engine.getRepositoryService(), reads));
        registration.setName("variables-in-answers");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 22);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        // the desks' groups, read when a request first needs them (the desks are built after this configuration)
        Supplier<List<String>> deskGroups = SingletonSupplier.of(() -> configured.orderedStream()
            .flatMap(teams -> teams.teams().stream()).map(ConfiguredTeams.Team::group).toList());
        registry.addInterceptor(new GroupCheckInterceptor(identity, deskGroups)).addPathPatterns("/api/**");
    }
}
