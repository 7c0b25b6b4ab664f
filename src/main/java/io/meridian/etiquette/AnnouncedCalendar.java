package io.meridian.etiquette;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import io.meridian.calendar.AnnouncedDays;
import io.meridian.rules.RuleBook;
import org.springframework.stereotype.Component;

/** The announced days of the etiquette table in force, for the team's calendar. */
@Component
class AnnouncedCalendar implements AnnouncedDays.Source {

    private final RuleBook ruleBook;
    private final EtiquetteService etiquette;

    AnnouncedCalendar(RuleBook ruleBook, EtiquetteService etiquette) {
        this.ruleBook = ruleBook;
        this.etiquette = etiquette;
    }

    @Override
    public AnnouncedDays of(String country) {
        if (ruleBook.find(EtiquetteService.TABLE).isEmpty()) {
            return AnnouncedDays.NONE;
        }
        Map<LocalDate, String> holidays = new HashMap<>();
        Set<LocalDate> working = new HashSet<>();
        Set<LocalDate> cancelled = new HashSet<>();
        for (AnnouncedDay day : etiquette.announced(ruleBook.active(EtiquetteService.TABLE), country)) {
            day.from().datesUntil(day.to().plusDays(1)).forEach(d -> {
                switch (day.kind()) {
                    case "HOLIDAY" -> holidays.put(d, day.name());
                    case "WORKING_DAY" -> working.add(d);
                    default -> cancelled.add(d);
                }
            });
        }
        return new AnnouncedDays(holidays, working, cancelled);
    }
}
