package io.meridian.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.meridian.testsupport.RunsBeside;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

/** Desk settings that cannot work stop the start with the property that is wrong; the default run's desks bind. */
@RunsBeside
class DeskSettingsTest {

    @Configuration
    @EnableConfigurationProperties(DeskSettings.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    private static String[] pairs(Map<String, Object> properties) {
        List<String> pairs = new ArrayList<>();
        properties.forEach((k, v) -> pairs.add(k + "=" + v));
        return pairs.toArray(String[]::new);
    }

    private static String[] desk(int i, String name, String group, String zone) {
        return new String[] {"meridian.team.desks[" + i + "].name=" + name, "meridian.team.desks[" + i + "].group=" + group,
            "meridian.team.desks[" + i + "].time-zone=" + zone};
    }

    @Test
    void shouldBindTheDesksOfTheDefaultRunInTheirOrder() {
        runner.withPropertyValues(pairs(DefaultDesks.desks())).run(context -> {
            assertThat(context).hasNotFailed();
            DeskSettings settings = context.getBean(DeskSettings.class);
            assertThat(settings.desks()).extracting(DeskSettings.Desk::name).containsExactly("apac", "emea", "americas");
            assertThat(settings.desks()).extracting(DeskSettings.Desk::group)
                .containsExactly("sales-apac", "sales-emea", "sales-americas");
            assertThat(settings.desks()).extracting(d -> d.timeZone().getId())
                .containsExactly("Asia/Shanghai", "Europe/Berlin", "America/New_York");
            assertThat(settings.desks()).extracting(DeskSettings.Desk::country).containsExactly("CN", "DE", "US");
        });
    }

    @Test
    void shouldBindNoDeskToOneTeam() {
        runner.run(context -> assertThat(context.getBean(DeskSettings.class).desks()).isEmpty());
        runner.withPropertyValues("meridian.team.desks=").run(context -> assertThat(context.getBean(DeskSettings.class).desks()).isEmpty());
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "name      | EMEA             | meridian.team.desks[1].name is required: lower-case letters",
        "group     | sales            | meridian.team.desks[1] (desk 'two').group 'sales' is one of the built-in groups",
        "group     | sales-one        | meridian.team.desks[1] (desk 'two').group group 'sales-one' is used by meridian.team.desks[0]",
        "work-week | MONDAY-FUNDAY    | meridian.team.desks[1] (desk 'two').work-week work week 'MONDAY-FUNDAY'",
        "country   | XX               | meridian.team.desks[1] (desk 'two').country 'XX' is not an ISO 3166-1 alpha-2 country code",
        "demo-user | sam              | meridian.team.desks[1] (desk 'two').demo-user 'sam' must be a new user id",
        "contact-end | 09:00          | meridian.team.desks[1] (desk 'two').contact-end equals contact-start",
        "stretch-early | PT13H        | meridian.team.desks[1] (desk 'two').stretch-early/stretch-late must be between"})
    void shouldRefuseToStartWithADeskThatCannotWorkNamingTheProperty(String property, String value, String message) {
        List<String> properties = new ArrayList<>(List.of(desk(0, "one", "sales-one", "Asia/Shanghai")));
        properties.addAll(List.of(desk(1, "two", "sales-two", "Europe/Berlin")));
        properties.add("meridian.team.desks[1].contact-start=09:00");
        properties.add("meridian.team.desks[1]." + property + "=" + value);
        runner.withPropertyValues(properties.toArray(String[]::new)).run(context -> {
            assertThat(context).hasFailed();
            assertThat(rootCause(context.getStartupFailure()).getMessage()).startsWith(message);
        });
    }

    @Test
    void shouldAcceptADeskInKosovo() {
        List<String> properties = new ArrayList<>(List.of(desk(0, "pristina", "sales-pristina", "Europe/Belgrade")));
        properties.add("meridian.team.desks[0].country=XK");
        runner.withPropertyValues(properties.toArray(String[]::new)).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(DeskSettings.class).desks()).extracting(DeskSettings.Desk::country).containsExactly("XK");
        });
    }

    @Test
    void shouldRefuseADeskWithoutTimeZoneOrWithTheSameName() {
        runner.withPropertyValues("meridian.team.desks[0].name=one", "meridian.team.desks[0].group=sales-one").run(context ->
            assertThat(rootCause(context.getStartupFailure()).getMessage())
                .isEqualTo("meridian.team.desks[0] (desk 'one').time-zone is required: the desk's IANA time zone, e.g. Europe/Berlin"));
        List<String> twice = new ArrayList<>(List.of(desk(0, "one", "sales-one", "Asia/Shanghai")));
        twice.addAll(List.of(desk(1, "one", "sales-two", "Europe/Berlin")));
        runner.withPropertyValues(twice.toArray(String[]::new)).run(context ->
            assertThat(rootCause(context.getStartupFailure()).getMessage())
                .isEqualTo("meridian.team.desks[1] (desk 'one').name desk name 'one' is used by meridian.team.desks[0] (desk 'one').name already"));
        runner.withPropertyValues(desk(0, "one", "sales-one", "Mars/Olympus")).run(context -> {
            assertThat(context).hasFailed();
            assertThat(context.getStartupFailure()).hasStackTraceContaining("meridian.team.desks[0].time-zone");
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
