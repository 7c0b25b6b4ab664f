package io.meridian.calendar;

/** The kinds of period the etiquette table's Observances sheet can judge. */
public enum ObservanceKind {
    PUBLIC_HOLIDAY,
    /** Offices close at midday: the eve of a Bayram in Türkiye, of a festival in Israel. */
    HALF_DAY_HOLIDAY,
    RAMADAN,
    CHINESE_NEW_YEAR,
    GOLDEN_WEEK,
    NATIONAL_DAY_GOLDEN_WEEK,
    CHRISTMAS_NEW_YEAR
}
