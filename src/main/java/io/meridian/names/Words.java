package io.meridian.names;

import java.util.Locale;

/** An enumeration's value as a sentence writes it for people: "delivery delay" for DELIVERY_DELAY. */
public final class Words {

    private Words() {
    }

    /** {@code value} in lower case with blanks for underscores; null stays null. */
    public static String of(String value) {
        return value == null ? null : value.trim().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The constant's name in words. */
    public static String of(Enum<?> value) {
        return value == null ? null : of(value.name());
    }
}
