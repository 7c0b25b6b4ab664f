package io.meridian.escalation;

import java.util.List;

import javax.sql.DataSource;

import io.meridian.history.JourneyHistoryLevel;
import io.meridian.sqlmappings.SqlMappings;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
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
        this(context, List.of());
    }

    /** With these interceptors inside each command's context, after the command ran and before its changes are flushed. */
    SecondNode(ApplicationContext context, List<CommandInterceptor> beforeFlush) {
        SpringProcessEngineConfiguration configuration = new SpringProcessEngineConfiguration();
        configuration.setProcessEngineName("escalation-second-node");
        configuration.setDataSource(context.getBean(DataSource.class));
        configuration.setTransactionManager(context.getBean(PlatformTransactionManager.class));
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setCustomHistoryLevels(List.of(JourneyHistoryLevel.INSTANCE));
        configuration.setHistory(JourneyHistoryLevel.NAME);
        configuration.setJobExecutorActivate(false);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setExpressionManager(new SpringExpressionManager(context));
        configuration.setApplicationContext(context);
        configuration.setAuthorizationEnabled(true);
        configuration.setEnforceHistoryTimeToLive(false);
        configuration.setMetricsEnabled(false);
        configuration.setDbMetricsReporterActivate(false);
        // as a Meridian node (application.properties): a failed command is logged by whoever handles it, not by the command context
        configuration.setEnableCmdExceptionLogging(false);
        configuration.getProcessEnginePlugins().add(SqlMappings.plugin());
        configuration.setCustomPostCommandInterceptorsTxRequired(List.copyOf(beforeFlush));
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
