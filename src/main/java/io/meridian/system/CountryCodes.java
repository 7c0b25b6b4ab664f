package io.meridian.system;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The country codes Meridian accepts: ISO 3166-1 alpha-2 as the JDK knows it, plus XK (Kosovo:
 * user-assigned, used by the EU; the JDK lacks it). One list for every input that takes a country.
 */
public final class CountryCodes {

    private static final Set<String> KNOWN = Stream.concat(Arrays.stream(Locale.getISOCountries()), Stream.of("XK"))
        .collect(Collectors.toUnmodifiableSet());
    private static final List<String> SORTED = KNOWN.stream().sorted().toList();

    private CountryCodes() {
    }

    /** @param code upper case */
    public static boolean isKnown(String code) {
        return KNOWN.contains(code);
    }

    public static List<String> sorted() {
        return SORTED;
    }
}
