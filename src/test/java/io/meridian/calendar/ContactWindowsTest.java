package io.meridian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.meridian.testsupport.RunsBeside;

import org.junit.jupiter.api.Test;

@RunsBeside
class ContactWindowsTest {

    private static final ObservanceCalendar HOLIDAYS = new ObservanceCalendar();
    private static final TeamCalendar SHANGHAI = team(new TeamSettings(ZoneId.of("Asia/Shanghai"), LocalTime.of(8, 0), LocalTime.of(22, 0)));
    private static final EnumSet<DayOfWeek> MON_FRI = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final EnumSet<DayOfWeek> SUN_THU = EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY,
        DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);

    static TeamCalendar team(TeamSettings settings) {
        return new TeamCalendar(settings, HOLIDAYS, country -> AnnouncedDays.NONE);
    }

    static ClientCalendar client(String zone, Set<DayOfWeek> week, int opens, int closes, LocalDate... closed) {
        return new ClientCalendar(ZoneId.of(zone), week, LocalTime.of(opens, 0), LocalTime.of(closes, 0),
            Set.of(closed), Set.of(), LocalDate.of(2030, 12, 31));
    }

    private static ClientCalendar losAngeles() {
        return client("America/Los_Angeles", MON_FRI, 9, 18);
    }

    @Test
    void losAngelesInWinterIsEightToTenShanghaiTimeNeverTheSeedsEightToTenPm() {
        List<ContactWindow> windows = ContactWindows.call(losAngeles(), SHANGHAI, Instant.parse("2027-01-12T00:00:00Z"), 3);
        assertThat(windows).hasSize(3).allSatisfy(w -> {
            assertThat(w.kind()).isEqualTo(WindowKind.CALL);
            assertThat(w.stretch()).isFalse();
            assertThat(w.cost()).isNull();
            assertThat(w.teamLocalStart().toLocalTime()).isEqualTo(LocalTime.of(8, 0));
            assertThat(w.teamLocalEnd().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(w.clientLocalStart().toLocalTime()).isEqualTo(LocalTime.of(16, 0));
            assertThat(w.clientLocalEnd().toLocalTime()).isEqualTo(LocalTime.of(18, 0));
        });
        assertThat(windows.get(0).start()).isEqualTo(Instant.parse("2027-01-12T00:00:00Z"));
        assertThat(windows.get(0).teamLocalStart()).isEqualTo(LocalDateTime.of(2027, 1, 12, 8, 0));
    }

    @Test
    void losAngelesInSummerShrinksToEightToNineShanghaiTime() {
        List<ContactWindow> windows = ContactWindows.call(losAngeles(), SHANGHAI, Instant.parse("2027-07-13T00:00:00Z"), 2);
        assertThat(windows).hasSize(2).allSatisfy(w -> {
            assertThat(w.teamLocalStart().toLocalTime()).isEqualTo(LocalTime.of(8, 0));
            assertThat(w.teamLocalEnd().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(w.clientLocalStart().toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        });
    }

    @Test
    void theWindowMovesOnTheDayDaylightSavingStarts() {
        // US clocks go forward on Sunday 14 March 2027: Thursday still winter, Monday summer
        List<ContactWindow> windows = ContactWindows.call(losAngeles(), SHANGHAI, Instant.parse("2027-03-11T12:00:00Z"), 3);
        assertThat(windows.get(0).clientLocalStart().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 11));
        assertThat(windows.get(0).teamLocalEnd().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(windows.get(2).clientLocalStart().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(windows.get(2).teamLocalEnd().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void theClientsFridayIsTheTeamsSaturdaySoItCostsTheTeamAnHourPastMidnightOnFriday() {
        // Los Angeles Friday 12 March 2027 09:00 is Saturday 01:00 in Shanghai: the team's weekend
        ContactWindow friday = ContactWindows.call(losAngeles(), SHANGHAI, Instant.parse("2027-03-12T12:00:00Z"), 1).get(0);
        assertThat(friday.clientLocalStart()).isEqualTo(LocalDateTime.of(2027, 3, 12, 9, 0));
        assertThat(friday.teamLocalStart()).isEqualTo(LocalDateTime.of(2027, 3, 13, 1, 0));
        assertThat(friday.stretch()).isTrue();
        assertThat(friday.cost()).isEqualTo("1 h after the team's latest hours (00:00 team time)");
    }

    @Test
    void aPhoenixClientsFridayOpensJustAsTheTeamsFridayEndsSoTheCallIsRightAfterItsLatestHours() {
        // Arizona keeps no daylight saving time: Phoenix Friday 12 March 2027 09:00 (UTC-7) is Saturday 00:00 in Shanghai,
        // the very end of the team's Friday stretched to midnight
        ContactWindow friday = ContactWindows.call(client("America/Phoenix", MON_FRI, 9, 18), SHANGHAI,
            Instant.parse("2027-03-12T12:00:00Z"), 1).get(0);
        assertThat(friday.clientLocalStart()).isEqualTo(LocalDateTime.of(2027, 3, 12, 9, 0));
        assertThat(friday.teamLocalStart()).isEqualTo(LocalDateTime.of(2027, 3, 13, 0, 0));
        assertThat(friday.cost()).isEqualTo("right after the team's latest hours (00:00 team time)");
    }

    @Test
    void aNewYorkClientInJanuaryIsCalledInTheTeamsStretchHoursAndTheWindowSaysSo() {
        // New York 09:00-18:00 (UTC-5) is 22:00-07:00 in Shanghai: no overlap with 08:00-22:00
        ClientCalendar newYork = client("America/New_York", MON_FRI, 9, 18);
        List<ContactWindow> calls = ContactWindows.call(newYork, SHANGHAI, Instant.parse("2027-01-12T00:00:00Z"), 4);
        assertThat(calls).hasSize(4).allSatisfy(w -> {
            assertThat(w.stretch()).isTrue();
            assertThat(w.cost()).isNull();
            LocalTime teamStart = w.teamLocalStart().toLocalTime();
            assertThat(teamStart).isIn(LocalTime.of(22, 0), LocalTime.of(6, 0));
        });
        // late evening in Shanghai is the New York morning; early morning in Shanghai is its late afternoon
        assertThat(calls).anySatisfy(w -> {
            assertThat(w.teamLocalStart().toLocalTime()).isEqualTo(LocalTime.of(22, 0));
            assertThat(w.clientLocalStart().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(w.clientLocalEnd().toLocalTime()).isEqualTo(LocalTime.of(11, 0));
        });
        assertThat(calls).anySatisfy(w -> {
            assertThat(w.teamLocalStart().toLocalTime()).isEqualTo(LocalTime.of(6, 0));
            assertThat(w.clientLocalStart().toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        });
        List<ContactWindow> sends = ContactWindows.send(newYork, SHANGHAI.zone(), Instant.parse("2027-01-12T00:00:00Z"), 3);
        assertThat(sends).hasSize(3).allSatisfy(w -> {
            assertThat(w.kind()).isEqualTo(WindowKind.SEND);
            assertThat(w.stretch()).isFalse();
            assertThat(w.clientLocalStart().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(w.clientLocalEnd().toLocalTime()).isEqualTo(LocalTime.of(18, 0));
        });
    }

    @Test
    void aClientInMexicoCityGetsCallAndSendWindows() {
        ClientCalendar mexico = client("America/Mexico_City", MON_FRI, 9, 18);
        Instant from = Instant.parse("2027-06-01T00:00:00Z");
        assertThat(ContactWindows.call(mexico, SHANGHAI, from, 5)).hasSize(5).allSatisfy(w -> {
            assertThat(w.stretch()).isTrue();
            assertThat(w.clientLocalStart().toLocalTime()).isBetween(LocalTime.of(9, 0), LocalTime.of(17, 59));
        });
        assertThat(ContactWindows.send(mexico, SHANGHAI.zone(), from, 5)).hasSize(5);
    }

    @Test
    void whereEvenTheStretchHoursDoNotReachTheClientTheCheapestHourIsProposedWithItsCost() {
        TeamCalendar shortDay = team(new TeamSettings(ZoneId.of("Asia/Shanghai"), LocalTime.of(10, 0), LocalTime.of(12, 0),
            Duration.ofHours(1), Duration.ofHours(1), "MONDAY-FRIDAY", "CN"));
        // Los Angeles 09:00-18:00 in winter is 01:00-10:00 Shanghai; the team works 09:00-13:00 stretched:
        // that overlaps 09:00-10:00, so take London 09:00-17:00 = 17:00-01:00 Shanghai instead
        ClientCalendar london = client("Europe/London", MON_FRI, 9, 17);
        List<ContactWindow> calls = ContactWindows.call(london, shortDay, Instant.parse("2027-01-12T00:00:00Z"), 3);
        assertThat(calls).hasSize(3).allSatisfy(w -> {
            assertThat(w.stretch()).isTrue();
            assertThat(w.cost()).isEqualTo("4 h after the team's latest hours (13:00 team time)");
            assertThat(w.teamLocalStart().toLocalTime()).isEqualTo(LocalTime.of(17, 0));
            assertThat(w.clientLocalStart().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(Duration.between(w.start(), w.end())).isEqualTo(Duration.ofHours(1));
        });
    }

    @Test
    void riyadhIsReachableOnSundayAndNotOnFriday() {
        LocalDate closed = LocalDate.of(2027, 1, 11);
        ClientCalendar riyadh = client("Asia/Riyadh", SUN_THU, 9, 17, closed);
        Instant from = Instant.parse("2027-01-08T00:00:00Z");
        // a message lands in Riyadh's working week, Sunday included
        List<ContactWindow> sends = ContactWindows.send(riyadh, SHANGHAI.zone(), from, 5);
        assertThat(sends).extracting(w -> w.clientLocalStart().toLocalDate())
            .containsExactly(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 13),
                LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 17));
        // a call needs the team at work too: Riyadh's Sunday is the Shanghai team's Sunday
        List<ContactWindow> calls = ContactWindows.call(riyadh, SHANGHAI, from, 4);
        assertThat(calls).extracting(w -> w.clientLocalStart().getDayOfWeek())
            .doesNotContain(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        // Riyadh 09:00-17:00 (UTC+3) is 14:00-22:00 Shanghai
        assertThat(calls.get(0).teamLocalStart().toLocalTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(calls.get(0).teamLocalEnd().toLocalTime()).isEqualTo(LocalTime.of(22, 0));
        // a team that works Sunday to Thursday calls Riyadh on Sunday
        TeamCalendar dubai = team(new TeamSettings(ZoneId.of("Asia/Dubai"), LocalTime.of(8, 0), LocalTime.of(18, 0),
            Duration.ofHours(2), Duration.ofHours(2), "SUNDAY-THURSDAY", "SA"));
        assertThat(ContactWindows.call(riyadh, dubai, from, 1).get(0).clientLocalStart().getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    }

    @Test
    void aCallSkipsTheTeamsOwnPublicHoliday() {
        // a Berlin team keeps Good Friday (26 March 2027); New York works that day
        TeamCalendar berlin = team(new TeamSettings(ZoneId.of("Europe/Berlin"), LocalTime.of(8, 0), LocalTime.of(20, 0),
            Duration.ofHours(1), Duration.ofHours(1), "MONDAY-FRIDAY", "DE"));
        ClientCalendar newYork = client("America/New_York", MON_FRI, 9, 18);
        List<ContactWindow> calls = ContactWindows.call(newYork, berlin, Instant.parse("2027-03-25T00:00:00Z"), 2);
        assertThat(calls).extracting(w -> w.clientLocalStart().toLocalDate())
            .containsExactly(LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 30));
        // Easter Monday is a Berlin holiday too; sending is about the client only
        assertThat(ContactWindows.send(newYork, berlin.zone(), Instant.parse("2027-03-25T00:00:00Z"), 3))
            .extracting(w -> w.clientLocalStart().toLocalDate())
            .containsExactly(LocalDate.of(2027, 3, 25), LocalDate.of(2027, 3, 26), LocalDate.of(2027, 3, 29));
    }

    @Test
    void aWindowAlreadyUnderwayStartsNow() {
        Instant now = Instant.parse("2027-01-12T01:15:00Z");
        ContactWindow first = ContactWindows.call(losAngeles(), SHANGHAI, now, 1).get(0);
        assertThat(first.start()).isEqualTo(now);
        assertThat(first.end()).isEqualTo(Instant.parse("2027-01-12T02:00:00Z"));
    }

    @Test
    void aMakeUpWorkingDayOfTheClientCountsForSending() {
        // China works Saturday 14 February 2026 to make up for the Spring Festival
        LocalDate makeUp = LocalDate.of(2026, 2, 14);
        ClientCalendar shanghai = new ClientCalendar(ZoneId.of("Asia/Shanghai"), MON_FRI, LocalTime.of(9, 0), LocalTime.of(18, 0),
            Set.of(), Set.of(makeUp), LocalDate.of(2026, 12, 31));
        List<ContactWindow> sends = ContactWindows.send(shanghai, ZoneId.of("Europe/Berlin"), Instant.parse("2026-02-13T12:00:00Z"), 1);
        assertThat(sends.get(0).clientLocalStart().toLocalDate()).isEqualTo(makeUp);
    }
}
