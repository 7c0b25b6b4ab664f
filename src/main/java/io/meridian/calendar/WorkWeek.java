package io.meridian.calendar;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

/** A work week as the etiquette table and the team settings write it: a run of days or a list. */
public final class WorkWeek {

    private WorkWeek() {
    }

    /**
     * "MONDAY-FRIDAY" (a run, which may wrap round the week, e.g. SATURDAY-WEDNESDAY) or
     * "MONDAY, TUESDAY, WEDNESDAY, THURSDAY, SATURDAY" (a list).
     *
     * @throws IllegalArgumentException naming what cannot be read
     */
    public static List<DayOfWeek> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a work week is required, e.g. MONDAY-FRIDAY");
        }
        String spec = text.trim().toUpperCase(Locale.ROOT);
        List<DayOfWeek> ordered = new ArrayList<>();
        if (spec.contains("-")) {
            String[] ends = spec.split("-");
            if (ends.length != 2) {
                throw new IllegalArgumentException("work week '" + text + "' is not a run FIRST-LAST such as MONDAY-FRIDAY");
            }
            DayOfWeek from = day(ends[0], text);
            DayOfWeek to = day(ends[1], text);
            for (DayOfWeek d = from; ; d = d.plus(1)) {
                ordered.add(d);
                if (d == to) {
                    break;
                }
            }
        } else {
            EnumSet<DayOfWeek> seen = EnumSet.noneOf(DayOfWeek.class);
            for (String name : spec.split(",")) {
                DayOfWeek d = day(name, text);
                if (seen.add(d)) {
                    ordered.add(d);
                }
            }
        }
        return List.copyOf(ordered);
    }

    /** As the table writes it: a run of days as FIRST-LAST, anything else as a list. */
    public static String format(List<DayOfWeek> days) {
        boolean run = !days.isEmpty();
        for (int i = 1; i < days.size(); i++) {
            run &= days.get(i) == days.get(i - 1).plus(1);
        }
        if (run && days.size() > 1) {
            return days.get(0) + "-" + days.get(days.size() - 1);
        }
        return String.join(", ", days.stream().map(DayOfWeek::name).toList());
    }

    private static DayOfWeek day(String name, String text) {
        try {
            return DayOfWeek.valueOf(name.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("work week '" + text + "': '" + name.trim()
                + "' is not a day (MONDAY, TUESDAY, ... SUNDAY)", e);
        }
    }
}
