package io.meridian.emergency;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.meridian.emergency.EmergencyPlan.Var;
import io.meridian.process.TaskGuidance;

/**
 * What an order's emergencies told the client, for the forms of work on that order (its fulfilment, a key milestone the
 * client is to confirm, a complaint about it, the roles of another emergency): the last exception notice, when it went, with
 * its cause, solution and expected recovery, or that none went yet. One paragraph ({@link #HEAD}), written anew on every
 * open task of the order when a notice goes, so that no form keeps what the client was told first.
 */
public final class ClientTold {

    /** The briefing's paragraph head of what the client was last told about the order's emergencies. */
    public static final String HEAD = "**Client last told:**";
    /** A plan's variables carry this key, true while the plan runs. */
    static final String RUNNING = "running";

    private ClientTold() {
    }

    /** "production delay: Driver boards arrive a week late", from a plan's variables ({@link Var}). */
    public static String of(Map<String, Object> v) {
        return kind(v) + ": " + v.get(Var.DESCRIPTION);
    }

    /**
     * The paragraph on the last exception notice among {@code plans} (each emergency plan of the order, running or ended, its
     * variables by name), the emergencies still running without one after it; empty when the order has had no emergency.
     * {@code clientRole} names who informs the client of a kind ("Sales (sales)").
     */
    static Optional<String> paragraph(List<Map<String, Object>> plans, ZoneId teamZone, ZoneId clientZone,
                                      Function<String, String> clientRole) {
        if (plans.isEmpty()) {
            return Optional.empty();
        }
        Optional<Map<String, Object>> last = plans.stream().filter(v -> v.get(Var.NOTICE_PLANNED_AT) instanceof Date)
            .max(Comparator.comparing(v -> (Date) v.get(Var.NOTICE_PLANNED_AT)));
        String waiting = plans.stream().filter(v -> Boolean.TRUE.equals(v.get(RUNNING)) && !(v.get(Var.NOTICE_PLANNED_AT) instanceof Date))
            .map(v -> "the " + of(v) + " (" + clientRole.apply(String.valueOf(v.get(Var.KIND))) + ", \"Inform the client\")")
            .collect(Collectors.joining("; "));
        if (last.isEmpty()) {
            return waiting.isEmpty() ? Optional.empty()
                : Optional.of(HEAD + " nothing yet: no exception notice has gone to the client on " + waiting + ".");
        }
        Map<String, Object> v = last.get();
        return Optional.of(HEAD + " the exception notice of " + TaskGuidance.both(((Date) v.get(Var.NOTICE_PLANNED_AT)).toInstant(),
                teamZone, clientZone) + ", on the " + of(v) + ": cause: " + v.get(Var.CAUSE) + "; solution: " + v.get(Var.SOLUTION)
            + "; expected recovery: " + recovery(v.get(Var.EXPECTED_RECOVERY), teamZone, clientZone) + ". Keep to it with the client."
            + (waiting.isEmpty() ? "" : " No exception notice yet on " + waiting + "."));
    }

    private static String kind(Map<String, Object> v) {
        return EmergencyPlan.Kind.PRODUCTION_DELAY.name().equals(v.get(Var.KIND)) ? "production delay" : "logistics hold";
    }

    /** The recovery as the notice gave it: a day as typed (the client reads that day), a moment in both clocks. */
    private static String recovery(Object value, ZoneId teamZone, ZoneId clientZone) {
        if (value instanceof Date date) {
            return TaskGuidance.both(date.toInstant(), teamZone, clientZone);
        }
        String text = String.valueOf(value);
        try {
            return TaskGuidance.both(OffsetDateTime.parse(text).toInstant(), teamZone, clientZone);
        } catch (DateTimeParseException e) {
            return text;
        }
    }
}
