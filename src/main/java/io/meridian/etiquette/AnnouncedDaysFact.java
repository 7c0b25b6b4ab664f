package io.meridian.etiquette;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Collects the announced days of one country: each row of the sheet starts an entry and fills it. */
public class AnnouncedDaysFact {

    static final Set<String> KINDS = Set.of("HOLIDAY", "WORKING_DAY", "NOT_A_HOLIDAY");

    private final String country;
    private final List<Entry> entries = new ArrayList<>();

    public AnnouncedDaysFact(String country) {
        this.country = country;
    }

    public String getCountry() {
        return country;
    }

    public void day(String kind) {
        String k = kind.trim().toUpperCase(java.util.Locale.ROOT);
        if (!KINDS.contains(k)) {
            throw new IllegalArgumentException("announced day kind '" + kind + "' is not one of HOLIDAY, WORKING_DAY, NOT_A_HOLIDAY");
        }
        entries.add(new Entry(k));
    }

    public void name(String name) {
        current().name = name.trim();
    }

    public void from(String date) {
        current().from = date(date);
    }

    public void to(String date) {
        current().to = date(date);
    }

    public List<AnnouncedDay> days() {
        List<AnnouncedDay> days = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (e.from == null) {
                throw new IllegalArgumentException("announced day '" + e.name + "' of " + country + " has no From date");
            }
            LocalDate to = e.to == null ? e.from : e.to;
            if (to.isBefore(e.from)) {
                throw new IllegalArgumentException("announced day '" + e.name + "' of " + country + " ends (" + to + ") before it begins (" + e.from + ")");
            }
            days.add(new AnnouncedDay(e.kind, e.name == null ? e.kind : e.name, e.from, to));
        }
        return List.copyOf(days);
    }

    private Entry current() {
        if (entries.isEmpty()) {
            throw new IllegalStateException("the What column (HOLIDAY, WORKING_DAY, NOT_A_HOLIDAY) must come first");
        }
        return entries.get(entries.size() - 1);
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a date like 2026-02-15", e);
        }
    }

    private static final class Entry {
        private final String kind;
        private String name;
        private LocalDate from;
        private LocalDate to;

        private Entry(String kind) {
            this.kind = kind;
        }
    }
}
