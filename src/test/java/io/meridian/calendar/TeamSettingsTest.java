package io.meridian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.meridian.testsupport.RunsBeside;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The team's settings bind with their defaults; settings that cannot work stop the start naming the property. */
@RunsBeside
class TeamSettingsTest {

    @Configuration
    @EnableConfigurationProperties(TeamSettings.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void shouldBindTheDefaultsAndAKosovoTeam() {
        runner.run(context -> {
            TeamSettings team = context.getBean(TeamSettings.class);
            assertThat(team.country()).isEqualTo("CN");
            assertThat(team.timeZone().getId()).isEqualTo("Asia/Shanghai");
            assertThat(team.workWeek()).isEqualTo("MONDAY-FRIDAY");
        });
        runner.withPropertyValues("meridian.team.country= xk ", "meridian.team.time-zone=Europe/Belgrade").run(context ->
            assertThat(context.getBean(TeamSettings.class).country()).isEqualTo("XK"));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "country       | XX           | meridian.team.country 'XX' is not an ISO 3166-1 alpha-2 country code",
        "country       | GER          | meridian.team.country 'GER' is not an ISO 3166-1 alpha-2 country code",
        "stretch-early | PT11H        | meridian.team.stretch-early and stretch-late must be between"})
    void shouldRefuseToStartWithSettingsThatCannotWork(String property, String value, String message) {
        runner.withPropertyValues("meridian.team." + property + "=" + value).run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure()).getMessage()).startsWith(message);
        });
    }

    private static Throwable rootCause(Throwable t) {
        Throwable cause = t;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
