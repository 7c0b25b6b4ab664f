package io.meridian.escalation;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A second process engine on the test's database, as a second Meridian node would have: its
 * own engine, command stack and caches, the same tables, Spring-managed transactions and the
 * same beans for expressions. It never touches the schema and runs no job executor; a test
 * drives its jobs.
 */
final class SecondNode implements AutoCloseable {

    private final ProcessEngine engine;

    SecondNode(ApplicationContext context) {
        SpringProcessEngineConfiguration configuration = new SpringProcessEngineConfiguration();
        configuration.setProcessEngineName("escalation-second-node");
        configuration.setDataSource(context.getBean(DataSource.class));
        configuration.setTransactionManager(context.getBean(PlatformTransactionManager.class));
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setCustomHistoryLevels(java.util.List.of(io.meridian.history.JourneyHistoryLevel.INSTANCE));
        configuration.setHistory(io.meridian.history.JourneyHistoryLevel.NAME);
        configuration.setJobExecutorActivate(false);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setExpressionManager(new SpringExpressionManager(context));
        configuration.setApplicationContext(context);
        configuration.setAuthorizationEnabled(true);
        configuration.setEnforceHistoryTimeToLive(false);
        configuration.setMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        configuration.getProcessEnginePlugins().add(io.meridian.sqlmappings.SqlMappings.plugin());
        engine = configuration.buildProcessEngine();
    }

    ProcessEngine engine() {
        return engine;
    }

    @Override
    public void close() {
        engine.close();
    }
}
