package io.meridian.idempotency;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The Idempotency-Key filter, after the API's authentication (it keys answers by caller). */
@Configuration
class IdempotencyConfig {

    @Bean
    FilterRegistrationBean<Filter> idempotencyKeyFilter(IdempotencyKeys keys, PlatformTransactionManager transactions,
                                                   IdentityService identity, IdempotencySettings settings) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
            new IdempotencyFilter(keys, new TransactionTemplate(transactions), identity, settings));
        registration.setName("idempotency-keys");
        registration.addUrlPatterns("/api/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
        return registration;
    }
}
