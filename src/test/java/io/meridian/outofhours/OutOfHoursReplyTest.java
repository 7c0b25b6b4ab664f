package io.meridian.outofhours;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.meridian.calendar.AnnouncedDays;
import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.Clocks;
import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.TeamCalendar;
import io.meridian.calendar.TeamSettings;
import org.junit.jupiter.api.Test;

/** What the automatic reply promises: the next quarter hour from when the answer lands, never earlier. */
class OutOfHoursReplyTest {

    @Test
    void shouldPromiseTheNextQuarterHour() {
        assertThat(OutOfHoursReply.promise(Instant.parse("2026-12-08T06:01:05.779Z"))).isEqualTo(Instant.parse("2026-12-08T06:15:00Z"));
        assertThat(OutOfHoursReply.promise(Instant.parse("2026-12-08T06:45:00.001Z"))).isEqualTo(Instant.parse("2026-12-08T07:00:00Z"));
    }

    @Test
    void shouldKeepAMomentOnAQuarterHour() {
        assertThat(OutOfHoursReply.promise(Instant.parse("2027-01-19T15:30:00Z"))).isEqualTo(Instant.parse("2027-01-19T15:30:00Z"));
        assertThat(OutOfHoursReply.promise(Instant.parse("2027-01-14T00:00:00Z"))).isEqualTo(Instant.parse("2027-01-14T00:00:00Z"));
    }

    /**
     * An inquiry from New York on Saturday 13 March 2027 at 12:00 (EST), the day before the US clocks go forward: the
     * Shanghai team is back on Monday at 08:00, Sunday 20:00 in New York (EDT), and the answer is due at the end of its
     * Monday, 22:00 in Shanghai: the promise is Monday 10:00 on New York's new clock (14:00 UTC), not 09:00 on the old one.
     */
    @Test
    void shouldPromiseOnTheClientsClockOfTheDayAcrossADaylightSavingChange() {
        ZoneId newYork = ZoneId.of("America/New_York");
        TeamCalendar shanghai = new TeamCalendar(new TeamSettings(ZoneId.of("Asia/Shanghai"), LocalTime.of(8, 0), LocalTime.of(22, 0)),
            new ObservanceCalendar(), country -> AnnouncedDays.NONE);
        ClientCalendar client = new ClientCalendar(newYork, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
            LocalTime.of(18, 0), Set.of(), Set.of(), LocalDate.parse("2027-12-31"));
        Instant received = Instant.parse("2027-03-13T17:00:00Z");

        OutOfHoursReply.Away away = OutOfHoursReply.away(shanghai, received, received.plus(Duration.ofHours(24)), received).orElseThrow();
        Instant promised = OutOfHoursReply.promise(new Clocks(shanghai).sendAt(client, away.due()));

        assertThat(promised).isEqualTo(Instant.parse("2027-03-15T14:00:00Z"));
        assertThat(promised.atZone(newYork).toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(OutOfHoursReply.workingHours(shanghai, away.back(), newYork, Locale.ENGLISH))
            .isEqualTo(List.of(Map.of("days", "Sunday–Thursday", "hours", "20:00–10:00 (+1)")));
    }

    /**
     * The reverse of the US case: the EMEA desk's clock (Berlin, 08:00–20:00) goes forward on the last Sunday of March while
     * Tokyo keeps its own. Back on the Wednesday before, the coming week's hours are 16:00–04:00 in Tokyo until Friday and
     * 15:00–03:00 from Monday on: each run of days is named by its dates, in the order they come, not "Monday–Tuesday:
     * 15:00–03:00 (+1)" above "Wednesday–Friday: 16:00–04:00 (+1)" as if both held every week.
     */
    @Test
    void shouldNameTheDatesOfEachClockInTheWeekTheTeamsClocksChange() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        TeamCalendar emea = new TeamCalendar(new TeamSettings(berlin, LocalTime.of(8, 0), LocalTime.of(20, 0)),
            new ObservanceCalendar(), country -> AnnouncedDays.NONE);
        // the Sunday on which Berlin's summer time begins in 2027, from the zone's rules
        LocalDate sunday = berlin.getRules().nextTransition(Instant.parse("2027-01-01T00:00:00Z")).getDateTimeAfter().toLocalDate();
        assertThat(sunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        Instant back = sunday.minusDays(4).atTime(8, 0).atZone(berlin).toInstant();

        DateTimeFormatter english = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.UK);
        assertThat(OutOfHoursReply.workingHours(emea, back, tokyo, Locale.ENGLISH)).containsExactly(
            Map.of("days", english.format(sunday.minusDays(4)) + " – " + english.format(sunday.minusDays(2)), "hours", "16:00–04:00 (+1)"),
            Map.of("days", english.format(sunday.plusDays(1)) + " – " + english.format(sunday.plusDays(2)), "hours", "15:00–03:00 (+1)"));
        DateTimeFormatter japanese = DateTimeFormatter.ofPattern("uuuu年M月d日（E）", Locale.JAPANESE);
        assertThat(OutOfHoursReply.workingHours(emea, back, tokyo, Locale.JAPANESE)).first()
            .isEqualTo(Map.of("days", japanese.format(sunday.minusDays(4)) + "～" + japanese.format(sunday.minusDays(2)), "hours", "16:00～04:00 (+1)"));
        // a week with one clock keeps the week's order and weekday names (two weeks on: the calendar's default country, China,
        // has Qingming on Monday 5 April 2027)
        assertThat(OutOfHoursReply.workingHours(emea, back.plus(Duration.ofDays(14)), tokyo, Locale.ENGLISH))
            .containsExactly(Map.of("days", "Monday–Friday", "hours", "15:00–03:00 (+1)"));
    }

