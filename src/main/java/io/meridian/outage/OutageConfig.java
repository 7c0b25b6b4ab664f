package io.meridian.outage;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class OutageConfig {

    /** Outside every other filter, the sign-ins among them: they read the database too. */
    @Bean
    FilterRegistrationBean<Filter> databaseOutage() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new OutageFilter());
        registration.setName("database-outage");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
