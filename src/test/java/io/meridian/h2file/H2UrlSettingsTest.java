package io.meridian.h2file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/** An own H2 URL gets the write delay and null ordering the server's promises need; one that would lose commits is refused. */
@RunsBeside
class H2UrlSettingsTest {

    static final String DEFAULT = "jdbc:h2:file:./data/meridian;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0;DEFAULT_NULL_ORDERING=HIGH";

    @Test
    void aUrlWithBothSettingsAndOtherDatabasesUrlsStayAsTheyAre() {
        assertThat(H2UrlSettings.complete(DEFAULT)).isSameAs(DEFAULT);
        assertThat(H2UrlSettings.complete("jdbc:postgresql://localhost:5432/meridian")).isEqualTo("jdbc:postgresql://localhost:5432/meridian");
        assertThat(H2UrlSettings.complete("jdbc:h2:file:/srv/meridian/db;write_delay=0;Default_Null_Ordering=high"))
            .as("in any case").isEqualTo("jdbc:h2:file:/srv/meridian/db;write_delay=0;Default_Null_Ordering=high");
    }

    @Test
    void anOwnFileUrlGetsTheSettingsItLacks() {
        assertThat(H2UrlSettings.complete("jdbc:h2:file:/srv/meridian/db"))
            .isEqualTo("jdbc:h2:file:/srv/meridian/db;WRITE_DELAY=0;DEFAULT_NULL_ORDERING=HIGH");
        assertThat(H2UrlSettings.complete("jdbc:h2:./data/meridian;AUTO_SERVER=TRUE;"))
            .isEqualTo("jdbc:h2:./data/meridian;AUTO_SERVER=TRUE;WRITE_DELAY=0;DEFAULT_NULL_ORDERING=HIGH");
        assertThat(H2UrlSettings.complete("jdbc:h2:file:/srv/meridian/db;WRITE_DELAY=0"))
            .isEqualTo("jdbc:h2:file:/srv/meridian/db;WRITE_DELAY=0;DEFAULT_NULL_ORDERING=HIGH");
        // an in-memory database is lost whole in a crash: only the ordering
        assertThat(H2UrlSettings.complete("jdbc:h2:mem:training")).isEqualTo("jdbc:h2:mem:training;DEFAULT_NULL_ORDERING=HIGH");
    }

    @Test
    void aUrlWithAnotherWriteDelayIsRefusedNamingIt() {
        assertThatThrownBy(() -> H2UrlSettings.complete("jdbc:h2:file:/srv/meridian/db;WRITE_DELAY=500"))
            .isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, e -> {
                assertThat(e.getName()).isEqualTo("spring.datasource.url");
                assertThat(e.getReason()).contains("WRITE_DELAY=500", "500 ms of commits in memory only", "set WRITE_DELAY=0");
            });
    }

    @Test
    void theRefusalShowsTheUrlWithoutItsPasswords() {
        assertThatThrownBy(() -> H2UrlSettings.complete("jdbc:h2:file:/srv/meridian/db;CIPHER=AES;USER=meridian;"
            + "PASSWORD=file-secret user-secret;WRITE_DELAY=500"))
            .isInstanceOfSatisfying(InvalidConfigurationPropertyValueException.class, e -> {
                assertThat(e.getValue()).isEqualTo("jdbc:h2:file:/srv/meridian/db;CIPHER=AES;USER=meridian;PASSWORD=******;WRITE_DELAY=500");
                assertThat(e.getMessage()).contains("WRITE_DELAY=500").doesNotContain("secret");
            });
        assertThat(H2UrlSettings.shown("jdbc:h2:file:./data/db;file_password=x;WRITE_DELAY=1"))
            .as("any case, any setting whose name holds PASSWORD").isEqualTo("jdbc:h2:file:./data/db;file_password=******;WRITE_DELAY=1");
    }

    @Test
    void theDataSourcesUrlIsCompletedBeforeTheDataSourceIsMade() {
        DataSourceProperties properties = new DataSourceProperties();
        properties.setUrl("jdbc:h2:file:/srv/meridian/db");
        new H2DataSourceUrl().postProcessAfterInitialization(properties, "dataSourceProperties");
        assertThat(properties.getUrl()).isEqualTo("jdbc:h2:file:/srv/meridian/db;WRITE_DELAY=0;DEFAULT_NULL_ORDERING=HIGH");
        Object other = new Object();
        assertThat(new H2DataSourceUrl().postProcessAfterInitialization(other, "other")).isSameAs(other);
    }

    /** What H2 itself reports for a database opened with the completed URL. */
    @Test
    void h2RunsTheDatabaseWithTheSettingsAdded(@TempDir Path folder) throws SQLException {
        String url = H2UrlSettings.complete("jdbc:h2:file:" + folder.resolve("db").toAbsolutePath());
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rs = c.createStatement().executeQuery("select SETTING_NAME, SETTING_VALUE from INFORMATION_SCHEMA.SETTINGS"
                 + " where SETTING_NAME in ('WRITE_DELAY', 'DEFAULT_NULL_ORDERING')")) {
            Map<String, String> settings = new HashMap<>();
            while (rs.next()) {
                settings.merge(rs.getString(1), rs.getString(2), (a, b) -> a + "," + b);
            }
            assertThat(settings).containsEntry("DEFAULT_NULL_ORDERING", "HIGH");
            assertThat(settings.get("WRITE_DELAY").split(",")).containsOnly("0");
        }
    }
}
