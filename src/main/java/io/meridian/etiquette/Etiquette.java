package io.meridian.etiquette;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.meridian.calendar.ClientCalendar;

import io.meridian.rules.FiredRule;

/** How to deal with one client at one moment, and which spreadsheet rows said so. */
public record Etiquette(
    String country,
    String region,
    Tier tier,
    Instant at,
    String directness,
    String context,
    String opening,
    String time,
    String hierarchy,
    String feedback,
    String persuasion,
    String channelStyle,
    String pace,
    String formality,
    boolean honorifics,
    String quickChannel,
    String confirmationChannel,
    String meeting,
    boolean bilingualDocuments,
    String language,
    String nameOrder,
    String salutation,
    boolean titles,
    String greeting,
    List<String> tabooTopics,
    List<String> notes,
    String timeZone,
    List<DayOfWeek> workWeek,
    BusinessHours businessHours,
    int followUpAfterBusinessDays,
    int maxFollowUps,
    List<Observance> observances,
    boolean fallback,
    List<FiredRule> firedRules,
    String rulesVersion,
    @JsonIgnore List<Observance> upcoming,
    @JsonIgnore List<LocalDate> extraWorkingDays,
    @JsonIgnore LocalDate knownUntil) {

    /** The most business days before a follow-up, and the most follow-ups, a journey takes (more is a typo). */
    public static final int MOST_FOLLOW_UP_DAYS = 365;
    public static final int MOST_FOLLOW_UPS = 100;

    public boolean hasObservance(Effect effect) {
        return observances.stream().anyMatch(o -> o.effect() == effect);
    }

    /**
     * The client's calendar as this decision sees it: the zone ({@code zone} when the client has
     * its own, e.g. Los Angeles on a US row that defaults to New York), working days and hours,
     * and the days closed by an observance from the decision's day to {@code knownUntil}.
     */
    public ClientCalendar calendar(ZoneId zone) {
        Set<LocalDate> closed = new HashSet<>();
        for (Observance o : upcoming) {
            if (o.effect() == Effect.CLOSED) {
                o.from().datesUntil(o.to().plusDays(1)).forEach(closed::add);
            }
        }
        return new ClientCalendar(zone != null ? zone : ZoneId.of(timeZone), Set.copyOf(workWeek), businessHours.start(),
            businessHours.end(), closed, Set.copyOf(extraWorkingDays), knownUntil);
    }

    /** The same decision for another moment of the same local day (a remembered decision). */
    Etiquette at(Instant moment) {
        return new Etiquette(country, region, tier, moment, directness, context, opening, time, hierarchy, feedback,
            persuasion, channelStyle, pace, formality, honorifics, quickChannel, confirmationChannel, meeting,
            bilingualDocuments, language, nameOrder, salutation, titles, greeting, tabooTopics, notes, timeZone, workWeek, businessHours, followUpAfterBusinessDays,
            maxFollowUps, observances, fallback, firedRules, rulesVersion, upcoming, extraWorkingDays, knownUntil);
    }
}
