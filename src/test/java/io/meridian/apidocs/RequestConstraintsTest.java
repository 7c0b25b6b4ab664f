package io.meridian.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.meridian.system.Text;
import io.meridian.testsupport.RunsBeside;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverterContextImpl;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * {@link RequestConstraints} describes a request record as the server checks it, also when springdoc asks the converter
 * of an application context that has closed since: springdoc keeps one converter of a class in swagger's JVM-wide chain,
 * the latest context's, and the test suite runs several contexts in one JVM. Before, such a converter asked its closed
 * context for the validator and the shared context's description lost its schemas (ApiDescriptionTest failed in a full run).
 */
@RunsBeside
class RequestConstraintsTest {

    record Sample(@NotBlank String name, @Text(max = 5) String note) {
    }

    @Configuration
    static class Checks {
        @Bean
        LocalValidatorFactoryBean validator() {
            return new LocalValidatorFactoryBean();
        }

        @Bean
        RequestConstraints requestConstraints(ObjectProvider<Validator> validator) {
            return new RequestConstraints(validator);
        }
    }

    @Test
    void shouldDescribeARecordAsTheRunningContextChecksItThroughTheConverterOfAContextClosedSince() {
        try (AnnotationConfigApplicationContext first = new AnnotationConfigApplicationContext(Checks.class)) {
            RequestConstraints later;
            try (AnnotationConfigApplicationContext second = new AnnotationConfigApplicationContext(Checks.class)) {
                later = second.getBean(RequestConstraints.class);
                assertThat(described(later).getRequired()).as("while both run").containsExactly("name");
            }

            Schema<?> sample = described(later);

            assertThat(sample.getRequired()).as("the first context's checks, its own context closed").containsExactly("name");
            assertThat(sample.getProperties().get("note").getMaxLength()).isEqualTo(5);
            assertThat(first.getBean(RequestConstraints.class)).isNotSameAs(later);
        }
    }

    private static Schema<?> described(RequestConstraints converter) {
        ModelConverterContextImpl context = new ModelConverterContextImpl(List.of(converter, new ModelResolver(Json.mapper())));
        context.resolve(new AnnotatedType(Sample.class));
        return context.getDefinedModels().get("Sample");
    }
}
