package io.meridian.workbench;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Spring Security guards the workbench only: form sign-in with the Camunda users, a session,
 * CSRF tokens on every form, and a Content-Security-Policy that runs no script at all (the
 * pages need none, and a cell's text can never become one). {@code /api} and {@code /engine-rest}
 * keep their HTTP Basic filters, and the Camunda webapps their own login: the security filter is
 * registered for {@code /workbench} only. Reading needs a signed-in user; changing (checking a
 * workbook, activating, rolling back) group {@code analysts} or {@code camunda-admin}.
 */
@Configuration
class WorkbenchSecurity {

    static final String[] EDITORS = {"analysts", "camunda-admin"};
    static final String CSP = "default-src 'none'; script-src 'none'; style-src 'self'; img-src 'self'; "
        + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    @Bean
    SecurityFilterChain workbenchChain(HttpSecurity http) throws Exception {
        http.securityMatcher("/workbench/**", "/workbench")
            .authorizeHttpRequests(auth -> auth
                .requestMatchers("/workbench/login", "/workbench/workbench.css").permitAll()
                .requestMatchers(HttpMethod.POST, "/workbench/logout").authenticated()
                .requestMatchers(HttpMethod.POST, "/workbench/**").hasAnyAuthority(EDITORS)
                .requestMatchers("/workbench/confirm/**", "/workbench/candidates/**").hasAnyAuthority(EDITORS)
                .anyRequest().authenticated())
            .formLogin(form -> form.loginPage("/workbench/login").defaultSuccessUrl("/workbench/", true).permitAll())
            .logout(logout -> logout.logoutUrl("/workbench/logout").logoutSuccessUrl("/workbench/login?signedOut"))
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    @Bean
    AuthenticationProvider camundaUsers(IdentityService identity) {
        return new CamundaUsers(identity);
    }

    /** Spring Boot registers the security filter for every path; the workbench is its only business. */
    @Bean
    static BeanPostProcessor workbenchOnlySecurityFilter() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof DelegatingFilterProxyRegistrationBean registration
                    && "securityFilterChainRegistration".equals(beanName)) {
                    registration.setUrlPatterns(List.of("/workbench", "/workbench/*"));
                }
                return bean;
            }
        };
    }
}
