package io.meridian.desk;

import io.meridian.calendar.TeamCalendar;

/**
 * A desk of the team as it works: its name (kept on the client record), the candidate group its
 * clients' tasks get, and its own clock and calendar (zone, contact and stretch hours, work week,
 * public holidays), on which its clients' call windows and its working days are counted.
 */
public record Desk(String name, String group, String title, TeamCalendar calendar, String demoUser) {
}
