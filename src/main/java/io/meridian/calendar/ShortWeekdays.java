package io.meridian.calendar;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The days of a client's week with shorter hours than the others, as the etiquette table's "Short days" column writes
 * them: "FRIDAY 09:00-12:00", several with commas ("THURSDAY 09:00-14:00, FRIDAY 09:00-12:00").
 */
public final class ShortWeekdays {

    private static final Pattern ONE = Pattern.compile("([A-Z]+)\\s+(\\d{2}:\\d{2})\\s*-\\s*(\\d{2}:\\d{2})");
    /** A day with its hours written otherwise: 8:30, 14.00, an en dash (which a spreadsheet's autocorrect may type). */
    private static final Pattern LOOSE = Pattern.compile("([A-Z]+)\\s+(\\d{1,2})[:.](\\d{2})\\s*[-\u2013\u2014]\\s*(\\d{1,2})[:.](\\d{2})");

    private ShortWeekdays() {
    }

    private static String hhmm(String hour, String minute) {
        return (hour.length() == 1 ? "0" + hour : hour) + ":" + minute;
    }

    /**
     * The hours of each short day; empty for a blank text.
     *
     * @throws IllegalArgumentException naming the part that cannot be read
     */
    public static Map<DayOfWeek, ClientCalendar.Hours> parse(String text) {
        Map<DayOfWeek, ClientCalendar.Hours> days = new EnumMap<>(DayOfWeek.class);
        if (text == null || text.isBlank()) {
            return days;
        }
        for (String part : text.trim().split(",")) {
            Matcher m = ONE.matcher(part.trim().toUpperCase(Locale.ROOT));
            if (!m.matches()) {
                Matcher loose = LOOSE.matcher(part.trim().toUpperCase(Locale.ROOT));
                if (loose.matches() && Arrays.stream(DayOfWeek.values()).anyMatch(d -> d.name().equals(loose.group(1)))) {
                    throw new IllegalArgumentException("'" + part.trim() + "' is not a short day: write the hours as HH:MM-HH:MM on the"
                        + " 24-hour clock, with a plain hyphen: " + loose.group(1) + " " + hhmm(loose.group(2), loose.group(3)) + "-"
                        + hhmm(loose.group(4), loose.group(5)));
                }
                throw new IllegalArgumentException("'" + part.trim() + "' is not a short day: write the day and its hours,"
                    + " e.g. FRIDAY 09:00-12:00");
            }
            DayOfWeek day;
            LocalTime opens;
            LocalTime closes;
            try {
                day = DayOfWeek.valueOf(m.group(1));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("'" + m.group(1) + "' is not a day (MONDAY, TUESDAY, ... SUNDAY)", e);
            }
            try {
                opens = LocalTime.parse(m.group(2));
                closes = LocalTime.parse(m.group(3));
            } catch (DateTimeException e) {
                throw new IllegalArgumentException("'" + part.trim() + "': the hours are HH:MM on the 24-hour clock", e);
            }
            if (!closes.isAfter(opens)) {
                throw new IllegalArgumentException("'" + part.trim() + "': the day closes before it opens");
            }
            if (days.put(day, new ClientCalendar.Hours(opens, closes)) != null) {
                throw new IllegalArgumentException("'" + text.trim() + "' names " + day + " twice");
            }
        }
        return days;
    }
}