    /**
     * A Saudi client's week runs Sunday to Thursday; the Shanghai team's Monday to Friday, 08:00–22:00, is 03:00–17:00 in
     * Riyadh. The receipt listed "Monday–Friday: 03:00–17:00", beginning on the second day of their week and silent on
     * their Sunday, when nobody answers: it now runs in their week, from Sunday, and says that Sunday is closed. Written on
     * Thursday evening (the team is back on Friday, their weekend) and on Sunday (back on Monday), in English and Arabic.
     */
    @Test
    void shouldListTheTeamsHoursInASaudiClientsWeekWithTheirSundayClosed() {
        ZoneId riyadh = ZoneId.of("Asia/Riyadh");
        TeamCalendar shanghai = new TeamCalendar(new TeamSettings(ZoneId.of("Asia/Shanghai"), LocalTime.of(8, 0), LocalTime.of(22, 0)),
            new ObservanceCalendar(), country -> AnnouncedDays.NONE);
        ClientCalendar saudi = new ClientCalendar(riyadh, EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY), LocalTime.of(9, 0), LocalTime.of(17, 0), Set.of(), Set.of(),
            LocalDate.parse("2027-12-31"));
        Instant thursdayEvening = ZonedDateTime.of(2027, 1, 14, 20, 0, 0, 0, riyadh).toInstant();
        Instant sunday = ZonedDateTime.of(2027, 1, 17, 10, 0, 0, 0, riyadh).toInstant();
        assertThat(thursdayEvening.atZone(riyadh).getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(sunday.atZone(riyadh).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);

        for (Instant received : List.of(thursdayEvening, sunday)) {
            OutOfHoursReply.Away away = OutOfHoursReply.away(shanghai, received, received.plus(Duration.ofHours(24)), received).orElseThrow();

            assertThat(OutOfHoursReply.workingHours(shanghai, away.back(), saudi, Locale.ENGLISH)).as("received " + received)
                .containsExactly(Map.of("days", "Sunday", "hours", "", "closed", "closed"),
                    Map.of("days", "Monday–Friday", "hours", "03:00–17:00"));
            assertThat(OutOfHoursReply.workingHours(shanghai, away.back(), saudi, Locale.forLanguageTag("ar"))).as("received " + received)
                .containsExactly(Map.of("days", "الأحد", "hours", "", "closed", "closed"),
                    Map.of("days", "الاثنين–الجمعة", "hours", "03:00–17:00"));
        }
        assertThat(OutOfHoursReply.away(shanghai, thursdayEvening, thursdayEvening.plus(Duration.ofHours(24)), thursdayEvening)
            .orElseThrow().back().atZone(riyadh)).isEqualTo(ZonedDateTime.of(2027, 1, 15, 3, 0, 0, 0, riyadh));
    }

    /**
     * A Riyadh desk works Sunday to Thursday, 09:00–17:00: a Berlin or New York client's Friday gets no hour of it. In a
     * week in which the client's clocks change, the list runs by dates and left that Friday out, where any other week's
     * list says "Friday: closed"; it now stands among the dates, closed. The weeks of Berlin's changes in March and
     * October and New York's in March and November 2028, each Sunday taken from the zone's rules, the desk back on the
     * Wednesday before (no Saudi public holiday falls in these weeks).
     */
    @Test
    void shouldListTheClientsClosedDayAmongTheDatesInAWeekTheClocksChange() {
        ZoneId riyadh = ZoneId.of("Asia/Riyadh");
        TeamCalendar desk = new TeamCalendar(new TeamSettings(riyadh, LocalTime.of(9, 0), LocalTime.of(17, 0), Duration.ofHours(2),
            Duration.ofHours(2), "SUNDAY-THURSDAY", "SA"), new ObservanceCalendar(), country -> AnnouncedDays.NONE);
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        ZoneId newYork = ZoneId.of("America/New_York");

        assertClosedFridayAmongTheDates(desk, berlin, changeSunday(berlin, 3), "07:00–15:00", "08:00–16:00", "08:00–16:00");
        assertClosedFridayAmongTheDates(desk, berlin, changeSunday(berlin, 10), "08:00–16:00", "07:00–15:00", "07:00–15:00");
        // New York's Sunday of the change has an hour more or less: 01:00 on the old clock to 10:00 on the new one
        assertClosedFridayAmongTheDates(desk, newYork, changeSunday(newYork, 3), "01:00–09:00", "01:00–10:00", "02:00–10:00");
        assertClosedFridayAmongTheDates(desk, newYork, changeSunday(newYork, 11), "02:00–10:00", "01:00–09:00", "01:00–09:00");
    }

