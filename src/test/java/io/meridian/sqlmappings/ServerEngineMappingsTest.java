package io.meridian.sqlmappings;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.testsupport.MeridianTest;
import org.apache.ibatis.session.ExecutorType;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The server's engine runs on the shared mappings, and the kind parsed ahead from the
 * configuration is exactly the kind the engine needs (a wrong guess would cost a second parse).
 */
@MeridianTest
class ServerEngineMappingsTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    Environment environment;

    @Test
    void shouldRunTheEngineOnTheMappingsParsedAheadForItsKind() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.getSqlSessionFactory()).isInstanceOf(EngineSessions.class);
        MappingKind needed = MappingKind.of(configuration);
        assertThat(SqlMappingsAhead.expected(environment)).as("the kind parsed ahead").contains(needed);
        assertThat(configuration.getSqlSessionFactory().getConfiguration()).isSameAs(SqlMappings.of(needed));
        assertThat(configuration.getSqlSessionFactory().getConfiguration().getDefaultExecutorType())
            .as("Camunda's batch mode, as configured").isEqualTo(ExecutorType.BATCH);
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("clientJourney").count())
            .as("the engine reads its database through them").isPositive();
    }
}
