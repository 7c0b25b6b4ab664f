package io.meridian.desk;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.meridian.calendar.AnnouncedDays;
import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.TeamCalendar;
import io.meridian.calendar.TeamSettings;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;

/** How "covers best" decides, on hand-made calendars: regular hours first, then stretch hours, then the configured order. */
@RunsBeside
class DeskRoutingTest {

    /** A Monday with no public holiday in China or Germany. */
    static final Instant NOW = Instant.parse("2027-03-08T00:00:00Z");
    static final ObservanceCalendar HOLIDAYS = new ObservanceCalendar();

    private static Desks desks(DeskSettings.Desk... desks) {
        TeamCalendar team = new TeamCalendar(new TeamSettings(ZoneId.of("Asia/Shanghai"), LocalTime.of(8, 0), LocalTime.of(22, 0)),
            HOLIDAYS, country -> AnnouncedDays.NONE);
        return new Desks(new DeskSettings(List.of(desks)), team, HOLIDAYS,
            new StaticListableBeanFactory().getBeanProvider(AnnouncedDays.Source.class), null);
    }

    private static DeskSettings.Desk desk(String name, String zone, String start, String end, Duration stretch, String country) {
        return new DeskSettings.Desk(name, "sales-" + name, null, ZoneId.of(zone), LocalTime.parse(start), LocalTime.parse(end),
            stretch, stretch, "MONDAY-FRIDAY", country, null);
    }

    /** A client open {@code opens}–{@code closes} UTC on weekdays, no closed days. */
    private static ClientCalendar client(String opens, String closes) {
        return new ClientCalendar(ZoneId.of("UTC"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.parse(opens),
            LocalTime.parse(closes), Set.of(), Set.of(), LocalDate.of(2027, 6, 1));
    }

    @Test
    void shouldMeasureCoverageAsCallWindowHoursOverTenClientWorkingDays() {
        Desks desks = desks(desk("apac", "Asia/Shanghai", "08:00", "22:00", Duration.ofHours(2), "CN"),
            desk("emea", "Europe/Berlin", "08:00", "20:00", Duration.ofHours(2), "DE"));
        // 06:00-15:00 UTC: Shanghai 14:00-23:00 (8 h regular, 9 h stretched), Berlin in winter 07:00-16:00 (8 h, 9 h)
        List<Desks.Coverage> coverage = desks.coverage(client("06:00", "15:00"), NOW);
        assertThat(coverage).extracting(c -> c.desk().name()).containsExactly("apac", "emea");
        assertThat(coverage.get(0).regular()).isEqualTo(Duration.ofHours(8 * Desks.ROUTING_DAYS));
        assertThat(coverage.get(0).stretched()).isEqualTo(Duration.ofHours(9 * Desks.ROUTING_DAYS));
        assertThat(coverage.get(1).regular()).isEqualTo(Duration.ofHours(8 * Desks.ROUTING_DAYS));
        assertThat(coverage.get(1).stretched()).isEqualTo(Duration.ofHours(9 * Desks.ROUTING_DAYS));
    }

    @Test
    void shouldBreakAFullTieByTheConfiguredOrder() {
        DeskSettings.Desk one = desk("one", "Europe/Berlin", "08:00", "20:00", Duration.ofHours(2), "DE");
        DeskSettings.Desk two = desk("two", "Europe/Berlin", "08:00", "20:00", Duration.ofHours(2), "DE");
        assertThat(desks(one, two).route(client("08:00", "17:00"), NOW)).map(Desk::name).contains("one");
        assertThat(desks(two, one).route(client("08:00", "17:00"), NOW)).map(Desk::name).contains("two");
    }

    @Test
    void shouldPreferRegularHoursThenStretchHours() {
        // 14:00-15:00 UTC is 22:00-23:00 in Shanghai: outside both desks' regular hours, inside the stretched desk's late hours
        DeskSettings.Desk tight = desk("tight", "Asia/Shanghai", "08:00", "22:00", Duration.ZERO, "CN");
        DeskSettings.Desk stretching = desk("stretching", "Asia/Shanghai", "08:00", "22:00", Duration.ofHours(2), "CN");
        assertThat(desks(tight, stretching).route(client("14:00", "15:00"), NOW)).map(Desk::name).contains("stretching");
        // regular hours beat stretch hours whatever the order: 14:00-16:00 UTC is 22:00-24:00 in Shanghai (stretch only)
        // and 15:00-17:00 in Berlin in winter (regular)
        DeskSettings.Desk berlin = desk("berlin", "Europe/Berlin", "08:00", "20:00", Duration.ZERO, "DE");
        assertThat(desks(stretching, berlin).coverage(client("14:00", "16:00"), NOW))
            .extracting(c -> c.regular().toHours(), c -> c.stretched().toHours())
            .containsExactly(org.assertj.core.groups.Tuple.tuple(0L, 2L * Desks.ROUTING_DAYS),
                org.assertj.core.groups.Tuple.tuple(2L * Desks.ROUTING_DAYS, 2L * Desks.ROUTING_DAYS));
        assertThat(desks(stretching, berlin).route(client("14:00", "16:00"), NOW)).map(Desk::name).contains("berlin");
        assertThat(desks().route(client("14:00", "16:00"), NOW)).isEmpty();
    }
}
