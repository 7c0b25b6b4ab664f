/**
 * Desks: the team split by time zone (DOMAIN.md "Time zones and contact windows", seed 000), each desk with its
 * own clock, contact hours, work week, holidays and candidate group; which desk a new client goes to.
 *
 * <p>Public surface: {@link ClientDesks}, {@link ClientMovedDesk}, {@link Desk}, {@link DeskAccess}, {@link DeskSettings},
 * {@link Desks}.
 */
package io.meridian.desk;
