package io.meridian.calendar;

/** The kinds of period the etiquette table's Observances sheet can judge. */
public enum ObservanceKind {
    PUBLIC_HOLIDAY,
    RAMADAN,
    CHINESE_NEW_YEAR,
    GOLDEN_WEEK,
    NATIONAL_DAY_GOLDEN_WEEK,
    CHRISTMAS_NEW_YEAR
}
