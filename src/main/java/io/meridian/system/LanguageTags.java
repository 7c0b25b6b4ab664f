package io.meridian.system;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Language tags as the client ledger keeps them: checked against the JDK's locale data (CLDR) and in
 * canonical case. A client's language picks the templates of its emails: a tag no template can have
 * ({@code jp}, {@code JA}) would send every email in English only, without a word.
 */
public final class LanguageTags {

    private LanguageTags() {
    }

    /**
     * What is wrong with {@code value} as a language tag, to follow the field's name, with the value as
     * {@link RequestViolations#VALUE}; empty for a blank value or a tag of a language the locale data names.
     */
    static Optional<String> problem(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String tag = value.trim();
        if (!LanguageTag.FORM.matcher(tag).matches()) {
            return Optional.of("'" + RequestViolations.VALUE + "' is not a language tag such as en or pt-BR");
        }
        Locale locale = Locale.forLanguageTag(tag);
        String language = locale.getLanguage();
        // the locale data names every language it knows; for an unknown code it gives the code back
        if (!language.isEmpty() && !language.equals(locale.getDisplayLanguage(Locale.ENGLISH))) {
            return Optional.empty();
        }
        return Optional.of("'" + RequestViolations.VALUE + "' is not a known language (" + hint(tag.split("-")[0]) + ")");
    }

    /** {@link #problem} with the value written out, for a reader without a constraint's context (engine-rest starts). */
    public static Optional<String> problemOf(String value) {
        return problem(value).map(p -> p.replace(RequestViolations.VALUE, value.trim()));
    }

    /** The tag in its canonical form ({@code JA} to {@code ja}, {@code pt-br} to {@code pt-BR}, {@code iw} to {@code he}); null for blank. */
    public static String canonical(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Locale.forLanguageTag(value.trim()).toLanguageTag();
    }

    /** A country code written for a language ({@code jp}): the languages the locale data has for that country. */
    private static String hint(String primary) {
        String country = primary.toUpperCase(Locale.ROOT);
        List<String> spoken = Arrays.stream(Locale.getAvailableLocales())
            .filter(l -> l.getCountry().equals(country) && l.getScript().isEmpty() && l.getVariant().isEmpty())
            .map(Locale::getLanguage).distinct().sorted()
            .map(code -> code + " (" + Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH) + ")")
            .toList();
        if (spoken.isEmpty()) {
            return "an ISO 639 code such as ja, zh, de or pt-BR";
        }
        return country + " is the country code of " + CountryCodes.englishName(country)
            + ", whose languages are " + String.join(", ", spoken);
    }
}
