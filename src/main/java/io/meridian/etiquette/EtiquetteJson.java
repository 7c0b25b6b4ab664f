package io.meridian.etiquette;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import org.springframework.stereotype.Component;

/**
 * An etiquette decision as the JSON the inquiry ledger keeps and a start answers with. The decisions
 * {@link EtiquetteService} remembers for a local day differ only in their moment ({@code at}), so the
 * rest of the object is written once per decided day and the moment put in front of it: the same
 * fields and values as writing the record, with {@code at} first. Writing the whole record for every
 * inquiry took 3.6 % of an inquiry's CPU (README "Benchmarks", issue 16).
 */
@Component
public class EtiquetteJson {

    /** About 600 decided days a day (countries times tiers); more than that and the oldest days are of no use. */
    private static final int MAX_DAYS_KEPT = 2_000;
    /** The moment every kept day is written with: the key is the decision without its own moment. */
    private static final Instant ANY_MOMENT = Instant.EPOCH;

    /** A moment with every part of an instant, to see how the mapper writes one. */
    private static final Instant PROBE = Instant.parse("2027-01-12T03:17:42.123456789Z");

    private final ObjectWriter whole;
    private final ObjectWriter withoutMoment;
    private final Map<Etiquette, String> days = new ConcurrentHashMap<>();
    /** The mapper writes an instant as its ISO-8601 text ({@code Instant.toString()}), as Spring Boot's does. */
    private final boolean momentAsIsoText;

    public EtiquetteJson(ObjectMapper json) {
        this.whole = json.writer();
        this.withoutMoment = json.copy().addMixIn(Etiquette.class, WithoutMoment.class).writer();
        this.momentAsIsoText = write(whole, PROBE).equals("\"" + PROBE + "\"");
    }

    /** The decision as one JSON object, as {@code ObjectMapper.writeValueAsString} gives it but for the order of its fields. */
    public String write(Etiquette decided) {
        Etiquette day = decided.at(ANY_MOMENT);
        String rest = days.get(day);
        if (rest == null) {
            rest = write(withoutMoment, day);
            if (days.size() >= MAX_DAYS_KEPT) {
                days.clear();
            }
            days.put(day, rest);
        }
        // the moment as text without the mapper where it writes the same: asking Jackson for it took 0.8 % of an inquiry
        String moment = momentAsIsoText ? "\"" + decided.at() + "\"" : write(whole, decided.at());
        // rest is the object without "at": "{}" or "{" followed by its fields
        return rest.length() == 2 ? "{\"at\":" + moment + "}" : "{\"at\":" + moment + "," + rest.substring(1);
    }

    /** Whether the moment is written without the mapper (tests). */
    boolean writesMomentAsText() {
        return momentAsIsoText;
    }

    /** How many decided days are written and kept (tests). */
    int daysKept() {
        return days.size();
    }

    private static String write(ObjectWriter writer, Object value) {
        try {
            return writer.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the etiquette decision as JSON", e);
        }
    }

    @JsonIgnoreProperties("at")
    private abstract static class WithoutMoment {
    }
}
