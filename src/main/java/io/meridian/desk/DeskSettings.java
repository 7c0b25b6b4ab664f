package io.meridian.desk;

import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.meridian.calendar.WorkWeek;
import io.meridian.system.CountryCodes;
import io.meridian.system.Groups;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * The desks the team is split into ({@code meridian.team.desks[0].name}, ...), in the order that
 * breaks a tie when two desks cover a client equally well. Empty: one team, as configured by
 * {@code meridian.team.*}. A desk field left out takes the team's value (contact hours, stretch,
 * work week, country); name, group and time zone are the desk's own. Settings that cannot work are
 * refused at start with the property that is wrong.
 */
@ConfigurationProperties("meridian.team")
public record DeskSettings(List<Desk> desks) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");
    private static final Pattern USER = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    /** The demo users DESIGN.md "Identity" names; a desk's demo user is another one. */
    private static final Set<String> BUILT_IN_USERS = Set.of("demo", "sam", "olivia", "leo", "sue", "max", "ana", "shop");

    /**
     * One desk.
     *
     * @param name     what the client record and the API call it, e.g. {@code emea}
     * @param group    the candidate group its clients' tasks get in addition to their own, e.g. {@code sales-emea}
     * @param title    shown in Tasklist's filters and group list; the name when left out
     * @param demoUser a user in the desk's group that the default (demo) run creates with the password {@code demo}
     */
    public record Desk(String name, String group, String title, ZoneId timeZone, LocalTime contactStart, LocalTime contactEnd,
                       Duration stretchEarly, Duration stretchLate, String workWeek, String country, String demoUser) {
    }

    @ConstructorBinding
    public DeskSettings {
        desks = desks == null ? List.of() : List.copyOf(desks);
        Map<String, String> names = new HashMap<>();
        Map<String, String> groups = new HashMap<>();
        Map<String, String> users = new HashMap<>();
        for (int i = 0; i < desks.size(); i++) {
            Desk d = desks.get(i);
            String at = "meridian.team.desks[" + i + "]";
            if (d.name() == null || !NAME.matcher(d.name()).matches()) {
                throw refused(at + ".name", "is required: lower-case letters, digits and '-', starting with a letter (e.g. emea), was '"
                    + d.name() + "'");
            }
            at = at + " (desk '" + d.name() + "')";
            unique(names, d.name(), at + ".name", "desk name");
            if (d.group() == null || !NAME.matcher(d.group()).matches()) {
                throw refused(at + ".group", "is required: a group id such as sales-" + d.name() + ", was '" + d.group() + "'");
            }
            if (Groups.ALL.containsKey(d.group())) {
                throw refused(at + ".group", "'" + d.group() + "' is one of the built-in groups " + Groups.ALL.keySet()
                    + ": a desk needs a group of its own (its clients' tasks keep their built-in group as well)");
            }
            unique(groups, d.group(), at + ".group", "group");
            if (d.timeZone() == null) {
                throw refused(at + ".time-zone", "is required: the desk's IANA time zone, e.g. Europe/Berlin");
            }
            if (d.contactStart() != null && d.contactStart().equals(d.contactEnd())) {
                throw refused(at + ".contact-end", "equals contact-start: the desk would have no contact hours");
            }
            Duration early = d.stretchEarly() == null ? Duration.ZERO : d.stretchEarly();
            Duration late = d.stretchLate() == null ? Duration.ZERO : d.stretchLate();
            if (early.isNegative() || late.isNegative() || early.plus(late).compareTo(Duration.ofHours(12)) > 0) {
                throw refused(at + ".stretch-early/stretch-late", "must be between PT0H and, together, PT12H");
            }
            if (d.workWeek() != null) {
                try {
                    WorkWeek.parse(d.workWeek());
                } catch (IllegalArgumentException e) {
                    throw refused(at + ".work-week", e.getMessage());
                }
            }
            if (d.country() != null && !CountryCodes.isKnown(d.country().trim().toUpperCase(Locale.ROOT))) {
                throw refused(at + ".country", "'" + d.country() + "' is not an ISO 3166-1 alpha-2 country code (whose public holidays the desk keeps)");
            }
            if (d.demoUser() != null) {
                if (!USER.matcher(d.demoUser()).matches() || BUILT_IN_USERS.contains(d.demoUser())) {
                    throw refused(at + ".demo-user", "'" + d.demoUser() + "' must be a new user id (lower case), not one of "
                        + BUILT_IN_USERS);
                }
                unique(users, d.demoUser(), at + ".demo-user", "demo user");
            }
        }
    }

    /** A team without desks. */
    public static DeskSettings none() {
        return new DeskSettings(List.of());
    }

    private static void unique(Map<String, String> seen, String value, String at, String what) {
        String first = seen.putIfAbsent(value, at);
        if (first != null) {
            throw refused(at, what + " '" + value + "' is used by " + first + " already");
        }
    }

    private static IllegalArgumentException refused(String property, String problem) {
        return new IllegalArgumentException(property + " " + problem);
    }
}
