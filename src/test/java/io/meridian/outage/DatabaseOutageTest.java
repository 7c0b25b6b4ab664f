package io.meridian.outage;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import io.meridian.testsupport.RunsBeside;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

/** Which failures are the database out of reach: the chains the engine and Spring make of them. */
@RunsBeside
class DatabaseOutageTest {

    @Test
    void shouldFindARestartOfPostgresThatEndedTheConnectionMidTransaction() {
        // as logged when `service postgresql restart` ended a request's connection: the engine's wrapper of Spring's
        // failed rollback, which holds PostgreSQL's "terminating connection due to administrator command" aside
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new ProcessEngineException("flush failed",
            new SQLException("FATAL: terminating connection due to administrator command", "57P01")));

        assertThat(DatabaseOutage.in(new ProcessEnginePersistenceException("An exception occurred in the persistence layer.", rollback))).isTrue();
    }

    @Test
    void shouldFindAConnectionThePoolCouldNotOpen() {
        assertThat(DatabaseOutage.in(new RuntimeException("Could not open JDBC Connection for transaction",
            new SQLException("Connection to localhost:5432 refused", "08001")))).isTrue();
    }

    @Test
    void shouldNotTakeOtherFailuresOfTheDatabaseForAnOutage() {
        TransactionSystemException rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        rollback.initApplicationException(new IllegalStateException("a bug"));

        assertThat(DatabaseOutage.in(new ProcessEnginePersistenceException("An exception occurred in the persistence layer.", rollback))).isFalse();
        assertThat(DatabaseOutage.in(new RuntimeException(new SQLException("duplicate key value", "23505")))).isFalse();
    }
}
