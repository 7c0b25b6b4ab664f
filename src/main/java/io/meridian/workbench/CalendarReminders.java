package io.meridian.workbench;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

import io.meridian.calendar.AnnouncedDays;
import io.meridian.calendar.TeamCalendar;
import io.meridian.desk.Desk;
import io.meridian.desk.Desks;
import org.springframework.stereotype.Component;

/**
 * What the analysts must add before a calendar goes wrong: a year whose officially announced days (China's State Council
 * schedule of holidays and make-up working days, Indonesia's cuti bersama, Vietnam's Tết days off) the etiquette workbook
 * does not hold yet ({@link AnnouncedDays#yearMissing}), for the team's and each desk's country and for every country
 * whose clients' calendars follow announced days (a row, or a yearly notice, on the "Announced days" sheet). Shown on the
 * workbench's pages.
 */
@Component
class CalendarReminders {

    /** One missing year of one country, and whose calendars keep that country's announced days. */
    record Reminder(String country, int year, List<String> calendars, String notice) {

        Reminder(String country, int year, List<String> calendars) {
            this(country, year, calendars, null);
        }

        public String countryName() {
            return new Locale("", country).getDisplayCountry(Locale.ENGLISH);
        }

        /** The reminder as the page shows it. */
        public String text() {
            return "No announced days for " + year + " (" + countryName() + ", " + country + "): the etiquette workbook's"
                + " \"Announced days\" sheet has no " + country + " holiday or working day for " + year + ", and the calendar of "
                + String.join(" and of ", calendars) + " follows them. Add " + year + "'s holidays and make-up working days"
                + " when the government publishes them" + (notice == null ? "" : " (" + notice + ")") + ", with the notice in"
                + " \"Why (sources)\". Until then " + year + " has only the holiday library's public holidays of " + country
                + ": no days off announced around them, and no make-up working days on weekends.";
        }
    }

    /** A country and year a reminder is about. */
    private record Missing(String country, int year) {
    }

    private final TeamCalendar team;
    private final Desks desks;
    private final AnnouncedDays.Source announced;

    CalendarReminders(TeamCalendar team, Desks desks, AnnouncedDays.Source announced) {
        this.team = team;
        this.desks = desks;
        this.announced = announced;
    }

    /** The missing years at {@code now}, by country, each naming the team and the desks it concerns. */
    List<Reminder> at(Instant now) {
        Map<Missing, List<String>> whose = new LinkedHashMap<>();
        add(team, "the team", now, whose);
        for (Desk desk : desks.all()) {
            add(desk.calendar(), "desk " + desk.name() + " (" + desk.group() + ")", now, whose);
        }
        LocalDate today = LocalDate.ofInstant(now, team.zone());
        for (String country : announced.countries()) {
            OptionalInt year = announced.of(country).yearMissing(today);
            if (year.isPresent()) {
                whose.computeIfAbsent(new Missing(country, year.getAsInt()), m -> new ArrayList<>())
                    .add("clients in " + new Locale("", country).getDisplayCountry(Locale.ENGLISH));
            }
        }
        List<Reminder> reminders = new ArrayList<>();
        whose.forEach((missing, calendars) -> reminders.add(new Reminder(missing.country(), missing.year(), List.copyOf(calendars),
            announced.of(missing.country()).notice())));
        return reminders;
    }

    private static void add(TeamCalendar calendar, String name, Instant now, Map<Missing, List<String>> whose) {
        OptionalInt year = calendar.announcedYearMissing(now);
        if (year.isPresent()) {
            whose.computeIfAbsent(new Missing(calendar.settings().country(), year.getAsInt()), m -> new ArrayList<>()).add(name);
        }
    }
}
