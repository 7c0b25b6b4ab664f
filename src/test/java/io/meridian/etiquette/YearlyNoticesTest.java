package io.meridian.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.OptionalInt;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * The shipped workbook marks the countries whose governments announce their days off each year (China's State Council
 * notice, Indonesia's cuti bersama decree, Vietnam's Tết notice, Russia's decree moving days off), so that the workbench
 * asks for each year still missing; Indonesia's, Vietnam's and Russia's days themselves are not typed until read from the decree.
 */
@RunsBeside
class YearlyNoticesTest {

    private final AnnouncedCalendar announced = new AnnouncedCalendar(EtiquetteFixture.ruleBook(), EtiquetteFixture.etiquetteService());

    @Test
    void indonesiaAndVietnamAreAskedFor2027InDecember2026LikeChina() {
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(announced.countries()).contains("CN", "ID", "VN");
        for (String country : new String[] {"CN", "ID", "VN"}) {
            assertThat(announced.of(country).yearMissing(today)).as(country).isEqualTo(OptionalInt.of(2027));
            assertThat(announced.of(country).notice()).as(country).isNotBlank();
        }
        assertThat(announced.of("ID").holidays()).as("no typed cuti bersama without the decree").isEmpty();
        assertThat(announced.of("ID").yearMissing(LocalDate.of(2026, 10, 7))).as("before November").isEmpty();
        assertThat(announced.of("DE").yearMissing(today)).as("Germany announces nothing").isEmpty();
    }

    @Test
    void russiasDecreeMovingDaysOffIsAskedForLikeChinasNotice() {
        // Labour Code art. 112 part 5: the decree moving the January weekend days off comes out before the year begins
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(announced.countries()).contains("RU");
        assertThat(announced.of("RU").yearMissing(today)).isEqualTo(OptionalInt.of(2027));
        assertThat(announced.of("RU").notice()).contains("decree");
        assertThat(announced.of("RU").holidays()).as("no day typed without the decree").isEmpty();
        assertThat(announced.of("RU").yearMissing(LocalDate.of(2026, 10, 7))).as("before November").isEmpty();
    }

    @Test
    void nepalsYearlyListOfPublicHolidaysIsAskedFor() {
        // the holiday library computes only 1 May, Vijaya Dashami and Laxmi Puja: the rest of the Government of Nepal's
        // list (Bikram Sambat New Year, the other days of Dashain and Tihar, ...) is typed from the list each year
        LocalDate today = LocalDate.of(2026, 12, 7);
        assertThat(announced.countries()).contains("NP");
        assertThat(announced.of("NP").yearMissing(today)).isEqualTo(OptionalInt.of(2027));
        assertThat(announced.of("NP").notice()).contains("public holidays");
    }
}
