package io.meridian.system;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /**
     * Codes people write for a country that ISO 3166-1 codes otherwise: UK and EL are "exceptionally reserved"
     * by the ISO 3166 Maintenance Agency for the United Kingdom and Greece (the EU's institutions write them,
     * Interinstitutional Style Guide, section 7.1), while the standard's codes are GB and GR.
     */
    private static final Map<String, String> WRITTEN_FOR = Map.of("UK", "GB", "EL", "GR");

    /** A country code's English name as the JDK gives it, "Germany" for DE; the code itself when the JDK knows no name. */
    public static String englishName(String code) {
        String name = new Locale("", code.trim()).getDisplayCountry(Locale.ENGLISH);
        return name.isBlank() || name.equalsIgnoreCase(code.trim()) ? code.trim() : name;
    }

    /**
     * Why {@code value} is refused, shown as {@code shown}, naming the code meant where the value is a well-known other
     * spelling: {@code unknown country code 'UK' (ISO 3166-1 alpha-2: GB for United Kingdom)}.
     */
    public static String unknown(String value, String shown) {
        String meant = meant(value).orElse(null);
        String hint = meant == null ? ", e.g. JP" : ": " + meant + " for " + englishName(meant);
        return "unknown country code '" + shown + "' (ISO 3166-1 alpha-2" + hint + ")";
    }

    /**
     * The code {@code value} stands for when it is not one as written: a code in small letters (gb), a well-known other
     * spelling (UK, EL), a three-letter alpha-3 code (PHL) or an English name (Vietnam); empty when it stands for none.
     */
    public static java.util.Optional<String> meant(String value) {
        if (value == null) {
            return java.util.Optional.empty();
        }
        String upper = value.trim().toUpperCase(Locale.ROOT);
        return Stream.of(WRITTEN_FOR.get(upper), KNOWN.contains(upper) ? upper : null, BY_ALPHA3.get(upper),
                BY_NAME.get(value.trim().toLowerCase(Locale.ROOT)))
            .filter(java.util.Objects::nonNull).findFirst();
    }

    /** Each code by its country's English name as the JDK gives it (Vietnam, Germany), for a name written where a code belongs. */
    private static final Map<String, String> BY_NAME = KNOWN.stream().filter(code -> !code.equals("XK"))
        .collect(Collectors.toUnmodifiableMap(code -> englishName(code).toLowerCase(Locale.ROOT),
            code -> code, (a, b) -> a));

    /** Each code by its three-letter ISO 3166-1 alpha-3 code (PHL for PH), for the other code a list or a form may give. */
    private static final Map<String, String> BY_ALPHA3 = KNOWN.stream().filter(code -> !code.equals("XK"))
        .collect(Collectors.toUnmodifiableMap(code -> new Locale("", code).getISO3Country(), code -> code, (a, b) -> a));

    /** @param code upper case */
    public static boolean isKnown(String code) {
        return KNOWN.contains(code);
    }

    public static List<String> sorted() {
        return SORTED;
    }
}
