package io.meridian.messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount of money (and a count of pieces: {@link #count}) as a client email shows it: digits grouped as the email's language groups them
 * (3,750.00 in English and Japanese, 3.750,00 in German), always in Latin digits, with at least the
 * currency's decimals (12.50 USD, 3,750 JPY) and every decimal the amount has beyond them (a unit
 * price of 0.125 USD is never rounded).
 */
public final class Amounts {

    private Amounts() {
    }

    /** The amount in each language part of an email. */
    public static Localized of(BigDecimal amount, String currency) {
        return language -> format(amount, currency, Locale.forLanguageTag(language));
    }

    /**
     * A count of pieces as the email's language groups digits, in Latin digits: 10,000 in English, 10.000 in German,
     * 10 000 in French (CLDR's grouping), where the templates wrote 10000 beside amounts that were grouped.
     */
    public static Localized count(long pieces) {
        return language -> NumberFormat.getIntegerInstance(latin(Locale.forLanguageTag(language))).format(pieces);
    }

    private static Locale latin(Locale language) {
        return new Locale.Builder().setLocale(language).setUnicodeLocaleKeyword("nu", "latn").build();
    }

    static String format(BigDecimal amount, String currency, Locale language) {
        int scale = Math.max(Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits()),
            amount.stripTrailingZeros().scale());
        NumberFormat format = NumberFormat.getNumberInstance(latin(language));
        format.setGroupingUsed(true);
        format.setMinimumFractionDigits(scale);
        format.setMaximumFractionDigits(scale);
        format.setRoundingMode(RoundingMode.UNNECESSARY);
        return format.format(amount.setScale(scale, RoundingMode.UNNECESSARY));
    }
}
