package io.meridian.etiquette;

import java.time.LocalDate;

/** A period in force for the client, with the effect the etiquette table gave it. */
public record Observance(String name, String kind, Effect effect, LocalDate from, LocalDate to, String advice) {
}
