package io.meridian.complaint;

/** How strongly the client put it. */
public enum Wording {
    MILD, NEUTRAL, STRONG;

    /** A detractor's wording from the score: the lower, the stronger (0–3 strong, 4–5 neutral, 6 mild). */
    public static Wording ofDetractorScore(int nps) {
        if (nps <= 3) {
            return STRONG;
        }
        return nps <= 5 ? NEUTRAL : MILD;
    }
}
