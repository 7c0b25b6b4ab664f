package io.meridian.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.meridian.calendar.AnnouncedDays;
import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.TeamCalendar;
import io.meridian.calendar.TeamSettings;
import io.meridian.desk.Desk;
import io.meridian.desk.Desks;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * One reminder per country and missing year, naming every calendar that follows that country's announced days: the
 * default run's team and its APAC desk both keep China's; the EMEA desk keeps Germany's, which has none to miss.
 */
@RunsBeside
class CalendarRemindersTest {

    private static final AnnouncedDays CHINA_2026 = new AnnouncedDays(Map.of(LocalDate.of(2026, 10, 1), "National Day"),
        Set.of(LocalDate.of(2026, 10, 10)), Set.of());

    @Test
    void theTeamAndTheDesksThatKeepOneCountrysAnnouncedDaysShareOneReminder() {
        TeamCalendar team = calendar("Asia/Shanghai", "CN");
        Desks desks = mock(Desks.class);
        when(desks.all()).thenReturn(List.of(
            new Desk("apac", "sales-apac", "APAC", calendar("Asia/Shanghai", "CN"), "mei"),
            new Desk("emea", "sales-emea", "EMEA", calendar("Europe/Berlin", "DE"), "emil")));

        List<CalendarReminders.Reminder> reminders = new CalendarReminders(team, desks, SOURCE).at(Instant.parse("2026-12-07T02:00:00Z"));

        assertThat(reminders).containsExactly(new CalendarReminders.Reminder("CN", 2027,
            List.of("the team", "desk apac (sales-apac)", "clients in China")));
        assertThat(reminders.get(0).text()).startsWith("No announced days for 2027 (China, CN): the etiquette workbook's"
            + " \"Announced days\" sheet has no CN holiday or working day for 2027, and the calendar of the team and of desk apac (sales-apac)"
            + " and of clients in China follows them.");
        assertThat(new CalendarReminders(team, desks, SOURCE).at(Instant.parse("2026-10-07T02:00:00Z"))).as("in October").isEmpty();
    }

    /**
     * Indonesia's cuti bersama and Vietnam's Tết days off are announced each year: a yearly notice on the sheet, without any
     * dated row yet, asks for the year from 1 November on, for the clients of that country, naming the notice.
     */
    @Test
    void aCountryWithAYearlyNoticeAndNoDaysYetGetsAReminderForItsClients() {
        AnnouncedDays indonesia = new AnnouncedDays(Map.of(), Set.of(), Set.of(), 2027, "the joint decree of three ministers on national holidays and cuti bersama");
        AnnouncedDays.Source source = new AnnouncedDays.Source() {
            @Override
            public AnnouncedDays of(String country) {
                return country.equals("ID") ? indonesia : AnnouncedDays.NONE;
            }

            @Override
            public List<String> countries() {
                return List.of("ID");
            }
        };
        Desks desks = mock(Desks.class);
        when(desks.all()).thenReturn(List.of());

        List<CalendarReminders.Reminder> reminders = new CalendarReminders(calendar("Europe/Berlin", "DE"), desks, source)
            .at(Instant.parse("2026-12-07T02:00:00Z"));

        assertThat(reminders).singleElement().satisfies(r -> {
            assertThat(r.country()).isEqualTo("ID");
            assertThat(r.year()).isEqualTo(2027);
            assertThat(r.calendars()).containsExactly("clients in Indonesia");
            assertThat(r.text()).startsWith("No announced days for 2027 (Indonesia, ID)")
                .contains("when the government publishes them (the joint decree of three ministers on national holidays and cuti bersama)");
        });
        assertThat(new CalendarReminders(calendar("Europe/Berlin", "DE"), desks, source).at(Instant.parse("2026-10-07T02:00:00Z")))
            .as("in October 2026, 2027's decree is not yet due").isEmpty();
    }

    private static final AnnouncedDays.Source SOURCE = new AnnouncedDays.Source() {
        @Override
        public AnnouncedDays of(String country) {
            return country.equals("CN") ? CHINA_2026 : AnnouncedDays.NONE;
        }

        @Override
        public List<String> countries() {
            return List.of("CN");
        }
    };

    private static TeamCalendar calendar(String zone, String country) {
        return new TeamCalendar(new TeamSettings(ZoneId.of(zone), LocalTime.of(8, 0), LocalTime.of(22, 0), Duration.ofHours(2),
            Duration.ofHours(2), "MONDAY-FRIDAY", country), new ObservanceCalendar(), SOURCE);
    }
}
