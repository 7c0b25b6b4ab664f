package io.meridian.messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An amount of money (and a count of pieces: {@link #count}) as a client email shows it: digits grouped as the email's language groups them
 * (3,750.00 in English and Japanese, 3.750,00 in German), always in Latin digits, with at least the
 * currency's decimals (12.50 USD, 3,750 JPY) and every decimal the amount has beyond them (a unit
 * price of 0.125 USD is never rounded). For a client in India, English groups as Indian English writes, in lakhs and
 * crores (12,34,567.00; Unicode CLDR en_IN and hi: decimal pattern {@code #,##,##0.###}), which
 * {@link DecimalFormat} cannot: it knows one grouping size only. For a client in Switzerland or Liechtenstein the
 * languages written there write as they are written there: 6’250.00 in German, Italian and English (Unicode CLDR de_CH,
 * it_CH, en_CH, de_LI: grouping ’, decimal point), where German wrote 6.250,00 and English 6,250.00; French as CLDR's fr_CH.
 */
public final class Amounts {

    private Amounts() {
    }

    /** Languages whose CLDR data for India groups the digits in lakhs and crores (en_IN.xml, hi.xml: #,##,##0.###). */
    private static final Set<String> INDIAN_GROUPING_LANGUAGES = Set.of("en", "hi");
    private static final String INDIA = "IN";

    /**
     * The languages whose numbers a client in a country reads as that country writes them, by its CLDR locale (language
     * and country): Switzerland's national languages and English (de_CH, fr_CH, it_CH, rm_CH, en_CH), German in
     * Liechtenstein (de_LI). Elsewhere a language writes its numbers as it does at home (6,250.00 in English in Germany).
     */
    private static final Map<String, Set<String>> REGIONAL_NUMBERS = Map.of(
        "CH", Set.of("de", "fr", "it", "rm", "en"),
        "LI", Set.of("de"));

    /** The amount in each language part of an email, grouped as the language writes it wherever the client is. */
    public static Localized of(BigDecimal amount, String currency) {
        return of(amount, currency, null);
    }

    /**
     * The amount in each language part of an email to a client in {@code country} (ISO alpha-2, null when unknown):
     * grouped as the language writes it there (12,34,567.00 INR in English for a client in India).
     */
    public static Localized of(BigDecimal amount, String currency, String country) {
        return language -> format(amount, currency, Locale.forLanguageTag(language), country);
    }

    /**
     * A count of pieces as the email's language groups digits, in Latin digits: 10,000 in English, 10.000 in German,
     * 10 000 in French (CLDR's grouping), where the templates wrote 10000 beside amounts that were grouped.
     */
    public static Localized count(long pieces) {
        return count(pieces, null);
    }

    /** A count of pieces for a client in {@code country}, grouped as the amounts beside it are (1,00,000 in India). */
    public static Localized count(long pieces, String country) {
        return language -> {
            Locale locale = Locale.forLanguageTag(language);
            NumberFormat format = NumberFormat.getIntegerInstance(latin(regional(locale, country)));
            return indianGrouping(locale, country) ? regroupedInLakhs(format, pieces) : format.format(pieces);
        };
    }

    /** Whether the language writes numbers in lakhs and crores for a client in {@code country} (or the tag's region: en-IN). */
    static boolean indianGrouping(Locale language, String country) {
        String region = language.getCountry().isEmpty() ? country : language.getCountry();
        return INDIA.equalsIgnoreCase(region) && INDIAN_GROUPING_LANGUAGES.contains(language.getLanguage());
    }

    /** Formats without grouping, then groups the whole part: the last three digits, then every two (12,34,567). */
    private static String regroupedInLakhs(NumberFormat format, Object number) {
        format.setGroupingUsed(false);
        char separator = ((DecimalFormat) format).getDecimalFormatSymbols().getGroupingSeparator();
        String plain = format.format(number);
        int start = plain.startsWith("-") ? 1 : 0;
        int end = start;
        while (end < plain.length() && Character.isDigit(plain.charAt(end))) {
            end++;
        }
        StringBuilder whole = new StringBuilder(plain.substring(start, end));
        for (int at = whole.length() - 3; at > 0; at -= 2) {
            whole.insert(at, separator);
        }
        return plain.substring(0, start) + whole + plain.substring(end);
    }

    /** The language as a client in {@code country} reads its numbers: with the country where it writes them its own way. */
    static Locale regional(Locale language, String country) {
        if (!language.getCountry().isEmpty() || country == null) {
            return language;
        }
        String region = country.toUpperCase(Locale.ROOT);
        return REGIONAL_NUMBERS.getOrDefault(region, Set.of()).contains(language.getLanguage())
            ? new Locale.Builder().setLocale(language).setRegion(region).build() : language;
    }

    private static Locale latin(Locale language) {
        return new Locale.Builder().setLocale(language).setUnicodeLocaleKeyword("nu", "latn").build();
    }

    static String format(BigDecimal amount, String currency, Locale language, String country) {
        int scale = Math.max(Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits()),
            amount.stripTrailingZeros().scale());
        NumberFormat format = NumberFormat.getNumberInstance(latin(regional(language, country)));
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        BigDecimal scaled = amount.setScale(scale, RoundingMode.UNNECESSARY);
        return indianGrouping(language, country) ? regroupedInLakhs(format, scaled) : format.format(scaled);
    }
}
