package io.meridian.system;

import java.util.Map;
import java.util.StringJoiner;

/**
 * A refusal of a submitted task form in the words the form's user reads: each field's message opens with the field's
 * label as the form shows it ("Valid until 2026-12-06 is not in the future …") where Meridian's code opened it with the
 * variable's name ("quoteValidUntil 2026-12-06 …"). Whatever refused the form (a completion check, a task listener such
 * as "Review stock date"'s, a step run in the same transaction) is worded so; the variable names stay right for a
 * caller that sent the variables by name, and {@link InvalidInputException#getMessage()} keeps them.
 */
final class FormRefusal {

    private FormRefusal() {
    }

    /** The refusal in the form's words: each field's message with the field's label from {@code labels}. */
    static String inForm(InvalidInputException refusal, Map<String, String> labels) {
        StringJoiner shown = new StringJoiner("; ");
        refusal.fields().forEach((field, message) -> shown.add(withoutNames(labelled(field, message, labels.get(field)), labels)));
        return shown.toString();
    }

    /** 'tick "Rush order" (rushOrder) when …' as 'tick "Rush order" when …': a field's name in brackets is for API callers. */
    static String withoutNames(String message, Map<String, String> labels) {
        String shown = message;
        for (String field : labels.keySet()) {
            shown = shown.replace(" (" + field + ")", "");
        }
        return shown;
    }

    /** "quoteValidUntil '04.02.2027' is …" as "Valid until '04.02.2027' is …"; a message that does not open with the name is kept. */
    static String labelled(String field, String message, String label) {
        if (label == null || label.isBlank() || message == null || !message.startsWith(field)
            || (message.length() > field.length() && Character.isLetterOrDigit(message.charAt(field.length())))) {
            return message;
        }
        return shortLabel(label) + message.substring(field.length());
    }

    /**
     * The label's name part: "Next date agreed with the client (decision delay: …); the journey wakes on it" reads "Next
     * date agreed with the client", "Stock expected complete on (yyyy-mm-dd)" reads "Stock expected complete on", "Next
     * actions, one a line: yyyy-mm-dd: what" reads "Next actions".
     */
    static String shortLabel(String label) {
        String name = label.strip();
        for (String end : new String[] {" (", ";", ":", ","}) {
            int at = name.indexOf(end);
            if (at > 0) {
                name = name.substring(0, at);
            }
        }
        return name.strip();
    }
}