    /** The Sunday of 2028 on which {@code zone}'s clocks change in {@code month}, from the zone's rules. */
    private static LocalDate changeSunday(ZoneId zone, int month) {
        Instant from = LocalDate.of(2028, month, 1).atStartOfDay(zone).toInstant();
        LocalDate sunday = zone.getRules().nextTransition(from).getDateTimeBefore().toLocalDate();
        assertThat(sunday.getMonthValue()).isEqualTo(month);
        assertThat(sunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        return sunday;
    }

    /**
     * The desk back on the Wednesday before {@code sunday}: Wednesday and Thursday on the old clock, Friday closed, Sunday
     * (the day of the change) and Monday to Tuesday on the new one, in the order they come and named by their dates.
     */
    private static void assertClosedFridayAmongTheDates(TeamCalendar desk, ZoneId zone, LocalDate sunday, String before,
                                                        String onSunday, String after) {
        ClientCalendar client = new ClientCalendar(zone, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0),
            LocalTime.of(18, 0), Set.of(), Set.of(), LocalDate.parse("2028-12-31"));
        Instant back = sunday.minusDays(4).atTime(9, 0).atZone(desk.zone()).toInstant();
        DateTimeFormatter english = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.UK);
        List<Map<String, String>> expected = new ArrayList<>(List.of(
            Map.of("days", english.format(sunday.minusDays(4)) + " – " + english.format(sunday.minusDays(3)), "hours", before),
            Map.of("days", english.format(sunday.minusDays(2)), "hours", "", "closed", "closed")));
        if (onSunday.equals(after)) {
            expected.add(Map.of("days", english.format(sunday) + " – " + english.format(sunday.plusDays(2)), "hours", after));
        } else {
            expected.add(Map.of("days", english.format(sunday), "hours", onSunday));
            expected.add(Map.of("days", english.format(sunday.plusDays(1)) + " – " + english.format(sunday.plusDays(2)), "hours", after));
        }

        assertThat(OutOfHoursReply.workingHours(desk, back, client, Locale.ENGLISH)).as(zone + ", the week of " + sunday)
            .containsExactlyElementsOf(expected);
        DateTimeFormatter german = DateTimeFormatter.ofPattern("EEEE, d. MMMM uuuu", Locale.GERMAN);
        assertThat(OutOfHoursReply.workingHours(desk, back, client, Locale.GERMAN)).as(zone + ", the week of " + sunday + ", in German")
            .contains(Map.of("days", german.format(sunday.minusDays(2)), "hours", "", "closed", "closed"));
    }

    /** A client whose week the team's hours cover keeps the list as it was: a Tokyo client of the Shanghai team. */
    @Test
    void shouldListNoClosedDayForAClientWhoseEveryWorkingDayTheTeamWorks() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        ZoneId newYork = ZoneId.of("America/New_York");
        TeamCalendar shanghai = new TeamCalendar(new TeamSettings(ZoneId.of("Asia/Shanghai"), LocalTime.of(8, 0), LocalTime.of(22, 0)),
            new ObservanceCalendar(), country -> AnnouncedDays.NONE);
        Instant back = ZonedDateTime.of(2027, 1, 18, 8, 0, 0, 0, ZoneId.of("Asia/Shanghai")).toInstant();
        Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

        assertThat(OutOfHoursReply.workingHours(shanghai, back, new ClientCalendar(tokyo, weekdays, LocalTime.of(9, 0), LocalTime.of(18, 0),
            Set.of(), Set.of(), LocalDate.parse("2027-12-31")), Locale.ENGLISH)).containsExactly(Map.of("days", "Monday–Friday", "hours", "09:00–23:00"));
        assertThat(OutOfHoursReply.workingHours(shanghai, back, new ClientCalendar(newYork, weekdays, LocalTime.of(9, 0), LocalTime.of(18, 0),
            Set.of(), Set.of(), LocalDate.parse("2027-12-31")), Locale.ENGLISH))
            .as("Friday in New York has the team's Thursday evening hours into it").containsExactly(
                Map.of("days", "Sunday–Thursday", "hours", "19:00–09:00 (+1)"));
    }
}
