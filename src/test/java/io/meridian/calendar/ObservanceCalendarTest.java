package io.meridian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.meridian.testsupport.RunsBeside;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@RunsBeside
class ObservanceCalendarTest {

    private final ObservanceCalendar calendar = new ObservanceCalendar();

    @ParameterizedTest
    @CsvSource({
        // first and last day of Ramadan in the Umm al-Qura calendar (Saudi Arabia's official calendar)
        "2025, 2025-03-01, 2025-03-29",
        "2026, 2026-02-18, 2026-03-19",
        "2027, 2027-02-08, 2027-03-08"})
    void ramadanIsComputedFromTheHijriCalendar(int year, LocalDate first, LocalDate last) {
        List<ObservancePeriod> ramadan = ObservanceCalendar.ramadanBeginningIn(year);
        assertThat(ramadan).singleElement().satisfies(p -> {
            assertThat(p.from()).isEqualTo(first);
            assertThat(p.to()).isEqualTo(last);
        });
    }

    @Test
    void ramadanCanBeginTwiceInOneGregorianYear() {
        // 2030 sees Ramadan 1451 in January and Ramadan 1452 in December
        assertThat(ObservanceCalendar.ramadanBeginningIn(2030)).hasSize(2);
    }

    @ParameterizedTest
    @CsvSource({"2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26"})
    void chineseNewYearIsComputedFromTheChineseCalendar(int year, LocalDate newYear) {
        assertThat(ObservanceCalendar.chineseNewYear(year)).isEqualTo(newYear);
    }

    /** 春运: 15 days before the New Year and 25 from it; 2025 ran 14 January to 22 February, 2026 2 February to 13 March. */
    @ParameterizedTest
    @CsvSource({"2025, 2025-01-14, 2025-02-22", "2026, 2026-02-02, 2026-03-13", "2027, 2027-01-22, 2027-03-02"})
    void theSpringFestivalTravelSeasonRunsFortyDaysAroundTheNewYear(int year, LocalDate first, LocalDate last) {
        assertThat(ObservanceCalendar.periodsOf(year)).filteredOn(p -> p.kind() == ObservanceKind.SPRING_FESTIVAL_TRAVEL)
            .singleElement().satisfies(p -> {
                assertThat(p.from()).isEqualTo(first);
                assertThat(p.to()).isEqualTo(last);
                assertThat(p.from().datesUntil(p.to().plusDays(1)).count()).isEqualTo(40);
            });
    }

    @Test
    void christmasToNewYearSpansTheTurnOfTheYear() {
        assertThat(calendar.covering("DE", LocalDate.of(2028, 1, 1)))
            .extracting(ObservancePeriod::kind).contains(ObservanceKind.CHRISTMAS_NEW_YEAR, ObservanceKind.PUBLIC_HOLIDAY);
    }

    @Test
    void publicHolidaysComeFromTheHolidayLibrary() {
        assertThat(calendar.publicHolidays("DE", 2027)).anySatisfy(h -> {
            assertThat(h.from()).isEqualTo(LocalDate.of(2027, 10, 3));
            assertThat(h.name()).contains("Unity");
        });
        assertThat(calendar.publicHolidays("US", 2027)).anySatisfy(h -> assertThat(h.from()).isEqualTo(LocalDate.of(2027, 7, 5)));
    }

    @Test
    void aCountryWithoutAHolidayCalendarHasNoPublicHolidaysButStillItsObservances() {
        assertThat(ObservanceCalendar.knowsHolidaysOf("ZZ")).isFalse();
        assertThat(calendar.covering("ZZ", LocalDate.of(2027, 2, 8)))
            .extracting(ObservancePeriod::kind).contains(ObservanceKind.CHINESE_NEW_YEAR).doesNotContain(ObservanceKind.PUBLIC_HOLIDAY);
    }

    @Test
    void aPlainWorkingDayHasNoObservance() {
        assertThat(calendar.covering("DE", LocalDate.of(2027, 6, 15))).isEmpty();
    }
}
