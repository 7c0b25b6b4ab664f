package io.meridian.outage;

import java.time.Clock;

import javax.sql.DataSource;

import jakarta.servlet.Filter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
class OutageConfig {

    /** Stack traces of the outage out of the log while it lasts: one line a minute for each kind. */
    OutageConfig() {
        OutageLogFilter.install(Clock.systemUTC());
    }

    @Bean
    OutageWatch outageWatch(DataSource dataSource) {
        return new OutageWatch(dataSource);
    }

    /** Outside every other filter, the sign-ins among them: they read the database too. */
    @Bean
    FilterRegistrationBean<Filter> databaseOutage(OutageWatch watch) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new OutageFilter(watch));
        registration.setName("database-outage");
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
