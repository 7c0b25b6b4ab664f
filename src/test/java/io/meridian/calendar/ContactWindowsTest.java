package io.meridian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

class ContactWindowsTest {

    private static final TeamSettings SHANGHAI = new TeamSettings(ZoneId.of("Asia/Shanghai"), LocalTime.of(8, 0), LocalTime.of(22, 0));
    private static final EnumSet<DayOfWeek> MON_FRI = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    private static ContactWindows.ClientDay losAngeles() {
        return new ContactWindows.ClientDay(ZoneId.of("America/Los_Angeles"), MON_FRI, LocalTime.of(9, 0), LocalTime.of(18, 0), d -> false);
    }

    @Test
    void losAngelesInWinterIsEightToTenShanghaiTimeNeverTheSeedsEightToTenPm() {
        List<ContactWindow> windows = ContactWindows.next(losAngeles(), SHANGHAI, Instant.parse("2027-01-12T00:00:00Z"), 3);
        assertThat(windows).hasSize(3).allSatisfy(w -> {
            assertThat(w.teamLocalStart().toLocalTime()).isEqualTo(LocalTime.of(8, 0));
            assertThat(w.teamLocalEnd().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
            assertThat(w.clientLocalStart().toLocalTime()).isEqualTo(LocalTime.of(16, 0));
            assertThat(w.clientLocalEnd().toLocalTime()).isEqualTo(LocalTime.of(18, 0));
            assertThat(w.teamLocalStart().getHour()).isNotEqualTo(20);
        });
        assertThat(windows.get(0).start()).isEqualTo(Instant.parse("2027-01-12T00:00:00Z"));
        assertThat(windows.get(0).teamLocalStart()).isEqualTo(LocalDateTime.of(2027, 1, 12, 8, 0));
    }

    @Test
    void losAngelesInSummerShrinksToEightToNineShanghaiTime() {
        List<ContactWindow> windows = ContactWindows.next(losAngeles(), SHANGHAI, Instant.parse("2027-07-13T00:00:00Z"), 2);
        assertThat(windows).allSatisfy(w -> {
            assertThat(w.teamLocalStart().toLocalTime()).isEqualTo(LocalTime.of(8, 0));
            assertThat(w.teamLocalEnd().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
            assertThat(w.clientLocalStart().toLocalTime()).isEqualTo(LocalTime.of(17, 0));
        });
    }

    @Test
    void theWindowMovesOnTheDayDaylightSavingStarts() {
        // US clocks go forward on Sunday 14 March 2027: Friday still winter, Monday summer
        List<ContactWindow> windows = ContactWindows.next(losAngeles(), SHANGHAI, Instant.parse("2027-03-12T12:00:00Z"), 2);
        assertThat(windows.get(0).clientLocalStart().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 12));
        assertThat(windows.get(0).teamLocalEnd().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
        assertThat(windows.get(1).clientLocalStart().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(windows.get(1).teamLocalEnd().toLocalTime()).isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void onlyTheClientsWorkingDaysCountAndClosedDaysAreSkipped() {
        EnumSet<DayOfWeek> sunThu = EnumSet.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY);
        LocalDate closed = LocalDate.of(2027, 1, 11);
        ContactWindows.ClientDay riyadh = new ContactWindows.ClientDay(ZoneId.of("Asia/Riyadh"), sunThu,
            LocalTime.of(9, 0), LocalTime.of(17, 0), closed::equals);
        List<ContactWindow> windows = ContactWindows.next(riyadh, SHANGHAI, Instant.parse("2027-01-08T00:00:00Z"), 5);
        assertThat(windows).extracting(w -> w.clientLocalStart().toLocalDate())
            .containsExactly(LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 13),
                LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 17));
        // Riyadh 09:00-17:00 (UTC+3) against Shanghai 08:00-22:00 (UTC+8): 09:00-17:00 Riyadh is 14:00-22:00 Shanghai
        assertThat(windows.get(0).teamLocalStart().toLocalTime()).isEqualTo(LocalTime.of(14, 0));
        assertThat(windows.get(0).teamLocalEnd().toLocalTime()).isEqualTo(LocalTime.of(22, 0));
    }

    @Test
    void aWindowAlreadyUnderwayStartsNow() {
        Instant now = Instant.parse("2027-01-12T01:15:00Z");
        ContactWindow first = ContactWindows.next(losAngeles(), SHANGHAI, now, 1).get(0);
        assertThat(first.start()).isEqualTo(now);
        assertThat(first.end()).isEqualTo(Instant.parse("2027-01-12T02:00:00Z"));
    }

    @Test
    void noOverlapAtAllGivesNoWindow() {
        TeamSettings shortDay = new TeamSettings(ZoneId.of("Asia/Shanghai"), LocalTime.of(10, 0), LocalTime.of(12, 0));
        assertThat(ContactWindows.next(losAngeles(), shortDay, Instant.parse("2027-01-12T00:00:00Z"), 3)).isEmpty();
    }
}
