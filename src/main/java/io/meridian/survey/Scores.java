package io.meridian.survey;

import java.util.Map;

import io.meridian.complaint.ComplaintCategory;
import io.meridian.system.Inputs;

/**
 * One evaluation's scores: NPS 0–10, CSAT 1–5, CES 1–7 (seed 003), a comment and, for a detractor
 * (NPS 0–6), the category of what went wrong, which is required: a detractor's complaint is about
 * what the client named, never a default.
 */
public record Scores(int nps, int csat, int ces, String comment, ComplaintCategory category) {

    public static final int DETRACTOR_MAX_NPS = 6;
    static final int MAX_COMMENT = 4000;

    /**
     * A category for a score of 7-10 is dropped: no complaint opens, so there is nothing it names (the check-in form's
     * select, hidden for such a score, still sent what was picked, and QUALITY was kept with a promoter's scores).
     */
    public Scores {
        if (nps > DETRACTOR_MAX_NPS) {
            category = null;
        }
    }

    /** The CES scale as the client email and the forms define it (1 = very little effort). */
    static final String CES_MEANING = "CES: the effort it took the client, 1 = very little and 7 = a great deal";

    /** The variable names of a task or process that holds scores (the check-in's and the quarterly survey's forms). */
    static final Map<String, String> VARIABLES = Map.of("nps", "nps", "csat", "csat", "ces", "ces",
        "comment", "satisfactionComment", "category", "complaintCategory");

    /** The scores a task or execution holds; an {@link io.meridian.system.InvalidInputException} naming each wrong variable. */
    public static Scores of(org.camunda.bpm.engine.delegate.VariableScope scope) {
        Map<String, String> errors = new java.util.LinkedHashMap<>();
        Scores scores = check(scope.getVariable("nps"), scope.getVariable("csat"), scope.getVariable("ces"),
            scope.getVariable("satisfactionComment"), scope.getVariable("complaintCategory"), errors, VARIABLES);
        Inputs.throwIfAny(errors);
        return scores;
    }

    public boolean detractor() {
        return nps <= DETRACTOR_MAX_NPS;
    }

    /** The best CSAT (very satisfied) and the worst (very dissatisfied), and the least NPS of a promoter (Bain's 9-10). */
    static final int CSAT_BEST = 5;
    static final int CSAT_WORST = 1;
    static final int PROMOTER_MIN_NPS = 9;

    /**
     * Why an evaluation's scores say opposite things, or null when they do not: very satisfied (CSAT 5) beside a detractor's
     * NPS (0-6), or very dissatisfied (CSAT 1) beside a promoter's (9-10). Such scores are kept as the client gave them and
     * act as they would alone (a detractor's NPS opens its complaint): a client's answer is theirs, and a scale read the
     * wrong way round is as likely as a mistake of ours; the team is told to ask which holds.
     */
    static String disagreement(int nps, int csat, int ces) {
        boolean satisfiedDetractor = csat == CSAT_BEST && nps <= DETRACTOR_MAX_NPS;
        boolean dissatisfiedPromoter = csat == CSAT_WORST && nps >= PROMOTER_MIN_NPS;
        if (!satisfiedDetractor && !dissatisfiedPromoter) {
            return null;
        }
        return "the scores disagree: CSAT " + csat + (satisfiedDetractor ? " (very satisfied)" : " (very dissatisfied)") + " beside NPS "
            + nps + (satisfiedDetractor ? " (a detractor's" : " (a promoter's") + ") and CES " + ces + " (1 = very little effort, 7 = a"
            + " great deal): kept as the client gave them; ask the client which holds before the improvement report (a scale read"
            + " the wrong way round is common)";
    }

    /** Checks every value and collects each problem in {@code errors} under the name given for it; null when any is wrong. */
    public static Scores check(Object nps, Object csat, Object ces, Object comment, Object category, Map<String, String> errors,
                               Map<String, String> names) {
        Integer n = score(names.get("nps"), nps, 0, 10, "NPS: how likely the client recommends us", errors);
        Integer s = score(names.get("csat"), csat, 1, 5, "CSAT: how satisfied", errors);
        Integer e = score(names.get("ces"), ces, 1, 7, CES_MEANING, errors);
        String text = comment == null ? null : comment.toString().strip();
        if (text != null && text.isEmpty()) {
            text = null;
        }
        if (text != null && text.length() > MAX_COMMENT) {
            errors.put(names.get("comment"), names.get("comment") + " is longer than " + MAX_COMMENT + " characters");
        }
        ComplaintCategory c = null;
        String categoryField = names.get("category");
        if (category != null && !category.toString().isBlank()) {
            c = Inputs.collect(errors, categoryField,
                () -> Inputs.enumValue(categoryField, category.toString().strip(), ComplaintCategory.class, null));
        } else if (n != null && n <= DETRACTOR_MAX_NPS) {
            errors.put(categoryField, categoryField + " is required for a detractor (NPS 0-6): what went wrong, one of "
                + "QUALITY, DELIVERY_DELAY, DOCUMENTATION, BILLING, COMMUNICATION; the complaint it opens is in that category");
        }
        if (n == null || s == null || e == null || !errors.isEmpty()) {
            return null;
        }
        return new Scores(n, s, e, text, c);
    }

    private static Integer score(String field, Object value, int min, int max, String what, Map<String, String> errors) {
        String problem = scoreProblem(field, value, min, max, what);
        if (problem != null) {
            errors.put(field, problem);
            return null;
        }
        return (int) (long) wholeNumber(value);
    }

    /** What is wrong with a score (null: nothing), naming {@code field}; the same for a form and a REST body. */
    static String scoreProblem(String field, Object value, int min, int max, String what) {
        String expected = what + ", a whole number from " + min + " to " + max;
        Long v = wholeNumber(value);
        if (v == null) {
            return value == null || value.toString().isBlank() ? field + " is required: " + expected
                : field + " '" + value + "' is not a whole number: " + expected;
        }
        // a score given but out of range is no missing one: "nps is required" had answered an nps of 11
        return v < min || v > max ? field + " " + v + " is out of range: " + expected : null;
    }

    /** A whole number given as a number or as text; null when absent or not one. */
    static Long wholeNumber(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Number number && number.doubleValue() == Math.rint(number.doubleValue())) {
            return number.longValue();
        }
        try {
            return Long.parseLong(value.toString().strip());
        } catch (NumberFormatException ex) {
            return null;
        }
    }
}
