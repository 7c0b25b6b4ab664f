package io.meridian.calendar;

/** The kinds of period the etiquette table's Observances sheet can judge. */
public enum ObservanceKind {
    PUBLIC_HOLIDAY,
    /** Offices close at midday: the eve of a Bayram in Türkiye, of a festival in Israel. */
    HALF_DAY_HOLIDAY,
    /**
     * Days most companies close by custom, not by law (Japan's year-end and New Year closure, 年末年始休業): closed for the
     * client as the etiquette table says, and for a team or desk in that country as a holiday is.
     */
    COMPANY_CLOSURE,
    /**
     * A holiday the law gives to public offices and banks but leaves to each employer elsewhere, so that most businesses
     * work (Argentina's días no laborables; the US federal holidays few private employers give, such as Columbus Day):
     * slow for a client as the etiquette table says, and no day off for a team or desk.
     */
    OPTIONAL_HOLIDAY,
    RAMADAN,
    CHINESE_NEW_YEAR,
    /**
     * Chunyun (春运), the Spring Festival travel season: from 15 days before the lunar New Year to the 25th day after it,
     * when factory workers travel home and back, so that production winds down before the closure and restarts slowly.
     */
    SPRING_FESTIVAL_TRAVEL,
    GOLDEN_WEEK,
    NATIONAL_DAY_GOLDEN_WEEK,
    CHRISTMAS_NEW_YEAR
}
