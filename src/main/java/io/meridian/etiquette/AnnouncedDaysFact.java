package io.meridian.etiquette;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The working memory fact of the etiquette table's "Announced days" sheet: the client's
 * country goes in, every row for that country adds one announced day. The row's actions run
 * in column order (What, Name, From, To), so {@link #day} starts an entry and the others fill
 * it. Each setter refuses a value it cannot use, naming it, so a typo stops the workbook.
 */
public class AnnouncedDaysFact {

    /** The kinds a row's "What" cell may name. */
    public static final Set<String> KINDS = Set.of("HOLIDAY", "WORKING_DAY", "NOT_A_HOLIDAY", AnnouncedDay.YEARLY_NOTICE);
    private static final String KINDS_WRITTEN = "HOLIDAY, WORKING_DAY, NOT_A_HOLIDAY, YEARLY_NOTICE";

    private final String country;
    private final List<Entry> entries = new ArrayList<>();

    public AnnouncedDaysFact(String country) {
        this.country = country;
    }

    public String getCountry() { return country; }

    /** Starts a new entry. */
    public void day(String kind) {
        String value = kind == null ? "" : kind.trim().toUpperCase(Locale.ROOT);
        if (!KINDS.contains(value)) {
            throw new IllegalArgumentException("What '" + kind + "' is not one of " + KINDS_WRITTEN);
        }
        entries.add(new Entry(value));
    }

    public void name(String name) {
        current("Name").name = name.trim();
    }

    /** The first day, as an ISO date (2026-02-15). */
    public void from(String date) {
        Entry entry = current("From");
        entry.from = date("From", date);
        checkOrder(entry);
    }

    /** The last day, as an ISO date; left blank, the entry is one day. */
    public void to(String date) {
        Entry entry = current("To");
        entry.to = date("To", date);
        checkOrder(entry);
    }

    /** The entries so far, in row order. */
    public List<AnnouncedDay> days() {
        List<AnnouncedDay> result = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            if (e.from == null) {
                throw new FromMissing("announced day '" + (e.name == null ? e.kind : e.name) + "' for "
                    + country + " has no From date");
            }
            result.add(new AnnouncedDay(e.kind, e.name, e.from, e.to == null ? e.from : e.to));
        }
        return List.copyOf(result);
    }

    private Entry current(String column) {
        if (entries.isEmpty()) {
            throw new IllegalArgumentException(column + " comes before What: each row starts with What");
        }
        return entries.get(entries.size() - 1);
    }

    private static LocalDate date(String column, String text) {
        String value = text == null ? "" : text.trim();
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(column + " '" + value + "' is not a date such as 2026-02-15", e);
        }
    }

    /** What is wrong with a "What" cell for {@link #day}; empty when it reads. */
    static Optional<String> kindProblem(String text) {
        return KINDS.contains(text.trim().toUpperCase(Locale.ROOT)) ? Optional.empty()
            : Optional.of("'" + text + "' is not a kind of announced day: write one of " + KINDS_WRITTEN);
    }

    /** What is wrong with a "From" or "To" cell for {@link #from} and {@link #to}; empty when it reads. */
    static Optional<String> dateProblem(String text) {
        try {
            date("From", text);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of("'" + text + "' is not a date: write it as YYYY-MM-DD, e.g. 2027-02-06");
        }
    }

    private static void checkOrder(Entry entry) {
        if (entry.from != null && entry.to != null && entry.to.isBefore(entry.from)) {
            throw new ToBeforeFrom(entry.from, entry.to);
        }
    }

    /** A row whose To is before its From: the workbook check places it on the row's To cell ({@link EtiquetteScenarios}). */
    static final class ToBeforeFrom extends IllegalArgumentException {
        ToBeforeFrom(LocalDate from, LocalDate to) {
            super("To " + to + " is before From " + from + ": To is the last day, on or after From (blank for one day)");
        }
    }

    /** A row with its What but no From (a half-filled row): the workbook check places it on its From cell ({@link EtiquetteScenarios}). */
    static final class FromMissing extends IllegalStateException {
        FromMissing(String message) {
            super(message);
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
