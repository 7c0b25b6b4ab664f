package io.meridian.etiquette;

import io.meridian.calendar.ObservanceCalendar;
import io.meridian.rules.RuleBook;
import io.meridian.rules.RuleBookFixture;

/** The rule book and etiquette service on the shipped workbooks, without a Spring context. */
public final class EtiquetteFixture {

    private static RuleBook ruleBook;
    private static EtiquetteService service;

    private EtiquetteFixture() {
    }

    /** Every table of the rules folder. */
    public static synchronized RuleBook ruleBook() {
        if (ruleBook == null) {
            ruleBook = RuleBookFixture.shippedTables();
        }
        return ruleBook;
    }

    public static synchronized EtiquetteService etiquetteService() {
        if (service == null) {
            service = new EtiquetteService(ruleBook(), new ObservanceCalendar());
        }
        return service;
    }

    /** A decision that runs the table in force, whatever was decided before (benchmarks, counts). */
    public static Etiquette decideAfresh(String country, java.time.Instant at, Tier tier) {
        EtiquetteService service = etiquetteService();
        return service.decide(ruleBook().active(EtiquetteService.TABLE), country, at, tier);
    }
}
