package io.meridian.etiquette;

import java.time.DayOfWeek;
import java.time.Instant;
import java.util.List;

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
    String rulesVersion) {

    public boolean hasObservance(Effect effect) {
        return observances.stream().anyMatch(o -> o.effect() == effect);
    }
}
