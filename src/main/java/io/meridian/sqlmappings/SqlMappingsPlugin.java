package io.meridian.sqlmappings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;

/** The server's engine gets its sessions over the shared mappings: the plugin as a bean, which Camunda's starter applies. */
@Configuration(proxyBeanMethods = false)
class SqlMappingsPlugin {

    @Bean
    ProcessEnginePlugin sqlMappingsEnginePlugin() {
        return SqlMappings.plugin();
    }
}
