package io.meridian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import io.meridian.testsupport.MeridianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The default team (Shanghai, Monday to Friday, China's holidays) on the server as it runs: China's
 * statutory holidays from the calendar and the State Council schedule from the etiquette
 * workbook's "Announced days" sheet, make-up working days included.
 */
@MeridianTest
class TeamWorkingDaysTest {

    @Autowired
    Clocks clocks;

    @Test
    void confirmingAnOrderPaidTheDayBeforeNationalDayWaitsForTheHolidayWeekToEnd() {
        // Wednesday 30 September 2026, 10:00 Shanghai; the 2026 schedule closes 1 to 7 October
        assertThat(clocks.plusTeamWorkingDays(Instant.parse("2026-09-30T02:00:00Z"), 1))
            .isEqualTo(Instant.parse("2026-10-08T02:00:00Z"));
    }

    @Test
    void aMakeUpSaturdayIsAWorkingDayOfTheTeam() {
        // Friday 13 February 2026: Saturday 14 February is worked to make up for the Spring Festival
        assertThat(clocks.plusTeamWorkingDays(Instant.parse("2026-02-13T02:00:00Z"), 1))
            .isEqualTo(Instant.parse("2026-02-14T02:00:00Z"));
        assertThat(clocks.team().isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse();
    }

    /**
     * Work that came in after the team left is due by the end of the n-th working day, not at the same night hour: an
     * order confirmed on Sunday 6 December 2026 at 23:24 in Shanghai had "Update production progress" (1 working day) due
     * on Monday at 23:24, after the team's 22:00 close, and the escalation would remind and escalate at night.
     */
    @Test
    void workThatCameInAfterTheTeamLeftIsDueByTheEndOfItsLastWorkingDay() {
        Instant sundayNight = Instant.parse("2026-12-06T15:24:00Z");
        Instant due = clocks.plusTeamWorkingDays(sundayNight, 1);

        assertThat(due).isEqualTo(Instant.parse("2026-12-07T14:00:00Z")); // Monday 22:00 in Shanghai
        assertThat(clocks.team().isWorking(due.minusSeconds(60))).as("a minute before, the team is at work").isTrue();
        // within the team's hours, the same time of day n working days later, as before
        assertThat(clocks.plusTeamWorkingDays(Instant.parse("2026-12-07T02:00:00Z"), 2)).isEqualTo(Instant.parse("2026-12-09T02:00:00Z"));
    }

    @Test
    void withoutAnAnnouncedScheduleTheStatutoryHolidaysStillCount() {
        // Thursday 30 September 2027: National Day (1 October) is a statutory holiday; Monday 4 October is worked
        assertThat(clocks.plusTeamWorkingDays(Instant.parse("2027-09-30T02:00:00Z"), 1))
            .isEqualTo(Instant.parse("2027-10-04T02:00:00Z"));
    }
}
