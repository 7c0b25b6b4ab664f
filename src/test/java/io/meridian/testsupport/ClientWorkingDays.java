package io.meridian.testsupport;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Tier;

/**
 * A delivery date the tests on the real clock can promise a client: "Confirm order" refuses a day the client does not
 * work (weekend, public holiday), and "today + 90 days" is a Saturday now and then.
 */
public final class ClientWorkingDays {

    private ClientWorkingDays() {
    }

    /** {@code day}, or the first working day of a client in {@code country} after it (the etiquette table's calendar). */
    public static LocalDate onOrAfter(EtiquetteService etiquette, String country, LocalDate day) {
        return etiquette.decide(country, day.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC), Tier.B).calendar(null).nextWorkingDay(day);
    }
}
