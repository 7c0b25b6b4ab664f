package io.meridian.calendar;

import java.time.Duration;

/** A duration as the team reads it in a briefing or an email: "2 h", "1 h 30 min", "45 min", never "PT2H". */
public final class Durations {

    private Durations() {
    }

    public static String words(Duration d) {
        long hours = d.toHours();
        long minutes = d.toMinutesPart();
        return hours == 0 ? minutes + " min" : minutes == 0 ? hours + " h" : hours + " h " + minutes + " min";
    }

    /**
     * How late something is, as a manager reads it at a glance: whole days and hours from a day on ("3 days 15 h", "1 day"),
     * hours and minutes below it ("5 h 10 min", as {@link #words(Duration)}).
     */
    public static String late(Duration d) {
        long days = d.toDays();
        if (days == 0) {
            return words(d);
        }
        long hours = d.toHoursPart();
        return days + (days == 1 ? " day" : " days") + (hours == 0 ? "" : " " + hours + " h");
    }

    /** An ISO-8601 duration as the rules keep it ({@code PT2H}) in words; the text itself when it is none. */
    public static String words(String iso) {
        if (iso == null) {
            return "null";
        }
        try {
            return words(Duration.parse(iso));
        } catch (java.time.format.DateTimeParseException e) {
            return iso;
        }
    }
}
