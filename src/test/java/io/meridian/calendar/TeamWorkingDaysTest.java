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

    @Test
    void withoutAnAnnouncedScheduleTheStatutoryHolidaysStillCount() {
        // Thursday 30 September 2027: National Day (1 October) is a statutory holiday; Monday 4 October is worked
        assertThat(clocks.plusTeamWorkingDays(Instant.parse("2027-09-30T02:00:00Z"), 1))
            .isEqualTo(Instant.parse("2027-10-04T02:00:00Z"));
    }
}
