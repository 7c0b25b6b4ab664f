package io.meridian.ids;

import java.util.Locale;
import java.util.function.Predicate;

/**
 * The short numbers people read and quote (an order's {@code MO-2027-9C3E5B8D}, a complaint's
 * {@code C-1A2B3C4D}): a prefix and eight hex digits, unique in their ledger. Eight digits are some four
 * billion numbers, so among 10,000 numbers two meet about once in a hundred times: a number the ledger
 * has already is drawn again.
 */
public final class ShortNumbers {

    private static final int DIGITS = 8;
    private static final int ATTEMPTS = 10;

    private ShortNumbers() {
    }

    /**
     * {@code prefix} and {@code digits}, or, while {@code taken} says the ledger has that number, {@code prefix}
     * and eight random digits; at most 10 numbers are tried.
     *
     * @param what the kind of number, for the error ("order")
     */
    public static String free(String prefix, String digits, Predicate<String> taken, String what) {
        String number = prefix + digits;
        for (int attempt = 1; taken.test(number); attempt++) {
            if (attempt == ATTEMPTS) {
                throw new IllegalStateException("no free " + what + " number after " + ATTEMPTS + " attempts, the last " + number);
            }
            number = prefix + randomDigits();
        }
        return number;
    }

    /**
     * The last eight hex digits of {@code id}, upper-case (all of them when it has fewer): of an id of
     * {@link Ids}, random bits, where its first digits are the moment it was made.
     */
    public static String digitsOf(String id) {
        String hex = id.replace("-", "");
        return hex.substring(Math.max(0, hex.length() - DIGITS)).toUpperCase(Locale.ROOT);
    }

    /** Eight random hex digits, upper-case. */
    public static String randomDigits() {
        return digitsOf(Ids.next());
    }
}
