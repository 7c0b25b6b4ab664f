package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import io.meridian.etiquette.EtiquetteService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@link ClientWorkingDays} gives the days the tests that promise a delivery date take it for. */
@MeridianTest
class ClientWorkingDaysTest {

    @Autowired
    EtiquetteService etiquette;

    @Test
    void shouldKeepAWorkingDayAndMoveAWeekendOrHolidayToTheNextWorkingDay() {
        assertThat(ClientWorkingDays.onOrAfter(etiquette, "DE", LocalDate.of(2027, 2, 22))).as("a Monday").isEqualTo(LocalDate.of(2027, 2, 22));
        assertThat(ClientWorkingDays.onOrAfter(etiquette, "DE", LocalDate.of(2027, 2, 20))).as("a Saturday").isEqualTo(LocalDate.of(2027, 2, 22));
        // Saudi Arabia works Sunday to Thursday
        assertThat(ClientWorkingDays.onOrAfter(etiquette, "SA", LocalDate.of(2027, 2, 19))).as("a Friday in Riyadh").isEqualTo(LocalDate.of(2027, 2, 21));
        // Christmas Day and Boxing Day 2026 are a Friday and a Saturday in Germany
        assertThat(ClientWorkingDays.onOrAfter(etiquette, "DE", LocalDate.of(2026, 12, 25))).isEqualTo(LocalDate.of(2026, 12, 28));
    }
}
