package io.meridian.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.meridian.testsupport.RunsBeside;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** A database an earlier Meridian kept at history level full moves to the new level; any other stays. */
@RunsBeside
class HistoryLevelPluginTest {

    private static DriverManagerDataSource database(String name) {
        return new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @Test
    void movesADatabaseKeptAtFullToTheLevelWithoutVariableDetails() {
        DriverManagerDataSource db = database("history-full");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ integer)");
        jdbc.update("insert into ACT_GE_PROPERTY values ('historyLevel', '3', 1)");
        jdbc.update("insert into ACT_GE_PROPERTY values ('schema.version', '7.24.0', 1)");

        HistoryLevelPlugin.fromFull(db, "");

        assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class))
            .isEqualTo(Integer.toString(JourneyHistoryLevel.ID));
        assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'schema.version'", String.class))
            .isEqualTo("7.24.0");
    }

    @Test
    void leavesAnyOtherStoredLevelForCamundaToRefuse() {
        DriverManagerDataSource db = database("history-audit");
        JdbcTemplate jdbc = new JdbcTemplate(db);
        jdbc.execute("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ integer)");
        jdbc.update("insert into ACT_GE_PROPERTY values ('historyLevel', '2', 1)");

        HistoryLevelPlugin.fromFull(db, "");

        assertThat(jdbc.queryForObject("select VALUE_ from ACT_GE_PROPERTY where NAME_ = 'historyLevel'", String.class))
            .isEqualTo("2");
    }

    @Test
    void doesNothingOnANewDatabase() {
        assertThatNoException().isThrownBy(() -> HistoryLevelPlugin.fromFull(database("history-new"), ""));
    }

    @Test
    void producesEveryEventOfFullButTheVariableDetail() {
        var full = org.camunda.bpm.engine.impl.history.HistoryLevel.HISTORY_LEVEL_FULL;
        for (var type : org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.values()) {
            boolean expected = type != org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL;
            assertThat(JourneyHistoryLevel.INSTANCE.isHistoryEventProduced(type, null)).as(type.toString())
                .isEqualTo(expected && full.isHistoryEventProduced(type, null));
        }
        assertThat(JourneyHistoryLevel.INSTANCE.isHistoryEventProduced(
            org.camunda.bpm.engine.impl.history.event.HistoryEventTypes.USER_OPERATION_LOG, null)).as("Cockpit's operation log").isTrue();
    }
}
