package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** The row the start-up's seeding locks, with and without Camunda's table prefix. */
@RunsBeside
class IdentityOnStartTest {

    @Test
    void theLockReadsTheDeploymentLockRowUnderTheTablePrefix() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:identity-lock-" + System.nanoTime())) {
            try (Statement ddl = db.createStatement()) {
                ddl.execute("create schema camunda");
                for (String table : new String[] {"ACT_GE_PROPERTY", "camunda.ACT_GE_PROPERTY"}) {
                    ddl.execute("create table " + table + " (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ integer)");
                    ddl.execute("insert into " + table + " values ('deployment.lock', '0', 1), ('historyLevel', '3', 1)");
                }
            }
            db.setAutoCommit(false);
            for (String prefix : new String[] {"", "camunda.", null}) {
                try (Statement lock = db.createStatement(); ResultSet rows = lock.executeQuery(IdentityOnStart.lock(prefix))) {
                    assertThat(rows.next()).as("prefix %s", prefix).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("0");
                    assertThat(rows.next()).as("one row").isFalse();
                }
            }
            db.rollback();
        }
        assertThat(IdentityOnStart.lock("camunda.")).contains("from camunda.ACT_GE_PROPERTY ");
    }
}
