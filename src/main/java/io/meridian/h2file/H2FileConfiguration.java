package io.meridian.h2file;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Keeps the H2 file compact when the data source is H2 in file mode without a write delay. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.h2.mvstore.MVStore")
class H2FileConfiguration {

    @Bean
    H2FileHousekeeping h2FileHousekeeping(DataSource dataSource,
                                          @Value("${meridian.h2.housekeeping-interval:PT0.5S}") String interval) {
        // read as text: a value that is no duration ("5 min") is refused with the property's name, as one not above 0
        return new H2FileHousekeeping(dataSource, H2FileHousekeeping.interval(interval));
    }
}
