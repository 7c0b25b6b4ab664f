/** Calendars and clocks: observance periods (Ramadan, public holidays, ...) and contact-window arithmetic. */
package io.meridian.calendar;
