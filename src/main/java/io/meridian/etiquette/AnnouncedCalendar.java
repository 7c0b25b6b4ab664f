package io.meridian.etiquette;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.meridian.calendar.AnnouncedDays;
import io.meridian.calendar.ObservanceKind;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.RuleBook;
import io.meridian.system.CountryCodes;
import org.springframework.stereotype.Component;

/** The announced days of the etiquette table in force, and which holidays close, for the team's calendar. */
@Component
class AnnouncedCalendar implements AnnouncedDays.Source {

    private final RuleBook ruleBook;
    private final EtiquetteService etiquette;
    private volatile Built built;

    AnnouncedCalendar(RuleBook ruleBook, EtiquetteService etiquette) {
        this.ruleBook = ruleBook;
        this.etiquette = etiquette;
    }

    /**
     * The team calendar asks for every day it checks: the answer is read once per build of the
     * table and country, not rebuilt from the sheet's rows each time.
     */
    @Override
    public AnnouncedDays of(String country) {
        Optional<CompiledTable> table = ruleBook.find(EtiquetteService.TABLE);
        if (table.isEmpty()) {
            return AnnouncedDays.NONE;
        }
        Built current = built;
        if (current == null || current.table != table.get()) {
            current = new Built(table.get());
            built = current;
        }
        CompiledTable build = current.table;
        return current.byCountry.computeIfAbsent(country, c -> days(build, c));
    }

    /** Every country with a row on the sheet (dated days or a yearly notice), read once per build. */
    @Override
    public List<String> countries() {
        List<String> result = new ArrayList<>();
        for (String country : CountryCodes.sorted()) {
            AnnouncedDays days = of(country);
            if (days.noticesFrom() != null || !days.holidays().isEmpty() || !days.workingDays().isEmpty()
                || !days.notHolidays().isEmpty()) {
                result.add(country);
            }
        }
        return result;
    }

    /** The table in force's Observances sheet, read once per build, country and kind. */
    @Override
    public boolean closes(String country, ObservanceKind kind) {
        Optional<CompiledTable> table = ruleBook.find(EtiquetteService.TABLE);
        if (table.isEmpty()) {
            return true;
        }
        Built current = built;
        if (current == null || current.table != table.get()) {
            current = new Built(table.get());
            built = current;
        }
        CompiledTable build = current.table;
        return current.closes.computeIfAbsent(country + " " + kind, k -> etiquette.closes(build, country, kind));
    }

    private AnnouncedDays days(CompiledTable table, String country) {
        Map<LocalDate, String> holidays = new HashMap<>();
        Set<LocalDate> working = new HashSet<>();
        Set<LocalDate> cancelled = new HashSet<>();
        Integer noticesFrom = null;
        String notice = null;
        for (AnnouncedDay day : etiquette.announced(table, country)) {
            if (AnnouncedDay.YEARLY_NOTICE.equals(day.kind())) {
                noticesFrom = noticesFrom == null ? day.from().getYear() : Math.min(noticesFrom, day.from().getYear());
                notice = day.name();
                continue;
            }
            day.from().datesUntil(day.to().plusDays(1)).forEach(d -> {
                switch (day.kind()) {
                    case "HOLIDAY" -> holidays.put(d, day.name());
                    case "WORKING_DAY" -> working.add(d);
                    default -> cancelled.add(d);
                }
            });
        }
        return new AnnouncedDays(holidays, working, cancelled, noticesFrom, notice);
    }

    /** The announced days of one build of the table, by country. */
    private static final class Built {
        private final CompiledTable table;
        private final Map<String, AnnouncedDays> byCountry = new ConcurrentHashMap<>();
        private final Map<String, Boolean> closes = new ConcurrentHashMap<>();

        private Built(CompiledTable table) {
            this.table = table;
        }
    }
}
