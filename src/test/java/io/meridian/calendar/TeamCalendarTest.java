package io.meridian.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;

import io.meridian.testsupport.RunsBeside;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

@RunsBeside
class TeamCalendarTest {

    private static TeamSettings settings(String zone, String workWeek, String country) {
        return new TeamSettings(ZoneId.of(zone), LocalTime.of(8, 0), LocalTime.of(22, 0), Duration.ofHours(2),
            Duration.ofHours(2), workWeek, country);
    }

    @Test
    void aDueDateInTeamWorkingDaysSkipsTheTeamsOwnPublicHoliday() {
        // Thursday 25 March 2027 in Berlin: Good Friday (26) and Easter Monday (29) are German public holidays
        TeamCalendar berlin = new TeamCalendar(settings("Europe/Berlin", "MONDAY-FRIDAY", "DE"), new ObservanceCalendar(),
            country -> AnnouncedDays.NONE);
        Instant thursday = Instant.parse("2027-03-25T09:00:00Z");
        assertThat(berlin.plusWorkingDays(thursday, 1)).isEqualTo(Instant.parse("2027-03-30T08:00:00Z"));
        assertThat(berlin.isWorkingDay(LocalDate.of(2027, 3, 26))).isFalse();
    }

    /** A desk or team in Japan keeps the year-end closure its companies keep by custom, as its clients there do. */
    @Test
    void aTeamInJapanDoesNotWorkThroughTheYearEndClosure() {
        TeamCalendar tokyo = new TeamCalendar(settings("Asia/Tokyo", "MONDAY-FRIDAY", "JP"), new ObservanceCalendar(),
            country -> AnnouncedDays.NONE);
        for (LocalDate day = LocalDate.of(2026, 12, 29); !day.isAfter(LocalDate.of(2027, 1, 3)); day = day.plusDays(1)) {
            assertThat(tokyo.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(tokyo.isWorkingDay(LocalDate.of(2027, 1, 4))).isTrue();
    }

    /**
     * A team or desk in the US works the federal holidays most private employers do not give (Martin Luther King, Jr. Day,
     * Washington's Birthday, Juneteenth, Columbus Day, Veterans Day), as its clients there do, and keeps the six they give.
     */
    @Test
    void aTeamInTheUsWorksTheFederalHolidaysMostBusinessesWork() {
        TeamCalendar newYork = new TeamCalendar(settings("America/New_York", "MONDAY-FRIDAY", "US"), new ObservanceCalendar(),
            country -> AnnouncedDays.NONE);
        for (String day : new String[] {"2027-01-18", "2027-02-15", "2027-06-18", "2027-10-11", "2027-11-11"}) {
            assertThat(newYork.isWorkingDay(LocalDate.parse(day))).as(day).isTrue();
        }
        for (String day : new String[] {"2027-01-01", "2027-05-31", "2027-07-05", "2027-09-06", "2027-11-25", "2027-12-24"}) {
            assertThat(newYork.isWorkingDay(LocalDate.parse(day))).as(day).isFalse();
        }
    }

    /** Spring's provider is asked until the announced days exist, then never again (it had been asked on every day tested). */
    @Test
    @SuppressWarnings("unchecked")
    void theAnnouncedDaysAreLookedUpOnceTheyExist() {
        LocalDate bridge = LocalDate.of(2026, 3, 10);
        AnnouncedDays china = new AnnouncedDays(Map.of(bridge, "a day off announced for the test"), Set.of(), Set.of());
        ObjectProvider<AnnouncedDays.Source> provider = mock(ObjectProvider.class);
        when(provider.getIfAvailable()).thenReturn(null, country -> china);
        TeamCalendar shanghai = new TeamCalendar(settings("Asia/Shanghai", "MONDAY-FRIDAY", "CN"), new ObservanceCalendar(), provider);

        assertThat(shanghai.isWorkingDay(bridge)).as("before the announced days exist").isTrue();
        for (int i = 0; i < 100; i++) {
            assertThat(shanghai.isWorkingDay(bridge)).as("announced as a holiday").isFalse();
        }
        verify(provider, times(2)).getIfAvailable();
    }

    @Test
    void announcedDaysOverrideTheWeekAndTheHolidayLibrary() {
        LocalDate makeUpSaturday = LocalDate.of(2026, 2, 14);
        LocalDate bridge = LocalDate.of(2026, 2, 16);
        AnnouncedDays china = new AnnouncedDays(Map.of(bridge, "Spring Festival"), Set.of(makeUpSaturday), Set.of());
        TeamCalendar shanghai = new TeamCalendar(settings("Asia/Shanghai", "MONDAY-FRIDAY", "CN"), new ObservanceCalendar(),
            country -> "CN".equals(country) ? china : AnnouncedDays.NONE);
        assertThat(shanghai.isWorkingDay(makeUpSaturday)).isTrue();
        assertThat(shanghai.isWorkingDay(bridge)).isFalse();
        // Friday 13 February 2026 + 1 working day is the make-up Saturday
        assertThat(shanghai.plusWorkingDays(Instant.parse("2026-02-13T02:00:00Z"), 1)).isEqualTo(Instant.parse("2026-02-14T02:00:00Z"));
    }

    @Test
    void aNotAHolidayAnnouncementMakesALibraryHolidayAWorkingDayOfTheTeam() {
        ObservanceCalendar library = new ObservanceCalendar();
        LocalDate goodFriday = library.publicHolidays("DE", 2027).stream().filter(p -> p.name().equals("Good Friday"))
            .map(ObservancePeriod::from).findFirst().orElseThrow();
        LocalDate easterMonday = goodFriday.plusDays(3);
        AnnouncedDays corrected = new AnnouncedDays(Map.of(), Set.of(), Set.of(goodFriday, goodFriday.plusDays(1)));
        TeamCalendar berlin = new TeamCalendar(settings("Europe/Berlin", "MONDAY-FRIDAY", "DE"), library,
            country -> "DE".equals(country) ? corrected : AnnouncedDays.NONE);

        assertThat(berlin.isWorkingDay(goodFriday)).isTrue();
        // a correction does not make a weekend day worked, nor touch the holidays it does not name
        assertThat(berlin.isWorkingDay(goodFriday.plusDays(1))).isFalse();
        assertThat(berlin.isWorkingDay(easterMonday)).isFalse();
        Instant thursday = goodFriday.minusDays(1).atTime(10, 0).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        assertThat(berlin.plusWorkingDays(thursday, 2).atZone(ZoneId.of("Europe/Berlin")).toLocalDate()).isEqualTo(easterMonday.plusDays(1));
    }

    @Test
    void theWorkWeekIsTheTeams() {
        TeamCalendar dubai = new TeamCalendar(settings("Asia/Dubai", "SUNDAY-THURSDAY", "SA"), new ObservanceCalendar(),
            country -> AnnouncedDays.NONE);
        // Thursday 7 January 2027, 10:00 Dubai: the next working day is Sunday 10 January
        assertThat(dubai.plusWorkingDays(Instant.parse("2027-01-07T06:00:00Z"), 1)).isEqualTo(Instant.parse("2027-01-10T06:00:00Z"));
    }

    @Test
    void settingsRefuseWhatCannotBeRead() {
        assertThatThrownBy(() -> settings("Asia/Shanghai", "MONDAY-FRYDAY", "CN"))
            .hasMessageContaining("'FRYDAY' is not a day");
        assertThatThrownBy(() -> new TeamSettings(ZoneId.of("Asia/Shanghai"), LocalTime.of(8, 0), LocalTime.of(22, 0),
            Duration.ofHours(8), Duration.ofHours(8), "MONDAY-FRIDAY", "CN")).hasMessageContaining("stretch");
    }

    private static final TeamCalendar BERLIN = new TeamCalendar(settings("Europe/Berlin", "MONDAY-FRIDAY", "DE"),
        new ObservanceCalendar(), country -> AnnouncedDays.NONE);

    private static Instant berlin(String local) {
        return java.time.LocalDateTime.parse(local).atZone(ZoneId.of("Europe/Berlin")).toInstant();
    }

    @Test
    void aDueTimeInsideTheTeamsHoursStandsTheEndOfTheHoursIncluded() {
        // Tuesday 8 December 2026, hours 08:00-22:00
        assertThat(BERLIN.dueInWorkingTime(berlin("2026-12-07T10:00"), berlin("2026-12-08T10:00"))).isEqualTo(berlin("2026-12-08T10:00"));
        assertThat(BERLIN.dueInWorkingTime(berlin("2026-12-07T22:00"), berlin("2026-12-08T22:00"))).isEqualTo(berlin("2026-12-08T22:00"));
    }

    @Test
    void aDueTimeOnTheWeekendAfterAPartDayMovesToTheEndOfTheNextWorkingDay() {
        // received Friday 4 December 2026 at 17:00, 24 hours: Saturday; the team had only Friday's last five hours
        assertThat(BERLIN.dueInWorkingTime(berlin("2026-12-04T17:00"), berlin("2026-12-05T17:00"))).isEqualTo(berlin("2026-12-07T22:00"));
        // a holiday counts as away: Thursday 25 March 2027 10:00 + 24 hours is Good Friday; Easter Monday too
        assertThat(BERLIN.dueInWorkingTime(berlin("2027-03-25T10:00"), berlin("2027-03-26T10:00"))).isEqualTo(berlin("2027-03-30T22:00"));
    }

    @Test
    void aDueTimeWhileTheTeamIsAwayAfterAWholeWorkingDayIsTheEndOfThatDay() {
        // received Thursday 3 December 2026 17:00, 48 hours: Saturday 17:00; the team had all of Friday
        assertThat(BERLIN.dueInWorkingTime(berlin("2026-12-03T17:00"), berlin("2026-12-05T17:00"))).isEqualTo(berlin("2026-12-04T22:00"));
        // received Monday 23:00, 24 hours: Tuesday 23:00, after the team's Tuesday
        assertThat(BERLIN.dueInWorkingTime(berlin("2026-12-07T23:00"), berlin("2026-12-08T23:00"))).isEqualTo(berlin("2026-12-08T22:00"));
        // received Monday 07:00, before the team's day, due Tuesday 07:00: the end of the whole Monday
        assertThat(BERLIN.dueInWorkingTime(berlin("2026-12-07T07:00"), berlin("2026-12-08T07:00"))).isEqualTo(berlin("2026-12-07T22:00"));
    }

    @Test
    void contactHoursPastMidnightCountAsAtWork() {
        TeamCalendar late = new TeamCalendar(new TeamSettings(ZoneId.of("Europe/Berlin"), LocalTime.of(18, 0), LocalTime.of(2, 0),
            Duration.ZERO, Duration.ZERO, "MONDAY-FRIDAY", "DE"), new ObservanceCalendar(), country -> AnnouncedDays.NONE);
        // Saturday 01:00 is still Friday's shift
        assertThat(late.dueInWorkingTime(berlin("2026-12-03T19:00"), berlin("2026-12-05T01:00"))).isEqualTo(berlin("2026-12-05T01:00"));
        // Saturday 03:00: after Friday's shift, which the team had whole
        assertThat(late.dueInWorkingTime(berlin("2026-12-03T19:00"), berlin("2026-12-05T03:00"))).isEqualTo(berlin("2026-12-05T02:00"));
    }

    @Test
    void workingTimeCountsOnlyTheTeamsHoursOnItsWorkingDays() {
        // Friday 4 December 2026 16:00 to Monday 10:00 in Berlin (hours 08:00-22:00): 6 hours on Friday, 2 on Monday
        assertThat(BERLIN.workingTime(berlin("2026-12-04T16:00"), berlin("2026-12-07T10:00"))).isEqualTo(Duration.ofHours(8));
        assertThat(BERLIN.workingTime(berlin("2026-12-05T09:00"), berlin("2026-12-06T21:00"))).as("a weekend").isZero();
        assertThat(BERLIN.workingTime(berlin("2026-12-07T10:00"), berlin("2026-12-04T16:00"))).as("backwards").isZero();
        // Easter 2027: Thursday 25 March 20:00 to Tuesday 30 March 09:00 is 2 hours on Thursday and 1 on Tuesday
        assertThat(BERLIN.workingTime(berlin("2027-03-25T20:00"), berlin("2027-03-30T09:00"))).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void plusWorkingTimeLandsWhereThatMuchWorkingTimeHasPassed() {
        assertThat(BERLIN.plusWorkingTime(berlin("2026-12-04T16:00"), Duration.ofHours(8))).isEqualTo(berlin("2026-12-07T10:00"));
        assertThat(BERLIN.plusWorkingTime(berlin("2026-12-04T16:00"), Duration.ofHours(6))).as("the end of Friday's hours")
            .isEqualTo(berlin("2026-12-04T22:00"));
        assertThat(BERLIN.plusWorkingTime(berlin("2026-12-05T12:00"), Duration.ofHours(1))).as("from the weekend")
            .isEqualTo(berlin("2026-12-07T09:00"));
        assertThat(BERLIN.plusWorkingTime(berlin("2026-12-05T12:00"), Duration.ZERO)).isEqualTo(berlin("2026-12-05T12:00"));
        assertThat(BERLIN.plusWorkingTime(berlin("2027-03-25T20:00"), Duration.ofHours(3))).as("over Easter")
            .isEqualTo(berlin("2027-03-30T09:00"));
        java.util.Random random = new java.util.Random(20261206);
        for (int i = 0; i < 200; i++) {
            Instant from = berlin("2026-12-01T00:00").plusSeconds(random.nextInt(60 * 86_400));
            Duration amount = Duration.ofSeconds(random.nextInt(10 * 86_400));
            assertThat(BERLIN.workingTime(from, BERLIN.plusWorkingTime(from, amount))).as("from %s plus %s", from, amount).isEqualTo(amount);
        }
    }

    /**
     * The State Council publishes next year's schedule in November: from then on a team in China whose workbook holds
     * this year's announced days only is reminded, and after 1 January more so; a country without announced days is not.
     */
    @Test
    void aYearWithoutItsAnnouncedDaysIsMissingFromNovemberOfTheYearBefore() {
        AnnouncedDays only2026 = new AnnouncedDays(Map.of(LocalDate.of(2026, 10, 1), "National Day"),
            Set.of(LocalDate.of(2026, 10, 10)), Set.of());
        TeamCalendar shanghai = new TeamCalendar(settings("Asia/Shanghai", "MONDAY-FRIDAY", "CN"), new ObservanceCalendar(),
            country -> country.equals("CN") ? only2026 : AnnouncedDays.NONE);

        assertThat(shanghai.announcedYearMissing(Instant.parse("2026-10-31T15:59:00Z"))).as("31 October, 23:59 in Shanghai").isEmpty();
        assertThat(shanghai.announcedYearMissing(Instant.parse("2026-10-31T16:00:00Z"))).as("1 November, 00:00 in Shanghai").hasValue(2027);
        assertThat(shanghai.announcedYearMissing(Instant.parse("2027-02-01T02:00:00Z"))).as("in the year itself").hasValue(2027);
        assertThat(shanghai.announcedYearMissing(Instant.parse("2028-02-01T02:00:00Z"))).as("a year later still").hasValue(2028);

        AnnouncedDays with2027 = new AnnouncedDays(Map.of(LocalDate.of(2026, 10, 1), "National Day"),
            Set.of(LocalDate.of(2027, 2, 20)), Set.of());
        TeamCalendar scheduled = new TeamCalendar(settings("Asia/Shanghai", "MONDAY-FRIDAY", "CN"), new ObservanceCalendar(),
            country -> with2027);
        assertThat(scheduled.announcedYearMissing(Instant.parse("2026-12-07T02:00:00Z"))).as("2027's make-up day is typed").isEmpty();

        TeamCalendar berlin = new TeamCalendar(settings("Europe/Berlin", "MONDAY-FRIDAY", "DE"), new ObservanceCalendar(),
            country -> country.equals("CN") ? only2026 : AnnouncedDays.NONE);
        assertThat(berlin.announcedYearMissing(Instant.parse("2026-12-07T02:00:00Z"))).as("no announced days for DE at all").isEmpty();
    }
}
