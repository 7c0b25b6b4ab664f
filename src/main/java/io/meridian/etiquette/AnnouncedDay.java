package io.meridian.etiquette;

import java.time.LocalDate;

/**
 * One officially announced arrangement of the "Announced days" sheet: a holiday the calendar
 * does not give (HOLIDAY), a make-up working day on a weekend (WORKING_DAY), or a library
 * holiday that does not apply on those dates (NOT_A_HOLIDAY); or that the government announces the
 * country's days each year from the year of {@code from} on (YEARLY_NOTICE: Indonesia's cuti bersama,
 * Vietnam's Tết days off), which marks no day itself. {@code to} is {@code from} for a single day.
 */
public record AnnouncedDay(String kind, String name, LocalDate from, LocalDate to) {

    public static final String YEARLY_NOTICE = "YEARLY_NOTICE";
}
