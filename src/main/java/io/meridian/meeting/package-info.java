/**
 * Negotiation calls and meetings on a journey (seed 003): the minutes (needs, points discussed,
 * next actions with dates) are due within 24 hours and go to the client by email; each next action
 * becomes a task for sales on its date. Also the decision delay: a declined quote with a next date
 * agreed wakes the journey on that date.
 *
 * <p>Public surface: {@link MeetingActions} (the minutes process calls it by bean name).
 */
package io.meridian.meeting;
