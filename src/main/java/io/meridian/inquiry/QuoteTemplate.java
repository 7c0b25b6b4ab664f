package io.meridian.inquiry;

import io.meridian.process.ClientToday;
import io.meridian.process.ProcessValues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.messages.Amounts;
import io.meridian.messages.ClientDates;
import io.meridian.system.Inputs;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The reply template of DOMAIN.md: product parameters, MOQ, lead time, payment terms, port of loading, price. */
record QuoteTemplate(String productParameters, int moq, int leadTimeDays, String paymentTerms,
                            String portOfLoading, BigDecimal unitPrice, String currency, LocalDate validUntil) {

    /**
     * Reads the quote the reply form captured; refuses naming every missing or wrong field. The validity date must
     * lie after the client's {@code today}: the quote is valid through the end of that day in the client's clock; the
     * total for the {@code quantityAsked} (the inquiry's, null when unknown) one an order can hold.
     */
    public static QuoteTemplate from(VariableScope scope, ClientToday today, Integer quantityAsked) {
        return from(scope, today, quantityAsked, day -> null);
    }

    /**
     * Why the client cannot act on a day (their weekend, a public holiday, a closing observance), naming their next
     * working day; null on a day they work.
     */
    @FunctionalInterface
    interface ClientDays {
        String closed(LocalDate day);
    }

    /**
     * The same, and the validity date on a day the client works ({@code days}): a quote that ends on a Saudi client's
     * Friday or on a Japanese holiday leaves them no working day to accept on its last day.
     */
    static QuoteTemplate from(VariableScope scope, ClientToday today, Integer quantityAsked, ClientDays days) {
        Map<String, String> errors = new LinkedHashMap<>();
        String parameters = read(errors, Var.QUOTE_PRODUCT_PARAMETERS, () -> text(scope, Var.QUOTE_PRODUCT_PARAMETERS, MAX_PARAMETERS));
        Integer moq = read(errors, Var.QUOTE_MOQ, () -> ProcessValues.requiredInteger(scope, Var.QUOTE_MOQ, 1, 1_000_000_000));
        Integer lead = read(errors, Var.QUOTE_LEAD_TIME_DAYS, () -> ProcessValues.requiredInteger(scope, Var.QUOTE_LEAD_TIME_DAYS, 0, 3650));
        String terms = read(errors, Var.QUOTE_PAYMENT_TERMS, () -> text(scope, Var.QUOTE_PAYMENT_TERMS, MAX_TERMS));
        String port = read(errors, Var.QUOTE_PORT_OF_LOADING, () -> text(scope, Var.QUOTE_PORT_OF_LOADING, MAX_PORT));
        BigDecimal price = read(errors, Var.QUOTE_UNIT_PRICE, () -> ProcessValues.requiredPositiveNumber(scope, Var.QUOTE_UNIT_PRICE));
        String currency = read(errors, Var.QUOTE_CURRENCY, () -> {
            String c = ProcessValues.requiredText(scope, Var.QUOTE_CURRENCY).toUpperCase(Locale.ROOT);
            if (!c.matches("[A-Z]{3}") || !knownCurrency(c)) {
                throw new InvalidInputException(Var.QUOTE_CURRENCY, Var.QUOTE_CURRENCY + " '" + c
                    + "' is not a known ISO 4217 currency code such as USD, EUR or CNY");
            }
            return c;
        });
        LocalDate valid = read(errors, Var.QUOTE_VALID_UNTIL, () -> {
            LocalDate d = ProcessValues.date(scope, Var.QUOTE_VALID_UNTIL);
            if (d == null) {
                throw new InvalidInputException(Var.QUOTE_VALID_UNTIL, Var.QUOTE_VALID_UNTIL + " is required (yyyy-mm-dd)");
            }
            if (!d.isAfter(today.date())) {
                throw new InvalidInputException(Var.QUOTE_VALID_UNTIL, Var.QUOTE_VALID_UNTIL + " " + d
                    + " is not in the future (" + today.said() + "): the client needs time to accept the quote");
            }
            String closed = days.closed(d);
            if (closed != null) {
                throw new InvalidInputException(Var.QUOTE_VALID_UNTIL, Var.QUOTE_VALID_UNTIL + " " + d + " is " + closed);
            }
            return d;
        });
        if (moq != null && quantityAsked != null && quantityAsked < moq) {
            // the quote's total, and the order an acceptance opens, are for the quantity asked: under an MOQ above it the
            // client would read an offer that contradicts itself, and the team an order below its own minimum
            errors.put(Var.QUOTE_MOQ, Var.QUOTE_MOQ + " " + moq + " is more than the " + quantityAsked + " pieces the client"
                + " asked for, and the quote's total and the order are for those " + quantityAsked + ": quote an MOQ of at most "
                + quantityAsked + " to take this smaller order (a trial order, at the unit price it needs), or ask the client to"
                + " inquire again for at least " + moq + " pieces");
        }
        if (price != null && currency != null && quantityAsked != null) {
            String problem = totalProblem(price, currency, quantityAsked);
            if (problem != null) {
                errors.put(Var.QUOTE_UNIT_PRICE, problem);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new QuoteTemplate(parameters, moq, lead, terms, port, price, currency, valid);
    }

    /**
     * Digits before the point of an order's amount due (column {@code customer_order.amount}, decimal(21, 4)), as of a
     * payment: a larger total would go to the client in the quote and then fail the acceptance that opens the order.
     */
    static final int MAX_TOTAL_DIGITS = 17;

    /**
     * Why the quote's total for the {@code quantity} asked can be no order's amount due, or null: more digits than the
     * order ledger holds (a typing slip such as 1e400), or nothing at all once rounded to the currency's decimals.
     */
    static String totalProblem(BigDecimal unitPrice, String currency, int quantity) {
        BigDecimal total = Inputs.total(unitPrice, quantity, currency);
        String plain = unitPrice.stripTrailingZeros().toPlainString();
        // 1E+400 as typed, not four hundred digits
        String said = Var.QUOTE_UNIT_PRICE + " " + (plain.length() > 30 ? unitPrice.stripTrailingZeros().toString() : plain)
            + " " + currency + " for the " + quantity + " pieces asked";
        if (total.precision() - total.scale() > MAX_TOTAL_DIGITS) {
            return said + " makes a total of more than " + MAX_TOTAL_DIGITS + " digits before the point, more than an order"
                + " can hold: check the unit price";
        }
        if (total.signum() <= 0) {
            return said + " makes a total of " + total.toPlainString() + " " + currency + " once rounded to the currency's"
                + " decimals: nothing to pay; check the unit price";
        }
        return null;
    }

    /** What {@code quantity} pieces cost, as the order's amount due will be: {@link Inputs#total}. */
    BigDecimal total(int quantity) {
        return Inputs.total(unitPrice, quantity, currency);
    }

    /** The quote's values for the quote template (messages/quote/), its figures grouped as read in the client's {@code country}. */
    public Map<String, Object> values(String product, int quantity, String inquiryId, boolean revised, String country) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("product", product);
        v.put("quantity", Amounts.count(quantity, country));
        v.put("productParameters", productParameters);
        v.put("moq", Amounts.count(moq, country));
        v.put("leadTimeDays", leadTimeDays);
        v.put("paymentTerms", paymentTerms);
        v.put("portOfLoading", portOfLoading);
        v.put("unitPrice", Amounts.of(unitPrice, currency, country));
        v.put("currency", currency);
        v.put("total", Amounts.of(total(quantity), currency, country));
        v.put("validUntil", ClientDates.day(validUntil));
        v.put("inquiryId", inquiryId);
        // a quote revised after the client's objection says so: thanks for the feedback, not for the inquiry again
        v.put("revised", revised);
        return v;
    }

    /*
     * The longest texts of a quote, as the forms cap them: the inquiry ledger keeps the whole quote in 4,000 characters
     * (inquiry.quote) and the engine each text variable in as many; a longer one failed the reply in the database, a 500.
     */
    static final int MAX_PARAMETERS = 2000;
    static final int MAX_TERMS = 500;
    static final int MAX_PORT = 200;

    private static String text(VariableScope scope, String name, int max) {
        String value = ProcessValues.requiredText(scope, name);
        if (value.length() > max) {
            throw new InvalidInputException(name, name + " is longer than " + max + " characters");
        }
        return value;
    }

    /** The language of the quote the inquiry ledger keeps, whatever the client's: the team's record. */
    private static final String RECORD_LANGUAGE = "en";

    /** The quote as the inquiry ledger keeps it (the record, not the email), its amounts written as the English quote email writes them. */
    public String text(String product, int quantity) {
        return """
            Product: %s
            Quantity asked: %d
            Product parameters: %s
            Minimum order quantity (MOQ): %d
            Lead time: %d days after order confirmation
            Payment terms: %s
            Port of loading: %s
            Unit price: %s %s
            Total for the quantity asked: %s %s
            Valid until: %s""".formatted(product, quantity, productParameters, moq, leadTimeDays, paymentTerms,
            portOfLoading, Amounts.of(unitPrice, currency).in(RECORD_LANGUAGE), currency,
            Amounts.of(total(quantity), currency).in(RECORD_LANGUAGE), currency, validUntil);
    }

    /** java.util.Currency knows the ISO 4217 list; funds and metals (XAU, XXX...) are no trade currency. */
    static boolean knownCurrency(String code) {
        try {
            return !code.startsWith("X") && Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private interface Read<T> {
        T get();
    }

    private static <T> T read(Map<String, String> errors, String field, Read<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            errors.put(field, e.getMessage());
            return null;
        }
    }
}
