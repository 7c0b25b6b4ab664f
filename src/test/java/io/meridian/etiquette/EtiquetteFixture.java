package io.meridian.etiquette;

import java.nio.file.Path;

import io.meridian.calendar.ObservanceCalendar;
import io.meridian.rules.RuleBook;
import io.meridian.rules.RulesSettings;

/** The etiquette service on the shipped workbook, without a Spring context. */
public final class EtiquetteFixture {

    private static EtiquetteService service;

    private EtiquetteFixture() {
    }

    public static synchronized EtiquetteService etiquetteService() {
        if (service == null) {
            service = new EtiquetteService(new RuleBook(new RulesSettings(Path.of("rules"))), new ObservanceCalendar());
        }
        return service;
    }
}
