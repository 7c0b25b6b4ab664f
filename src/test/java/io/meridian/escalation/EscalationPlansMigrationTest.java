package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.testsupport.RunsBeside;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A server upgraded to the escalation in working time plans every open task again: the plans kept before counted
 * hours as they pass (migration {@code V16_1}), while the levels reached stay.
 */
@RunsBeside
class EscalationPlansMigrationTest {

    @Test
    void theUpgradeDropsThePlansMadeInHoursAsTheyPassAndKeepsTheLevelsReached() {
        DriverManagerDataSource database = new DriverManagerDataSource("jdbc:h2:mem:plans-upgrade;DB_CLOSE_DELAY=-1", "sa", "");
        JdbcClient jdbc = JdbcClient.create(database);
        Flyway.configure().dataSource(database).locations("classpath:db/migration").target("15.2").load().migrate();
        jdbc.sql("insert into task_escalation_due (task_id, task_due, next_due, rules_version) values ('t1', current_timestamp,"
            + " current_timestamp, '3')").update();
        jdbc.sql("insert into task_escalation (task_id, level, elapsed_share, actions, rules_version, escalated_at)"
            + " values ('t1', 1, 0.8, 'REMIND assignee', '3', current_timestamp)").update();

        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();

        assertThat(jdbc.sql("select count(*) from task_escalation_due").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from task_escalation").query(Integer.class).single()).isEqualTo(1);
        jdbc.sql("shutdown").update();
    }
}
