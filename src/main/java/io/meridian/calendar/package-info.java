/**
 * Calendars and clocks, as one capability: the public holidays and observance periods of every market, the
 * team's own calendar, call and send windows, follow-up dates and working-day arithmetic, all worked out from
 * an etiquette already decided ({@link io.meridian.calendar.ClientCalendar}).
 *
 * <p>Public surface: {@link AnnouncedDays}, {@link ClientCalendar}, {@link Clocks}, {@link ContactWindow},
 * {@link ContactWindows}, {@link CountryZones}, {@link Durations}, {@link ObservanceCalendar}, {@link ObservanceKind}, {@link ObservancePeriod}, {@link ShortWeekdays},
 * {@link TeamCalendar}, {@link TeamSettings}, {@link WindowKind}, {@link WorkWeek}.
 */
package io.meridian.calendar;
