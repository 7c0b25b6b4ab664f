package io.meridian.etiquette;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.meridian.calendar.ClientCalendar;

import io.meridian.rules.FiredRule;
import io.swagger.v3.oas.annotations.media.Schema;

/** How to deal with one client at one moment, and which spreadsheet rows said so. */
public record Etiquette(
    @Schema(description = "the country decided for, ISO 3166-1 alpha-2") String country,
    @Schema(description = "the country's region, e.g. EAST_ASIA") String region,
    @Schema(description = "the client's tier, as asked") Tier tier,
    @Schema(description = "the moment decided for (observances in force then)") Instant at,
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
    @Schema(description = "whether to use honorifics") boolean honorifics,
    String quickChannel,
    String confirmationChannel,
    String meeting,
    @Schema(description = "whether documents go in the client's language and English") boolean bilingualDocuments,
    @Schema(description = "the language to write in, a language tag") String language,
    @Schema(description = "how names are ordered: FAMILY_FIRST or GIVEN_FIRST") String nameOrder,
    @Schema(description = "how to address the contact, e.g. FAMILY_NAME_HONORIFIC") String salutation,
    @Schema(description = "whether to use academic or professional titles") boolean titles,
    @Schema(description = "the greeting's register, e.g. FORMAL") String greeting,
    @Schema(description = "topics to avoid") List<String> tabooTopics,
    @Schema(description = "advice for the team, in sentences") List<String> notes,
    @Schema(description = "the country's IANA time zone") String timeZone,
    @Schema(description = "the client's working days") List<DayOfWeek> workWeek,
    @Schema(description = "the client's business hours") BusinessHours businessHours,
    @Schema(description = "the days of the client's work week with shorter hours, and those hours, e.g. FRIDAY: 09:00-12:00 "
        + "in the United Arab Emirates; empty when every working day keeps the business hours") Map<DayOfWeek, BusinessHours> shortDays,
    @Schema(description = "how many of the client's business days to wait before following up") int followUpAfterBusinessDays,
    @Schema(description = "how many follow-ups at most") int maxFollowUps,
    @Schema(description = "the observances in force at `at`, with their effect") List<Observance> observances,
    @Schema(description = "true when the country has no row of its own (its region's defaults apply)") boolean fallback,
    @Schema(description = "the workbook rows that decided this, to explain it") List<FiredRule> firedRules,
    @Schema(description = "the version of the rule workbook that decided (GET /api/rules/{table}/versions)") String rulesVersion,
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
        Map<LocalDate, ClientCalendar.Hours> shorter = new HashMap<>();
        Map<DayOfWeek, ClientCalendar.Hours> weekdays = new EnumMap<>(DayOfWeek.class);
        shortDays.forEach((day, hours) -> weekdays.put(day, new ClientCalendar.Hours(hours.start(), hours.end())));
        for (Observance o : upcoming) {
            if (o.effect() == Effect.CLOSED) {
                o.from().datesUntil(o.to().plusDays(1)).forEach(closed::add);
            } else if (o.businessHours() != null) {
                o.from().datesUntil(o.to().plusDays(1)).forEach(day -> shorter.merge(day,
                    new ClientCalendar.Hours(o.businessHours().start(), o.businessHours().end()), Etiquette::both));
            }
        }
        // an observance on a short day of the week keeps to that day's hours too (Ramadan's Friday in the Emirates)
        shorter.replaceAll((day, hours) -> weekdays.containsKey(day.getDayOfWeek()) ? both(hours, weekdays.get(day.getDayOfWeek())) : hours);
        // two shortenings of one day that leave no hours (a half day that opens when Ramadan's day has ended) close it
        shorter.forEach((day, hours) -> {
            if (!hours.closes().isAfter(hours.opens()) && businessHours.end().isAfter(businessHours.start())) {
                closed.add(day);
            }
        });
        return new ClientCalendar(zone != null ? zone : ZoneId.of(timeZone), Set.copyOf(workWeek), businessHours.start(),
            businessHours.end(), closed, Set.copyOf(extraWorkingDays), knownUntil, shorter, weekdays);
    }

    /** The hours two observances of one day both leave: the later opening, the earlier closing. */
    private static ClientCalendar.Hours both(ClientCalendar.Hours a, ClientCalendar.Hours b) {
        return new ClientCalendar.Hours(a.opens().isAfter(b.opens()) ? a.opens() : b.opens(),
            a.closes().isBefore(b.closes()) ? a.closes() : b.closes());
    }

    /** The same decision for another moment of the same local day (a remembered decision). */
    Etiquette at(Instant moment) {
        return new Etiquette(country, region, tier, moment, directness, context, opening, time, hierarchy, feedback,
            persuasion, channelStyle, pace, formality, honorifics, quickChannel, confirmationChannel, meeting,
            bilingualDocuments, language, nameOrder, salutation, titles, greeting, tabooTopics, notes, timeZone, workWeek, businessHours, shortDays,
            followUpAfterBusinessDays, maxFollowUps, observances, fallback, firedRules, rulesVersion, upcoming, extraWorkingDays, knownUntil);
    }
}
