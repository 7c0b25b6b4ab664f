package io.meridian.system;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** Parsing of request fields, each failure naming its field. */
public final class Inputs {

    /** The calendars behind observances cover this range; nothing outside it is a business date. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    /**
     * How far before or after now a decision may be asked for (the etiquette at a moment, the contact windows from one):
     * the past two years' advice and windows for a review, the next two years' for planning. Further is a slip of the year
     * (1900, 2072 for 2027), which answered in 1900's local mean time ("teamLocalStart": "08:05:43") or with observances
     * the rules were never written for.
     */
    public static final Period DECISION_SPAN = Period.ofYears(2);

    /** How far ahead of our clock a sender's clock may run before its "now" counts as the future. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private Inputs() {
    }

    /**
     * How far back a client's inquiry or complaint may have arrived when it is entered: a receipt older than that is
     * a caller's mistake (a date of 1990), which would promise the client an answer counted from then.
     */
    public static final Duration LATEST_ENTRY = Duration.ofDays(90);

    /**
     * Refuses the moment a client's inquiry or complaint arrived when it lies in the future beyond {@link #CLOCK_SKEW}
     * or more than {@link #LATEST_ENTRY} back.
     */
    public static Instant received(String field, Instant value, Instant now) {
        happened(field, value, now, null, null);
        if (value != null && value.isBefore(now.minus(LATEST_ENTRY))) {
            throw new InvalidInputException(field, tooLongAgo(field, value, now));
        }
        return value;
    }

