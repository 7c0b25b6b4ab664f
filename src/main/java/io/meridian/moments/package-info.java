/**
 * How a moment reads for the team, in task forms and staff emails: one style everywhere, "Mon 7 Dec 2026 15:00",
 * with English day and month names whatever the server's locale (the forms and staff emails are English).
 *
 * <p>Public surface: {@link TeamMoments}.
 */
package io.meridian.moments;
