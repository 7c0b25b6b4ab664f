/**
 * How a moment reads for the team, in task forms and staff emails: one style everywhere, "Mon 7 Dec 2026 15:00",
 * with English day and month names whatever the server's locale (the forms and staff emails are English); and the team's
 * today, by which a day the team types for its own work is judged.
 *
 * <p>Public surface: {@link TeamMoments}, {@link TeamToday}.
 */
package io.meridian.moments;
