package io.meridian.complaint;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;

import io.meridian.etiquette.Etiquette;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Tier;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.RuleBook;
import io.meridian.rules.RuleRun;
import org.springframework.stereotype.Service;

/** Classifies a complaint with the complaint-handling table, in the light of the client's culture. */
@Service
public class ComplaintDecisionService {

    public static final String TABLE = "complaint-handling";

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
                + category + " (rows fired: " + run.firedRules() + ")");
        }
        return new ComplaintDecision(category, culture.country(), style, tier.name(), orderValue, wording,
            Severity.valueOf(fact.getSeverity()), duration(fact.getFirstResponse()), fact.isCrisis(), fact.getTeam(),
            fact.isSeniorContact(), fact.getChannel(), List.copyOf(fact.getGuidance()), run.firedRules(), run.rulesVersion());
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
}