    /**
     * Why the moment a decision is asked for lies outside {@link #DECISION_SPAN} around {@code now}, naming the range; null
     * when it lies within.
     */
    public static String outsideDecisionSpan(String field, Instant value, Instant now) {
        OffsetDateTime utc = now.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC);
        Instant earliest = utc.minus(DECISION_SPAN).toInstant();
        Instant latest = utc.plus(DECISION_SPAN).toInstant();
        if (!value.isBefore(earliest) && !value.isAfter(latest)) {
            return null;
        }
        return field + " " + value + " is more than " + DECISION_SPAN.getYears() + " years " + (value.isBefore(earliest) ? "back" : "ahead")
            + " (now is " + utc.toInstant() + "): give a moment from " + earliest + " to " + latest + "; check the year";
    }

    /** What {@link #received} says of a receipt more than {@link #LATEST_ENTRY} back ({@link IsoInstant#receipt} says the same). */
    static String tooLongAgo(String field, Instant value, Instant now) {
        return field + " " + value + " lies more than " + LATEST_ENTRY.toDays() + " days back (now is " + now
            + "): enter what a client sent when it arrives, at the latest within " + LATEST_ENTRY.toDays() + " days";
    }

    /**
     * Refuses the time of something that has happened (a receipt, a payment, a shipment) when it
     * lies in the future beyond {@link #CLOCK_SKEW}, or before {@code notBefore} (null: no lower
     * bound), which {@code notBeforeWhat} names for the message.
     */
    public static Instant happened(String field, Instant value, Instant now, Instant notBefore, String notBeforeWhat) {
        if (value == null) {
            return null;
        }
        if (value.isAfter(now.plus(CLOCK_SKEW))) {
            throw new InvalidInputException(field, field + " " + value + " lies in the future (now is " + now + ")");
        }
        if (notBefore != null && value.isBefore(notBefore.minus(CLOCK_SKEW))) {
            throw new InvalidInputException(field, field + " " + value + " lies before " + notBeforeWhat + " (" + notBefore + ")");
        }
        return value;
    }

    /**
     * Refuses an amount of money finer than its currency allows (ISO 4217 minor units, as
     * {@link Currency#getDefaultFractionDigits()} knows them: JPY and KRW none, USD 2, BHD and KWD 3): no one can
     * pay 12.5 JPY. Trailing zeros are no decimals (1250.00 JPY is 1250 JPY). A code the JDK does not know, or one
     * without minor units (XAU), is left to the currency's own check.
     */
    public static BigDecimal inCurrency(String field, BigDecimal amount, String currency) {
        int allowed = minorUnits(currency);
        int decimals = decimals(amount);
        if (allowed >= 0 && decimals > allowed) {
            throw new InvalidInputException(field, field + " " + amount.toPlainString() + " has " + decimals
                + (decimals == 1 ? " decimal, " : " decimals, ") + currency + " has " + (allowed == 0 ? "none" : allowed)
                + " (ISO 4217)");
        }
        return amount;
    }

    /** The decimals an amount really has: none for 1250.00, 1 for 12.50. */
    public static int decimals(BigDecimal amount) {
        return Math.max(0, amount.stripTrailingZeros().scale());
    }

    /**
     * What {@code quantity} pieces at {@code unitPrice} cost, in the currency's decimals (2 for a code the JDK does not
     * know), rounded half up as an invoice total is: a unit price may be finer than its currency (0.125 USD a piece), an
     * amount to pay may not. The quote's total and the order's amount due are this one figure.
     */
    public static BigDecimal total(BigDecimal unitPrice, long quantity, String currency) {
        int units = minorUnits(currency);
        return unitPrice.multiply(BigDecimal.valueOf(quantity)).setScale(units < 0 ? 2 : units, java.math.RoundingMode.HALF_UP);
    }

    /** The currency's decimals (ISO 4217 minor units); -1 for an unknown code or one without them. */
    public static int minorUnits(String currency) {
        try {
            return Currency.getInstance(currency).getDefaultFractionDigits();
        } catch (IllegalArgumentException | NullPointerException e) {
            return -1;
        }
    }

    /** ISO-8601 instant with offset, e.g. 2027-03-01T10:00:00Z or 2027-03-01T18:00:00+08:00. */
    public static Instant instant(String field, String value, Instant fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        Instant parsed;
        try {
            parsed = OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " '" + value
                + "' is not an ISO-8601 date-time with offset, e.g. 2027-03-01T10:00:00Z");
        }
        int year = parsed.atOffset(java.time.ZoneOffset.UTC).getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new InvalidInputException(field, field + " must lie between " + FIRST_YEAR + " and " + LAST_YEAR);
        }
        return parsed;
    }

    public static LocalDate date(String field, String value) {
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, field + " '" + value + "' is not an ISO-8601 date, e.g. 2027-02-10");
        }
    }

    /** An IANA zone id such as America/Los_Angeles; null when absent. */
    public static ZoneId zone(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(value.trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "unknown time zone '" + value + "' (use an IANA id such as America/Los_Angeles)");
        }
    }

    public static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, E fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "unknown " + field + " '" + value + "' (one of "
                + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
        }
    }

    public static int range(String field, Integer value, int min, int max, int fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < min || value > max) {
            throw new InvalidInputException(field, field + " must be between " + min + " and " + max);
        }
        return value;
    }

    /**
     * Parses one field, keeping its error with the others (null then), so that one answer can
     * name every offending field; {@link #throwIfAny(Map)} refuses the request at the end.
     */
    public static <T> T collect(Map<String, String> errors, String field, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (InvalidInputException e) {
            errors.put(field, e.getMessage());
            return null;
        }
    }

    /**
     * Checks one field of a request record by its Bean Validation constraints (a merge patch names
     * only the fields it changes), keeping the first problem under {@code field} with the others.
     */
    public static void validate(jakarta.validation.Validator validator, Class<?> type, String property, Object value,
                                String field, Map<String, String> errors) {
        validator.validateValue(type, property, value).stream().findFirst().ifPresent(v ->
            errors.putIfAbsent(field, v.getMessage().replace(RequestViolations.FIELD, field)
                .replace(RequestViolations.VALUE, String.valueOf(value))));
    }

    /** Refuses the request with every error collected, if there is one. */
    public static void throwIfAny(Map<String, String> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}
