package io.meridian.h2file;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/** Gives the data source's H2 URL the settings it lacks ({@link H2UrlSettings}) before the data source is made from it. */
@Component
class H2DataSourceUrl implements BeanPostProcessor {

    private static final Logger log = LoggerFactory.getLogger(H2DataSourceUrl.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSourceProperties properties && properties.getUrl() != null) {
            List<String> missing = H2UrlSettings.missing(properties.getUrl());
            if (!missing.isEmpty()) {
                // the settings added, not the URL, which may carry a password
                log.info("The H2 URL lacked settings the server needs; added {} (README \"What survives a crash\")", missing);
                properties.setUrl(H2UrlSettings.with(properties.getUrl(), missing));
            }
        }
        return bean;
    }
}
