package io.meridian.moments;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

import static org.assertj.core.api.Assertions.assertThat;

/** One style for every moment the team reads; English names on a server whose locale is another. */
@Isolated("sets the JVM's default locale")
class TeamMomentsTest {

    private static final Instant MOMENT = Instant.parse("2026-12-07T07:00:00Z");

    @Test
    void shouldWriteTheWeekdayTheDayTheMonthAsAWordAndTheTime() {
        assertThat(TeamMoments.at(MOMENT, ZoneId.of("Asia/Shanghai"))).isEqualTo("Mon 7 Dec 2026 15:00");
        assertThat(TeamMoments.at(MOMENT, ZoneId.of("America/New_York"))).isEqualTo("Mon 7 Dec 2026 02:00");
        assertThat(TeamMoments.of(LocalDateTime.of(2027, 1, 12, 9, 5))).isEqualTo("Tue 12 Jan 2027 09:05");
        assertThat(TeamMoments.day(java.time.LocalDate.of(2027, 2, 20))).isEqualTo("Sat 20 Feb 2027");
    }

    @Test
    void shouldNameTheZoneByItsIdNotAnAbbreviationThatTwoCountriesShare() {
        assertThat(TeamMoments.withZone(MOMENT, ZoneId.of("Asia/Shanghai"))).isEqualTo("Mon 7 Dec 2026 15:00 (Asia/Shanghai)");
    }

    @Test
    void shouldSayTodayOneWayNamingWhoseClockJudgedIt() {
        java.time.LocalDate today = java.time.LocalDate.of(2027, 3, 8);
        assertThat(TeamMoments.today(today, "client's", ZoneId.of("Asia/Tokyo")))
            .isEqualTo("today is Mon 8 Mar 2027 in the client's time zone Asia/Tokyo");
        assertThat(TeamMoments.today(today, "team's", ZoneId.of("America/New_York")))
            .isEqualTo("today is Mon 8 Mar 2027 in the team's time zone America/New_York");
    }

    @Test
    void shouldWriteEnglishNamesWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(TeamMoments.at(MOMENT, ZoneId.of("Europe/Berlin"))).isEqualTo("Mon 7 Dec 2026 08:00");
        } finally {
            Locale.setDefault(before);
        }
    }
}
