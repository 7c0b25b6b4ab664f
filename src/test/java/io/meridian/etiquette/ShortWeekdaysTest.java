package io.meridian.etiquette;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import io.meridian.calendar.AnnouncedDays;
import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.Clocks;
import io.meridian.calendar.ContactWindow;
import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.TeamCalendar;
import io.meridian.calendar.TeamSettings;
import io.meridian.calendar.WindowKind;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * A client whose week has a short day (the United Arab Emirates' Friday morning since 2022, Nepal's Friday to 15:00) is
 * neither called nor written to on that day's afternoon, as the etiquette table's "Short days" column says: the send and
 * call windows and everything due in them keep to it.
 */
@RunsBeside
class ShortWeekdaysTest {

    private static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");
    private static final TeamCalendar SHANGHAI = new TeamCalendar(new TeamSettings(ZoneId.of("Asia/Shanghai"), LocalTime.of(8, 0),
        LocalTime.of(22, 0)), new ObservanceCalendar(), country -> AnnouncedDays.NONE);
    private static final Clocks CLOCKS = new Clocks(SHANGHAI);
    /** Friday 12 March 2027, 08:00 in Dubai. */
    private static final Instant FRIDAY_MORNING = Instant.parse("2027-03-12T04:00:00Z");

    private final EtiquetteService service = EtiquetteFixture.etiquetteService();

    @Test
    void shouldCloseAnEmiratiFridayAtNoonForSendAndCallWindows() {
        Etiquette uae = service.decide("AE", FRIDAY_MORNING, Tier.B);
        assertThat(uae.shortDays()).containsEntry(DayOfWeek.FRIDAY, new BusinessHours(LocalTime.of(9, 0), LocalTime.of(12, 0)));
        ClientCalendar calendar = uae.calendar(null);

        ContactWindow send = CLOCKS.windows(calendar, WindowKind.SEND, FRIDAY_MORNING, 2).get(0);
        assertThat(send.clientLocalStart()).isEqualTo(LocalDateTime.parse("2027-03-12T09:00"));
        assertThat(send.clientLocalEnd()).as("Friday is a half day").isEqualTo(LocalDateTime.parse("2027-03-12T12:00"));
        ContactWindow call = CLOCKS.nextCall(calendar, SHANGHAI, FRIDAY_MORNING).orElseThrow();
        assertThat(call.clientLocalEnd()).isEqualTo(LocalDateTime.parse("2027-03-12T12:00"));

        // an email written at 13:00 on Friday in Dubai waits for Monday morning (their weekend is Saturday and Sunday)
        Instant fridayAfternoon = LocalDateTime.parse("2027-03-12T13:00").atZone(DUBAI).toInstant();
        assertThat(CLOCKS.sendAt(calendar, fridayAfternoon).atZone(DUBAI).toLocalDateTime())
            .isEqualTo(LocalDateTime.parse("2027-03-15T09:00"));
        // the other days keep their business hours
        assertThat(calendar.hoursOn(LocalDate.parse("2027-03-18")))
            .isEqualTo(new ClientCalendar.Hours(LocalTime.of(9, 0), LocalTime.of(17, 0)));
    }

    @Test
    void shouldKeepAnEmiratiFridayInRamadanToItsMorning() {
        // Friday 19 February 2027, in Ramadan 1448: Ramadan's 09:00-15:00 on a day that ends at 12:00 anyway
        ClientCalendar calendar = service.decide("AE", Instant.parse("2027-02-17T06:00:00Z"), Tier.B).calendar(null);
        assertThat(calendar.hoursOn(LocalDate.parse("2027-02-19")))
            .isEqualTo(new ClientCalendar.Hours(LocalTime.of(9, 0), LocalTime.of(12, 0)));
        assertThat(calendar.hoursOn(LocalDate.parse("2027-02-18")))
            .isEqualTo(new ClientCalendar.Hours(LocalTime.of(9, 0), LocalTime.of(15, 0)));
    }

    @Test
    void shouldCloseANepaliFridayAtThreeInTheAfternoon() {
        ClientCalendar calendar = service.decide("NP", Instant.parse("2027-03-12T04:00:00Z"), Tier.B).calendar(null);
        List<ContactWindow> send = CLOCKS.windows(calendar, WindowKind.SEND, Instant.parse("2027-03-12T04:00:00Z"),
            1);
        assertThat(send.get(0).clientLocalEnd()).isEqualTo(LocalDateTime.parse("2027-03-12T15:00"));
    }

    @Test
    void shouldNameWhatIsWrongWithAShortDaysCell() {
        assertThat(EtiquetteService.shortDaysProblem("FRIDAY 09:00-12:00, THURSDAY 09:00-14:00")).isEmpty();
        assertThat(EtiquetteService.shortDaysProblem("FRI 09:00-12:00").orElseThrow()).contains("'FRI' is not a day (MONDAY, TUESDAY, ... SUNDAY)");
        assertThat(EtiquetteService.shortDaysProblem("Friday until noon").orElseThrow())
            .contains("'Friday until noon' is not a short day: write the day and its hours, e.g. FRIDAY 09:00-12:00");
        assertThat(EtiquetteService.shortDaysProblem("FRIDAY 12:00-09:00").orElseThrow()).contains("the day closes before it opens");
    }

    @Test
    void shouldSayHowToWriteTheHoursOfAShortDayTypedAsOnAClock() {
        assertThat(EtiquetteService.shortDaysProblem("THURSDAY 8:30-14:00").orElseThrow()).isEqualTo("'THURSDAY 8:30-14:00' is not a short"
            + " day: write the hours as HH:MM-HH:MM on the 24-hour clock, with a plain hyphen: THURSDAY 08:30-14:00");
        // an en dash, as autocorrect may type it, and a dot
        assertThat(EtiquetteService.shortDaysProblem("Friday 09.00\u201312:00").orElseThrow()).isEqualTo("'Friday 09.00\u201312:00' is not a"
            + " short day: write the hours as HH:MM-HH:MM on the 24-hour clock, with a plain hyphen: FRIDAY 09:00-12:00");
        // no day: the hours alone would not make it one
        assertThat(EtiquetteService.shortDaysProblem("FRI 9:00-12:00").orElseThrow())
            .isEqualTo("'FRI 9:00-12:00' is not a short day: write the day and its hours, e.g. FRIDAY 09:00-12:00");
    }
}
