package io.meridian.order;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.meridian.process.ProcessValues;
import io.meridian.system.Inputs;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A logistics hold reported on "Check delivery": logistics, told by the carrier that the goods are held on the way, ticks
 * "The goods are held" and says where, why and what the carrier expects. Completing the task then raises the hold as
 * {@code POST /api/orders/{id}/exceptions} with {@code LOGISTICS_HOLD} does ({@link FulfilmentExceptions}): the same message,
 * the same emergency plan (logistics talks to the carrier, sales sends the client the exception notice, logistics designs
 * the fix), its description "Held at …: …; the carrier expects: …". In the completing transaction: a refusal (held, but no
 * reason) keeps the task open and raises nothing. The form's hold fields are not kept on the fulfilment, so the next "Check
 * delivery" opens unticked and reports no hold twice; the note of what the carrier said becomes the description. The same
 * hold ticked again on a later check while its plan still runs is refused on the box, naming the open hold and when it was
 * raised, as the API refuses it (409): the client would get a second notice that the goods are held.
 */
@Component("logisticsHoldFromDeliveryCheck")
class LogisticsHoldFromDeliveryCheck implements TaskListener {

    /** A field's longest text: the three stay within the API's description (4,000 characters). */
    static final int MAX_FIELD = 1000;
    private static final List<String> HOLD_FIELDS = List.of(OrderFulfilment.Var.HOLD_LOCATION, OrderFulfilment.Var.HOLD_REASON,
        OrderFulfilment.Var.HOLD_CARRIER_EXPECTS);
    private static final Map<String, String> WHAT = Map.of(
        OrderFulfilment.Var.HOLD_LOCATION, "the port, border crossing or hub, e.g. Port of Ningbo",
        OrderFulfilment.Var.HOLD_REASON, "the carrier's reason, e.g. the port is closed by a typhoon",
        OrderFulfilment.Var.HOLD_CARRIER_EXPECTS, "when the goods move on, e.g. the port reopens on Thursday, or that the carrier"
            + " gives no date yet");

    private final FulfilmentExceptions exceptions;

    LogisticsHoldFromDeliveryCheck(FulfilmentExceptions exceptions) {
        this.exceptions = exceptions;
    }

    @Override
    public void notify(DelegateTask task) {
        Map<String, String> errors = new LinkedHashMap<>();
        Boolean held = held(task.getVariable(OrderFulfilment.Var.GOODS_HELD), errors);
        Map<String, String> given = new LinkedHashMap<>();
        for (String field : HOLD_FIELDS) {
            String text = ProcessValues.text(task, field);
            if (text != null) {
                given.put(field, text);
            }
            task.getExecution().removeVariable(field);
        }
        task.getExecution().removeVariable(OrderFulfilment.Var.GOODS_HELD);
        if (Boolean.TRUE.equals(held)) {
            for (String field : HOLD_FIELDS) {
                String text = given.get(field);
                if (text == null) {
                    errors.put(field, field + " is required when the goods are held (" + OrderFulfilment.Var.GOODS_HELD + "): "
                        + WHAT.get(field));
                } else if (text.length() > MAX_FIELD) {
                    errors.put(field, field + " is " + text.length() + " characters long: at most " + MAX_FIELD);
                }
            }
        } else if (!given.isEmpty()) {
            // over engine-rest: a hold described but not reported would be lost without a word
            errors.putIfAbsent(OrderFulfilment.Var.GOODS_HELD, OrderFulfilment.Var.GOODS_HELD + " is not ticked, but "
                + String.join(", ", given.keySet()) + " describe a hold: tick it to report the logistics hold, or leave them out");
        }
        Inputs.throwIfAny(errors);
        if (!Boolean.TRUE.equals(held)) {
            return;
        }
        String description = description(given);
        // what the carrier said this time (the form hides the note when the goods are held), not an earlier check's note
        task.getExecution().setVariable(OrderFulfilment.Var.DELIVERY_CHECK_NOTE, description);
        try {
            exceptions.raise(task.getProcessInstanceId(), OrderFulfilment.ExceptionKind.LOGISTICS_HOLD, description);
        } catch (FulfilmentExceptions.HoldOpenAlready e) {
            // the form's error, on the box that reports it: the task stays open and the client gets no second notice
            throw new InvalidInputException(OrderFulfilment.Var.GOODS_HELD, "T" + e.getMessage().substring(1));
        }
    }

    /** "Held at Port of Ningbo: the port is closed by a typhoon; the carrier expects: it reopens on Thursday". */
    static String description(Map<String, String> given) {
        return "Held at " + trimmed(given.get(OrderFulfilment.Var.HOLD_LOCATION)) + ": " + trimmed(given.get(OrderFulfilment.Var.HOLD_REASON))
            + "; the carrier expects: " + trimmed(given.get(OrderFulfilment.Var.HOLD_CARRIER_EXPECTS));
    }

    /** The text without the full stop it ends with, which the sentence it goes into sets itself. */
    private static String trimmed(String text) {
        String t = text.strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1).strip() : t;
    }

    /** The checkbox: true, false or not given (null); a text other than true or false is refused. */
    private static Boolean held(Object value, Map<String, String> errors) {
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        String text = value.toString().strip().toLowerCase(Locale.ROOT);
        if (text.isEmpty()) {
            return null;
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        errors.put(OrderFulfilment.Var.GOODS_HELD, OrderFulfilment.Var.GOODS_HELD + " '" + value + "' is neither true nor false");
        return null;
    }
}
