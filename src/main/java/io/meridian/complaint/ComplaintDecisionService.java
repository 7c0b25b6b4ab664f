package io.meridian.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.meridian.etiquette.Etiquette;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Tier;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.RuleBook;
import io.meridian.rules.RuleCell;
import io.meridian.rules.RuleRun;
import org.springframework.stereotype.Service;

/** Classifies a complaint with the complaint-handling table, in the light of the client's culture. */
@Service
public class ComplaintDecisionService {

    public static final String TABLE = "complaint-handling";
    /** A number and a unit, as an analyst writes a duration in words: 2 hours, 30 min, 2 days. */
    private static final Pattern IN_WORDS = Pattern.compile("(?i)(\\d{1,6})\\s*(h|hrs?|hours?|m|mins?|minutes?|d|days?)");

    private final RuleBook ruleBook;
    private final EtiquetteService etiquette;

    public ComplaintDecisionService(RuleBook ruleBook, EtiquetteService etiquette) {
        this.ruleBook = ruleBook;
        this.etiquette = etiquette;
    }

    /**
     * @param feedback the client's feedback style (DIRECT or INDIRECT); null takes the country's etiquette
     */
    public ComplaintDecision decide(ComplaintCategory category, String country, String feedback, Tier tier,
                                    double orderValue, Wording wording) {
        return decide(ruleBook.active(TABLE), category, country, feedback, tier, orderValue, wording);
    }

    /** Decides with one given build of the table: the one in force, or a candidate under test. */
    ComplaintDecision decide(CompiledTable table, ComplaintCategory category, String country, String feedback, Tier tier,
                             double orderValue, Wording wording) {
        Etiquette culture = etiquette.decide(country, Instant.now(), tier);
        String style = feedback != null ? feedback : culture.feedback();
        ComplaintFact fact = new ComplaintFact(category.name(), style, culture.hierarchy(), tier.name(), orderValue, wording.name());
        RuleRun run = ruleBook.decide(table, List.of(fact));
        if (fact.getSeverity() == null || fact.getFirstResponse() == null || fact.getTeam() == null) {
            throw new IllegalStateException("complaint-handling table decided no severity, first response or team for category "
                + category + " (rows that fired: " + run.firedRows() + ")");
        }
        return new ComplaintDecision(category, culture.country(), style, tier.name(), orderValue, wording,
            Severity.valueOf(fact.getSeverity()), duration(fact.getFirstResponse()), fact.isCrisis(), fact.getTeam(),
            fact.isSeniorContact(), fact.getChannel(), List.copyOf(fact.getGuidance()), run.firedRules(), run.rulesVersion());
    }

    /**
     * When an etiquette workbook under check ({@link RuleBook#trying}) gives {@code country}'s clients another feedback style
     * than the one in force: "the complaint table reads the client's feedback style from etiquette, which this change makes
     * DIRECT for JP (Countries H50)", naming the etiquette cell that gave it (the last row that fired with a Feedback cell).
     */
    Optional<String> feedbackChangedBy(String country, Tier tier) {
        CompiledTable tried = ruleBook.active(EtiquetteService.TABLE);
        Optional<CompiledTable> inForce = ruleBook.find(EtiquetteService.TABLE);
        if (inForce.isEmpty() || inForce.get() == tried) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        Etiquette after = etiquette.decide(country, now, tier);
        Etiquette before = ruleBook.trying(inForce.get(), () -> etiquette.decide(country, now, tier));
        if (Objects.equals(before.feedback(), after.feedback())) {
            return Optional.empty();
        }
        List<RuleCell> cells = tried.cellsOfColumns("setFeedback(");
        String where = after.firedRules().stream()
            .flatMap(r -> cells.stream().filter(c -> c.sheet().equals(r.sheet()) && c.row() == r.row()))
            .reduce((first, last) -> last).map(c -> " (" + c.sheet() + " " + c.column() + c.row() + ")").orElse("");
        return Optional.of("the complaint table reads the client's feedback style from etiquette, which this change makes "
            + after.feedback() + " for " + after.country() + where + "; in force: " + before.feedback());
    }

    /**
     * The first-response time the table's Response times rows give a severity: used when a
     * reopened complaint is raised to a severity the table did not decide for it.
     */
    public Duration responseTime(Severity severity) {
        return responseRow(severity).firstResponse();
    }

    /**
     * What the table's Response times rows give a severity: its first-response time and whether it opens the crisis
     * channel (7×24, managers alerted), for a reopened complaint raised to a severity the table did not decide for it.
     */
    ResponseRow responseRow(Severity severity) {
        ComplaintFact fact = new ComplaintFact("", "", "", "", 0, "");
        fact.setSeverity(severity.name());
        RuleBook.run(ruleBook.active(TABLE), List.of(fact));
        if (fact.getFirstResponse() == null) {
            throw new IllegalStateException("complaint-handling table gives no first response for severity " + severity);
        }
        return new ResponseRow(duration(fact.getFirstResponse()), fact.isCrisis());
    }

    /** A severity's first-response time and whether it is a crisis, as the Response times sheet says. */
    record ResponseRow(Duration firstResponse, boolean crisis) {
    }

    private static Duration duration(String text) {
        try {
            return Duration.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("complaint-handling table: first response '" + text
                + "' is not an ISO-8601 duration such as PT2H", e);
        }
    }

    /**
     * What is wrong with a Response times "First response" cell for {@link #duration}, which reads it when a complaint
     * of that severity is decided; empty when it reads as a duration of more than zero.
     */
    static Optional<String> firstResponseProblem(String text) {
        Duration duration;
        try {
            duration = duration(text);
        } catch (IllegalStateException e) {
            Matcher words = IN_WORDS.matcher(text.trim());
            if (words.matches()) {
                char unit = Character.toUpperCase(words.group(2).charAt(0));
                String iso = (unit == 'D' ? "P" : "PT") + Integer.parseInt(words.group(1)) + unit;
                return Optional.of("'" + text + "' is not a duration: write it as " + iso + " (ISO 8601), e.g. PT24H");
            }
            return Optional.of("'" + text + "' is not a duration: write it in ISO 8601, e.g. PT2H for 2 hours, PT30M for 30 minutes"
                + " or P2D for 2 days");
        }
        if (duration.isNegative() || duration.isZero()) {
            return Optional.of("'" + text + "' gives no time to answer: write a duration of more than zero (ISO 8601), e.g. PT2H");
        }
        return Optional.empty();
    }
}
