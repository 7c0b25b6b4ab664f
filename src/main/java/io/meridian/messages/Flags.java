package io.meridian.messages;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A template's flags for a value from a fixed list (a shipping method, a channel): one flag per constant,
 * {@code true} for the one given, so that each language template words it ({@code {{#bySea}}Seefracht{{/bySea}}})
 * and the server writes no text of its own.
 */
public final class Flags {

    private Flags() {
    }

    /** The flag of a constant: the prefix and the constant in camel case, {@code by} + {@code TRADE_SHOW} = {@code byTradeShow}. */
    public static String name(String prefix, Enum<?> constant) {
        StringBuilder name = new StringBuilder(prefix);
        for (String word : constant.name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    /**
     * Puts the code of {@code given} under {@code code} (for templates written before the flags) and every constant's
     * flag, set for {@code given} only: a template words the value with the flag that is set.
     */
    public static <E extends Enum<E>> void put(Map<String, Object> values, String code, String prefix, Class<E> type, E given) {
        values.put(code, given == null ? null : given.name());
        values.putAll(of(prefix, type, given));
    }

    /** Every constant's flag, set for {@code given} only (none when it is null). */
    public static <E extends Enum<E>> Map<String, Boolean> of(String prefix, Class<E> type, E given) {
        Map<String, Boolean> flags = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            flags.put(name(prefix, constant), constant == given);
        }
        return flags;
    }
}
