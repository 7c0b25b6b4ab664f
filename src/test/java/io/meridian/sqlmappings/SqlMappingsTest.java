package io.meridian.sqlmappings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import io.meridian.testsupport.RunsBeside;

/**
 * Two engines on two databases with the mappings parsed once: each reads and writes only its own
 * database; an engine with another table prefix gets mappings of its own; the kind parsed ahead
 * is the one the configuration names.
 */
@RunsBeside
class SqlMappingsTest {

    @Test
    void shouldParseTheMappingsOnceAndKeepEachEngineOnItsOwnDatabase() {
        ProcessEngine one = engine("one");
        ProcessEngine two = engine("two");
        try {
            Configuration ofOne = sessions(one).getConfiguration();
            Configuration ofTwo = sessions(two).getConfiguration();
            assertThat(ofOne).as("one parse for two engines of a kind").isSameAs(ofTwo);
            assertThat(ofOne.getEnvironment()).as("no data source in the shared mappings").isNull();

            one.getRepositoryService().createDeployment().addModelInstance("only-one.bpmn",
                Bpmn.createExecutableProcess("onlyOne").camundaHistoryTimeToLive(1).startEvent().userTask("work").endEvent().done()).deploy();
            one.getRuntimeService().startProcessInstanceByKey("onlyOne");

            assertThat(one.getTaskService().createTaskQuery().taskDefinitionKey("work").count()).isEqualTo(1);
            assertThat(two.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("onlyOne").count())
                .as("the second engine's database has no deployment of the first").isZero();
            assertThat(two.getTaskService().createTaskQuery().count()).isZero();
        } finally {
            one.close();
            two.close();
        }
    }

    @Test
    void shouldParseOtherMappingsForAnotherKindOfEngine() {
        ProcessEngine plain = engine("plain");
        ProcessEngine prefixed = engine("prefixed", "OTHER.");
        try {
            assertThat(sessions(prefixed).getConfiguration()).as("another table prefix, other mappings")
                .isNotSameAs(sessions(plain).getConfiguration());
            assertThat(schemaVersionQuery(prefixed)).contains("from OTHER.ACT_GE_PROPERTY");
            assertThat(schemaVersionQuery(plain)).contains("from ACT_GE_PROPERTY");
            assertThat(prefixed.getTaskService().createTaskQuery().count()).isZero();
        } finally {
            plain.close();
            prefixed.close();
        }
    }

    @Test
    void shouldExpectTheKindTheConfigurationNames() {
        assertThat(SqlMappingsAhead.expected(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:file:./data/meridian")))
            .contains(new MappingKind("h2", "", true, null));
        assertThat(SqlMappingsAhead.expected(new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/meridian")
                .withProperty("camunda.bpm.database.table-prefix", "camunda.")
                .withProperty("camunda.bpm.database.jdbc-batch-processing", "false")))
            .contains(new MappingKind("postgres", "camunda.", false, null));
        assertThat(SqlMappingsAhead.expected(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:h2:mem:x")
                .withProperty("camunda.bpm.database.type", "postgres")))
            .as("the type Camunda is told wins over the URL").map(MappingKind::databaseType).contains("postgres");
        assertThat(SqlMappingsAhead.expected(new MockEnvironment().withProperty("spring.datasource.url", "jdbc:oracle:thin:@db:1521/x")))
            .as("a database Meridian does not name: nothing parsed ahead").isEmpty();
        assertThat(SqlMappingsAhead.expected(new MockEnvironment())).isEmpty();
    }

    private static String schemaVersionQuery(ProcessEngine engine) {
        return sessions(engine).getConfiguration().getMappedStatement("selectDbSchemaVersion").getBoundSql(null).getSql();
    }

    private static EngineSessions sessions(ProcessEngine engine) {
        return (EngineSessions)
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getSqlSessionFactory();
    }

    private static ProcessEngine engine(String name) {
        return engine(name, "");
    }

    private static ProcessEngine engine(String name, String tablePrefix) {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        String unique = name + "-" + UUID.randomUUID();
        configuration.setProcessEngineName("shared-mappings-" + unique);
        // a prefixed engine's tables in a schema of that name: Camunda's create scripts take the connection's schema
        String schema = tablePrefix.isEmpty() ? "" : ";INIT=CREATE SCHEMA IF NOT EXISTS " + tablePrefix.replace(".", "")
            + "\\;SET SCHEMA " + tablePrefix.replace(".", "");
        configuration.setJdbcUrl("jdbc:h2:mem:shared-mappings-" + unique + ";DB_CLOSE_DELAY=-1" + schema);
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
        configuration.setDatabaseTablePrefix(tablePrefix);
        configuration.setJobExecutorActivate(false);
        configuration.setMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_AUDIT);
        configuration.getProcessEnginePlugins().add(SqlMappings.plugin());
        return configuration.buildProcessEngine();
    }
}
