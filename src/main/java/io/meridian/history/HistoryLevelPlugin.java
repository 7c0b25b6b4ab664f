package io.meridian.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers {@link JourneyHistoryLevel} so that {@code camunda.bpm.history-level} can name it, and, when
 * it is the configured level, moves a database that an earlier Meridian kept at {@code full} to it
 * (Camunda refuses to start when the configured level and the stored one differ). Only that one step
 * is made: any other stored level still stops the start with Camunda's own message.
 */
@Component
class HistoryLevelPlugin extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(HistoryLevelPlugin.class);

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<HistoryLevel> custom = configuration.getCustomHistoryLevels() == null ? new ArrayList<>()
            : new ArrayList<>(configuration.getCustomHistoryLevels());
        if (custom.stream().noneMatch(level -> level.getId() == JourneyHistoryLevel.ID)) {
            custom.add(JourneyHistoryLevel.INSTANCE);
        }
        configuration.setCustomHistoryLevels(custom);
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        if (!JourneyHistoryLevel.NAME.equals(configuration.getHistory())) {
            return;
        }
        fromFull(configuration.getDataSource(), configuration.getDatabaseTablePrefix());
    }

    /** Moves the stored level from {@code full} to {@link JourneyHistoryLevel}; nothing on a new database. */
    static void fromFull(DataSource dataSource, String tablePrefix) {
        String table = (tablePrefix == null ? "" : tablePrefix) + "ACT_GE_PROPERTY";
        try (Connection connection = dataSource.getConnection()) {
            if (!exists(connection, table)) {
                return;
            }
            boolean auto = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(
                "update " + table + " set VALUE_ = ? where NAME_ = 'historyLevel' and VALUE_ = ?")) {
                update.setString(1, Integer.toString(JourneyHistoryLevel.ID));
                update.setString(2, Integer.toString(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
                if (update.executeUpdate() > 0) {
                    log.info("History level: the database was kept at 'full'; it is now '{}' (no detail row per variable write;"
                        + " the rows written so far stay)", JourneyHistoryLevel.NAME);
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot move the stored history level from 'full' to '"
                + JourneyHistoryLevel.NAME + "': " + e.getMessage(), e);
        }
    }

    private static boolean exists(Connection connection, String table) throws SQLException {
        var meta = connection.getMetaData();
        for (String name : new String[] {table, table.toLowerCase(java.util.Locale.ROOT)}) {
            try (var tables = meta.getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
