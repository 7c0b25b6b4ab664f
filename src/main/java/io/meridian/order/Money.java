package io.meridian.order;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

import io.meridian.system.Inputs;

/**
 * Amounts of an order with their currency's decimals (ISO 4217): 6250.00 USD, 1250000 JPY, 617.125 BHD. The ledger
 * keeps four decimals for every currency; an amount leaves it with its currency's, and with any more it has (one
 * recorded before payments were held to the currency's decimals), never rounded.
 */
final class Money {

    private Money() {
    }

    static BigDecimal of(BigDecimal amount, String currency) {
        return amount.setScale(Math.max(decimals(currency), Inputs.decimals(amount)), RoundingMode.UNNECESSARY);
    }

    /**
     * An amount as a task shows it, with its currency's decimals, thousands grouped and the code after it: "6,250 JPY",
     * "6,250.00 USD". The briefing and a form's own figures write amounts so, one way on one screen.
     */
    static String written(BigDecimal amount, String currency) {
        BigDecimal exact = of(amount, currency);
        return String.format(Locale.ROOT, "%,." + exact.scale() + "f %s", exact, currency);
    }

    static BigDecimal zero(String currency) {
        return of(BigDecimal.ZERO, currency);
    }

    /** The currency's decimals; 2 for a code the JDK does not know (no order has one: the quote's currency is checked). */
    static int decimals(String currency) {
        int units = Inputs.minorUnits(currency);
        return units < 0 ? 2 : units;
    }
}
