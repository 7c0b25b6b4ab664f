package io.meridian.desk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * Puts back the desks of the default run (main {@code application.properties}), which the shared test
 * configuration leaves out so that the rest of the suite runs one team: the desk tests work with the
 * desks exactly as shipped, not with a copy of them.
 */
class DefaultDesks implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    static final String PREFIX = "meridian.team.desks[";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("desks of the default run", desks()));
    }

    static Map<String, Object> desks() {
        try {
            Properties main = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
            Map<String, Object> desks = new LinkedHashMap<>();
            main.stringPropertyNames().stream().filter(name -> name.startsWith(PREFIX)).sorted()
                .forEach(name -> desks.put(name, main.getProperty(name)));
            if (desks.isEmpty()) {
                throw new IllegalStateException("the default application.properties configures no desks");
            }
            return desks;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
