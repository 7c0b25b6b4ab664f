package io.meridian.system;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A completion check's refusal of a task that has a form, with the words the form's user reads: each field's message
 * opens with the field's label as the form shows it ("Valid until 2026-12-06 is not in the future …") where it opens
 * with the variable's name ("quoteValidUntil 2026-12-06 …"). {@link #getMessage()} keeps the variable names, which are
 * right for a caller that sent the variables by name; {@link #inForm()} is what a submitted form answers.
 */
class FormRefusal extends InvalidInputException {

    private final String inForm;

    FormRefusal(InvalidInputException refusal, Map<String, String> labels) {
        super(refusal.fields());
        initCause(refusal);
        StringJoiner shown = new StringJoiner("; ");
        new LinkedHashMap<>(refusal.fields()).forEach((field, message) -> shown.add(labelled(field, message, labels.get(field))));
        this.inForm = shown.toString();
    }

    /** The refusal in the form's words. */
    String inForm() {
        return inForm;
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
     * date agreed with the client", "Stock expected complete on (yyyy-mm-dd)" reads "Stock expected complete on".
     */
    static String shortLabel(String label) {
        String name = label.strip();
        for (String end : new String[] {" (", ";", ":"}) {
            int at = name.indexOf(end);
            if (at > 0) {
                name = name.substring(0, at);
            }
        }
        return name.strip();
    }
}
