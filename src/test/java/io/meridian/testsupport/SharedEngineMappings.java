package io.meridian.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ibatis.builder.xml.XMLConfigBuilder;
import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.apache.ibatis.session.defaults.DefaultSqlSession;
import org.apache.ibatis.transaction.Transaction;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.util.ReflectUtil;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Camunda's SQL mappings parsed once per test JVM instead of once per engine. Building an engine
 * parses MyBatis's XML mappings of every Camunda table (about 2 CPU seconds each time with the
 * test JVM's client compiler); the test JVM builds some 30 engines (one per application context,
 * the whole nodes of {@code RuleNodesTest} and {@code ProdProfileTest}, the second nodes of the
 * escalation tests), and the JFR profile of a whole test run put that parsing at 14 % of the
 * test JVM's CPU.
 * <p>
 * The parsed mappings are the same for engines on the same database type, table prefix, batch
 * mode and statement timeout; what differs per engine is where its sessions get their
 * connections. So each engine gets a {@link SqlSessionFactory} of its own that opens sessions
 * with its own data source and transaction factory, as MyBatis's {@code DefaultSqlSessionFactory}
 * does, on mappings shared with the other engines of that kind. The mappings hold no
 * environment: anything that asked them for a data source would fail instead of reaching
 * another engine's database.
 * <p>
 * Test classpath only: every Spring Boot application started in the test JVM gets the plugin
 * through {@code META-INF/spring/...AutoConfiguration.imports} in the test resources, and an
 * engine built by hand adds {@link #plugin()} to its configuration. The server processes of the
 * crash tests and the shipped server parse the mappings as Camunda does.
 */
@AutoConfiguration
public class SharedEngineMappings {

    private static final Map<Kind, Configuration> MAPPINGS = new ConcurrentHashMap<>();

    /** What the parsed mappings depend on. */
    record Kind(String databaseType, String tablePrefix, boolean batch, Integer statementTimeout) {

        static Kind of(ProcessEngineConfigurationImpl engine) {
            if (engine.getDatabaseType() == null) {
                throw new IllegalStateException("the engine's database type is not known yet");
            }
            return new Kind(engine.getDatabaseType(), engine.getDatabaseTablePrefix(), engine.isJdbcBatchProcessing(),
                engine.getJdbcStatementTimeout());
        }
    }

    @Bean
    ProcessEnginePlugin sharedEngineMappingsPlugin() {
        return plugin();
    }

    /** The plugin for an engine configured by hand. */
    public static ProcessEnginePlugin plugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration.getSqlSessionFactory() == null) {
                    configuration.setSqlSessionFactory(new EngineSessions(configuration));
                }
            }
        };
    }

    /** How many kinds of mappings this JVM has parsed. */
    static int parsed() {
        return MAPPINGS.size();
    }

    static Configuration mappings(Kind kind) {
        return MAPPINGS.computeIfAbsent(kind, SharedEngineMappings::parse);
    }

    /** As {@code ProcessEngineConfigurationImpl.initSqlSessionFactory} parses them, without an environment. */
    private static Configuration parse(Kind kind) {
        try (InputStream in = ReflectUtil.getResourceAsStream(ProcessEngineConfigurationImpl.DEFAULT_MYBATIS_MAPPING_FILE);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties properties = new Properties();
            properties.put("prefix", kind.tablePrefix());
            ProcessEngineConfigurationImpl.initSqlSessionFactoryProperties(properties, kind.tablePrefix(), kind.databaseType());
            Configuration configuration = new XMLConfigBuilder(reader, "", properties).parse();
            configuration.setDefaultStatementTimeout(kind.statementTimeout());
            if (kind.batch()) {
                configuration.setDefaultExecutorType(ExecutorType.BATCH);
            }
            return configuration;
        } catch (IOException e) {
            throw new ProcessEngineException("cannot read Camunda's SQL mappings: " + e.getMessage(), e);
        }
    }

    /** One engine's sessions: its data source and transactions, the shared mappings of its kind. */
    static final class EngineSessions implements SqlSessionFactory {

        private final ProcessEngineConfigurationImpl engine;
        private volatile Configuration mappings;

        EngineSessions(ProcessEngineConfigurationImpl engine) {
            this.engine = engine;
        }

        @Override
        public Configuration getConfiguration() {
            Configuration known = mappings;
            if (known == null) {
                known = mappings(Kind.of(engine));
                mappings = known;
            }
            return known;
        }

        @Override
        public SqlSession openSession() {
            return fromDataSource(getConfiguration().getDefaultExecutorType(), null, false);
        }

        @Override
        public SqlSession openSession(boolean autoCommit) {
            return fromDataSource(getConfiguration().getDefaultExecutorType(), null, autoCommit);
        }

        @Override
        public SqlSession openSession(Connection connection) {
            return fromConnection(getConfiguration().getDefaultExecutorType(), connection);
        }

        @Override
        public SqlSession openSession(TransactionIsolationLevel level) {
            return fromDataSource(getConfiguration().getDefaultExecutorType(), level, false);
        }

        @Override
        public SqlSession openSession(ExecutorType execType) {
            return fromDataSource(execType, null, false);
        }

        @Override
        public SqlSession openSession(ExecutorType execType, boolean autoCommit) {
            return fromDataSource(execType, null, autoCommit);
        }

        @Override
        public SqlSession openSession(ExecutorType execType, TransactionIsolationLevel level) {
            return fromDataSource(execType, level, false);
        }

        @Override
        public SqlSession openSession(ExecutorType execType, Connection connection) {
            return fromConnection(execType, connection);
        }

        private SqlSession fromDataSource(ExecutorType type, TransactionIsolationLevel level, boolean autoCommit) {
            Configuration configuration = getConfiguration();
            Transaction transaction = engine.getTransactionFactory().newTransaction(engine.getDataSource(), level, autoCommit);
            try {
                return new DefaultSqlSession(configuration, configuration.newExecutor(transaction, type), autoCommit);
            } catch (RuntimeException e) {
                try {
                    transaction.close();
                } catch (SQLException closing) {
                    e.addSuppressed(closing);
                }
                throw e;
            }
        }

        private SqlSession fromConnection(ExecutorType type, Connection connection) {
            Configuration configuration = getConfiguration();
            boolean autoCommit;
            try {
                autoCommit = connection.getAutoCommit();
            } catch (SQLException e) {
                autoCommit = true; // as MyBatis: a driver that cannot tell is taken as auto-commit
            }
            Transaction transaction = engine.getTransactionFactory().newTransaction(connection);
            return new DefaultSqlSession(configuration, configuration.newExecutor(transaction, type), autoCommit);
        }
    }
}
