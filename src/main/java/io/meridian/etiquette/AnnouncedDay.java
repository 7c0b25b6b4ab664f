package io.meridian.etiquette;

import java.time.LocalDate;

/** One row of the etiquette table's "Announced days" sheet. */
public record AnnouncedDay(String kind, String name, LocalDate from, LocalDate to) {
}
