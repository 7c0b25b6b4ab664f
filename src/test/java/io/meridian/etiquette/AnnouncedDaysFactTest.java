package io.meridian.etiquette;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import io.meridian.testsupport.RunsBeside;

import org.junit.jupiter.api.Test;

/** The fact the "Announced days" rows fill: one entry per row, every refused value named. */
@RunsBeside
class AnnouncedDaysFactTest {

    private final AnnouncedDaysFact cn = new AnnouncedDaysFact("CN");

    @Test
    void eachRowStartsAnEntryThatTheNextColumnsFill() {
        cn.day("HOLIDAY");
        cn.name("Spring Festival");
        cn.from("2026-02-15");
        cn.to("2026-02-23");
        cn.day(" working_day ");
        cn.name("Spring Festival make-up working day");
        cn.from("2026-02-14");

        assertThat(cn.getCountry()).isEqualTo("CN");
        assertThat(cn.days()).containsExactly(
            new AnnouncedDay("HOLIDAY", "Spring Festival", LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23)),
            new AnnouncedDay("WORKING_DAY", "Spring Festival make-up working day", LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 14)));
    }

    @Test
    void knowsHolidayWorkingDayAndNotAHoliday() {
        cn.day("NOT_A_HOLIDAY");
        cn.from("2026-10-08");
        assertThat(cn.days()).singleElement().satisfies(d -> assertThat(d.kind()).isEqualTo("NOT_A_HOLIDAY"));
        assertThat(AnnouncedDaysFact.KINDS).containsExactlyInAnyOrder("HOLIDAY", "WORKING_DAY", "NOT_A_HOLIDAY", "YEARLY_NOTICE");
    }

    @Test
    void refusesAnUnknownKindNamingIt() {
        assertThatThrownBy(() -> cn.day("BRIDGE")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'BRIDGE'");
    }

    @Test
    void refusesAnythingButAnIsoDateNamingTheValue() {
        cn.day("HOLIDAY");
        assertThatThrownBy(() -> cn.from("15.02.2026")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("From '15.02.2026'");
        assertThatThrownBy(() -> cn.to("2026-02-30")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("To '2026-02-30'");
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        cn.day("HOLIDAY");
        cn.from("2026-02-15");
        assertThatThrownBy(() -> cn.to("2026-02-14")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("before From 2026-02-15");
    }

    @Test
    void refusesAValueBeforeWhatAndAnEntryWithoutFrom() {
        assertThatThrownBy(() -> cn.from("2026-02-15")).isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("before What");
        cn.day("HOLIDAY");
        cn.name("Spring Festival");
        assertThatThrownBy(cn::days).isInstanceOf(IllegalStateException.class).hasMessageContaining("Spring Festival");
    }
}
