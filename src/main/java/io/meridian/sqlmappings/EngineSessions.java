package io.meridian.sqlmappings;

import java.sql.Connection;
import java.sql.SQLException;

import org.apache.ibatis.session.Configuration;
import org.apache.ibatis.session.ExecutorType;
import org.apache.ibatis.session.SqlSession;
import org.apache.ibatis.session.SqlSessionFactory;
import org.apache.ibatis.session.TransactionIsolationLevel;
import org.apache.ibatis.session.defaults.DefaultSqlSession;
import org.apache.ibatis.transaction.Transaction;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * One engine's sessions: its own data source and transaction factory (Spring's managed
 * transactions in the server), the shared mappings of its kind. Opens sessions as MyBatis's
 * {@code DefaultSqlSessionFactory} does with an engine's environment. The mappings are looked up
 * on first use, when the engine knows its database type.
 */
final class EngineSessions implements SqlSessionFactory {

    private final ProcessEngineConfigurationImpl engine;
    private volatile Configuration mappings;

    EngineSessions(ProcessEngineConfigurationImpl engine) {
        this.engine = engine;
    }

    @Override
    public Configuration getConfiguration() {
        Configuration known = mappings;
        if (known == null) {
            known = SqlMappings.of(MappingKind.of(engine));
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
