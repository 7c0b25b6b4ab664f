package io.meridian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.meridian.benchmark.SqlStatementCounter.End;
import io.meridian.benchmark.SqlStatementCounter.Execution;
import io.meridian.benchmark.SqlStatementCounter.Transaction;
import io.meridian.testsupport.RunsBeside;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The counter's transactions and trace, on a plain H2 data source (what {@link DatabaseFloor} replays). */
@RunsBeside
class SqlStatementCounterTest {

    @Test
    void shouldCountStatementsByTransactionAndRecordTheirShapeAndBatches() throws Exception {
        SqlStatementCounter counter = new SqlStatementCounter();
        try (Connection c = counted(counter).getConnection(); Statement s = c.createStatement()) {
            s.execute("create table thing (id int primary key, name varchar(20))");
            counter.reset();
            counter.record(true);

            s.executeQuery("select count(*) from thing").close();
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("insert into thing (id, name) values (?, ?)")) {
                for (int i = 0; i < 3; i++) {
                    insert.setInt(1, i);
                    insert.setString(2, "n" + i);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            s.executeUpdate("update thing set name = 'x' where id = 1");
            c.commit();
            c.commit();
            s.executeQuery("select name from thing where id = 1").close();
            c.commit();
            s.executeUpdate("delete from thing where id = 2");
            c.rollback();
            s.executeUpdate("delete from thing where id = 0");
            c.setAutoCommit(true);
        }

        assertThat(counter.transactions()).isEqualTo(Map.of("autocommit (read only)", 1L, "commit (writes)", 2L,
            "commit (read only)", 1L, "rollback", 1L));
        assertThat(counter.snapshot()).containsEntry("insert THING", 3L).containsEntry("delete THING", 2L)
            .containsEntry("select THING", 2L).containsEntry("update THING", 1L);
        List<Transaction> trace = counter.trace();
        assertThat(trace).extracting(Transaction::end)
            .containsExactly(End.AUTOCOMMIT, End.COMMIT, End.COMMIT, End.ROLLBACK, End.COMMIT);
        assertThat(trace.get(1).executions()).containsExactly(new Execution("insert THING", 3, true),
            new Execution("update THING", 1, false));
        assertThat(trace.get(2).writes()).isFalse();
        assertThat(trace.get(4).executions()).containsExactly(new Execution("delete THING", 1, false));
    }

    @Test
    void shouldLeaveOutWhatRunsUncounted() throws Exception {
        SqlStatementCounter counter = new SqlStatementCounter();
        int found;
        try (Connection c = counted(counter).getConnection(); Statement s = c.createStatement()) {
            s.execute("create table thing (id int primary key)");
            counter.reset();

            found = counter.uncounted(() -> {
                try (var rows = s.executeQuery("select count(*) from thing")) {
                    rows.next();
                    return rows.getInt(1);
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            s.executeUpdate("insert into thing (id) values (1)");
        }

        assertThat(found).isZero();
        assertThat(counter.snapshot()).isEqualTo(Map.of("insert THING", 1L));
        assertThat(counter.transactions()).isEqualTo(Map.of("autocommit (writes)", 1L));
    }

    /** A new in-memory H2 database, its statements counted by {@code counter}. */
    private static DataSource counted(SqlStatementCounter counter) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:counter-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return (DataSource) counter.postProcessAfterInitialization(h2, "dataSource");
    }
}
