package io.meridian.emergency;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Map;

import io.meridian.emergency.EmergencyPlan.Var;
import io.meridian.process.TaskGuidance;

/**
 * What an order's emergency has told the client so far, for the forms of work beside it (a complaint about the order, a key
 * milestone the client is to confirm): its kind and description, and the exception notice's cause, solution and expected
 * recovery, or that none went yet.
 */
public final class ClientTold {

    private ClientTold() {
    }

    /** "production delay: …; the client's exception notice says: cause: …" from the plan's variables ({@link Var}). */
    public static String of(Map<String, Object> v, ZoneId teamZone, ZoneId clientZone) {
        String kind = EmergencyPlan.Kind.PRODUCTION_DELAY.name().equals(v.get(Var.KIND)) ? "production delay" : "logistics hold";
        String told = v.get(Var.NOTICE_PLANNED_AT) == null && v.get(Var.CAUSE) == null
            ? "the client has no exception notice yet (Sales, \"Inform the client\")"
            : "the client's exception notice says: cause: " + v.get(Var.CAUSE) + "; solution: " + v.get(Var.SOLUTION)
                + "; expected recovery: " + recovery(v.get(Var.EXPECTED_RECOVERY), teamZone, clientZone);
        return kind + ": " + v.get(Var.DESCRIPTION) + "; " + told;
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
