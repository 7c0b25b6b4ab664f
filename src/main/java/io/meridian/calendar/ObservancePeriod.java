package io.meridian.calendar;

import java.time.LocalDate;

/** A named stretch of days in some calendar (both ends inclusive), not yet judged for a client. */
public record ObservancePeriod(ObservanceKind kind, String name, LocalDate from, LocalDate to) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
