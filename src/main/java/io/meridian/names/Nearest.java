package io.meridian.names;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name nearest to a written one, so that a refusal can say what was probably meant
 * ({@code 'manager' is no group … did you mean 'managers'?}). Near is the edit distance
 * (letters inserted, removed or replaced, or two neighbours swapped; case ignored) of at most a quarter of
 * the written name's length, and at least 1; of equally near names the first known one wins.
 */
public final class Nearest {

    private Nearest() {
    }

    /** The known name nearest to {@code written}, when one is near enough; never {@code written} itself. */
    public static Optional<String> to(String written, Collection<String> known) {
        String w = written.trim().toLowerCase(Locale.ROOT);
        int allowed = Math.max(1, w.length() / 4);
        String best = null;
        int bestDistance = allowed + 1;
        for (String name : known) {
            int d = distance(w, name.toLowerCase(Locale.ROOT), bestDistance);
            if (d < bestDistance && !name.equals(written.trim())) {
                best = name;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The edit distance of {@code a} and {@code b} (two neighbouring letters swapped count as one edit, as in
     * "teir"), or any value of at least {@code limit} once it is that far.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) >= limit) {
            return limit;
        }
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int replace = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(replace, Math.min(previous[j], current[j - 1]) + 1);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], beforePrevious[j - 2] + 1);
                }
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin >= limit) {
                return limit;
            }
            int[] free = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = free;
        }
        return previous[b.length()];
    }
}
