package io.meridian.inquiry;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.meridian.client.Channel;
import io.meridian.client.PurchaseCycle;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Tier;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.system.InvalidInputException;

/**
 * A validated inquiry with its client, read from the journey's start variables. The REST start
 * and an engine-rest start both go through {@link #from}, so both refuse the same mistakes.
 */
public record NewInquiry(String company, String contactName, String email, String country, ZoneId timeZone,
                         String language, Tier tier, Channel preferredChannel, String mainCategory,
                         PurchaseCycle purchaseCycle, String product, int quantity, String message, Instant receivedAt,
                         Channel channel, String externalRef) {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern LANGUAGE = Pattern.compile("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$");

    /**
     * @param variables start variables by name
     * @param fieldName how to name a variable in an error (the REST body nests them, e.g. client.country)
     * @param now       the default receipt time
     */
    public static NewInquiry from(Map<String, ?> variables, java.util.function.UnaryOperator<String> fieldName, Instant now) {
        Reader r = new Reader(variables, fieldName);
        NewInquiry inquiry = new NewInquiry(
            r.text(Var.COMPANY, true, 200),
            r.text(Var.CONTACT_NAME, true, 200),
            r.email(),
            r.country(),
            r.zone(),
            r.language(),
            r.enumValue(Var.TIER, Tier.class, Tier.B),
            r.enumValue(Var.PREFERRED_CHANNEL, Channel.class, Channel.EMAIL),
            r.text(Var.MAIN_CATEGORY, false, 200),
            r.enumValue(Var.PURCHASE_CYCLE, PurchaseCycle.class, null),
            r.text(Var.PRODUCT, true, 200),
            r.quantity(),
            r.text(Var.MESSAGE, false, 4000),
            r.instant(Var.RECEIVED_AT, now),
            r.enumValue(Var.CHANNEL, Channel.class, Channel.EMAIL),
            r.text(Var.EXTERNAL_REF, false, 200));
        if (!r.errors.isEmpty()) {
            throw new InvalidInputException(r.errors);
        }
        if (inquiry.receivedAt().isAfter(now.plusSeconds(300))) {
            throw new InvalidInputException(fieldName.apply(Var.RECEIVED_AT), fieldName.apply(Var.RECEIVED_AT) + " lies in the future");
        }
        return inquiry;
    }

    /** The main category the ledger keeps: as given, else the product asked for. */
    public String ledgerCategory() {
        return mainCategory != null ? mainCategory : product;
    }

    /** The start variables, with typed values, as the process keeps them. */
    public Map<String, Object> variables() {
        Map<String, Object> v = new HashMap<>();
        v.put(Var.COMPANY, company);
        v.put(Var.CONTACT_NAME, contactName);
        v.put(Var.EMAIL, email);
        v.put(Var.COUNTRY, country);
        v.put(Var.TIME_ZONE, timeZone == null ? null : timeZone.getId());
        v.put(Var.LANGUAGE, language);
        v.put(Var.TIER, tier.name());
        v.put(Var.PREFERRED_CHANNEL, preferredChannel.name());
        v.put(Var.MAIN_CATEGORY, ledgerCategory());
        v.put(Var.PURCHASE_CYCLE, purchaseCycle == null ? null : purchaseCycle.name());
        v.put(Var.PRODUCT, product);
        v.put(Var.QUANTITY, quantity);
        v.put(Var.MESSAGE, message);
        v.put(Var.RECEIVED_AT, Date.from(receivedAt));
        v.put(Var.CHANNEL, channel.name());
        v.put(Var.EXTERNAL_REF, externalRef);
        return v;
    }

    /** Reads fields and collects every problem, so one answer names all offending fields. */
    private static final class Reader {
        private final Map<String, ?> values;
        private final java.util.function.UnaryOperator<String> name;
        private final Map<String, String> errors = new LinkedHashMap<>();

        Reader(Map<String, ?> values, java.util.function.UnaryOperator<String> name) {
            this.values = values;
            this.name = name;
        }

        private void error(String variable, String message) {
            errors.putIfAbsent(name.apply(variable), message);
        }

        private String raw(String variable) {
            Object value = values.get(variable);
            if (value == null) {
                return null;
            }
            String text = value.toString().trim();
            return text.isEmpty() ? null : text;
        }

        String text(String variable, boolean required, int max) {
            String value = raw(variable);
            if (value == null && required) {
                error(variable, name.apply(variable) + " is required");
            } else if (value != null && value.length() > max) {
                error(variable, name.apply(variable) + " is longer than " + max + " characters");
            }
            return value;
        }

        String email() {
            String value = text(Var.EMAIL, true, 320);
            if (value != null && !EMAIL.matcher(value).matches()) {
                error(Var.EMAIL, name.apply(Var.EMAIL) + " '" + value + "' is not an email address");
            }
            return value == null ? null : value.toLowerCase(Locale.ROOT);
        }

        String country() {
            try {
                return EtiquetteService.requireCountry(raw(Var.COUNTRY));
            } catch (InvalidInputException e) {
                error(Var.COUNTRY, e.getMessage().replaceFirst("^country", name.apply(Var.COUNTRY)));
                return null;
            }
        }

        ZoneId zone() {
            String value = raw(Var.TIME_ZONE);
            if (value == null) {
                return null;
            }
            try {
                return ZoneId.of(value);
            } catch (DateTimeException e) {
                error(Var.TIME_ZONE, "unknown time zone '" + value + "' in " + name.apply(Var.TIME_ZONE)
                    + " (use an IANA id such as America/Los_Angeles)");
                return null;
            }
        }

        String language() {
            String value = raw(Var.LANGUAGE);
            if (value != null && !LANGUAGE.matcher(value).matches()) {
                error(Var.LANGUAGE, name.apply(Var.LANGUAGE) + " '" + value + "' is not a language tag such as en or pt-BR");
            }
            return value;
        }

        <E extends Enum<E>> E enumValue(String variable, Class<E> type, E fallback) {
            String value = raw(variable);
            if (value == null) {
                return fallback;
            }
            try {
                return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error(variable, "unknown " + name.apply(variable) + " '" + value + "' (one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
                return fallback;
            }
        }

        int quantity() {
            Object value = values.get(Var.QUANTITY);
            long quantity;
            if (value == null || value.toString().isBlank()) {
                error(Var.QUANTITY, name.apply(Var.QUANTITY) + " is required");
                return 0;
            } else if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
                quantity = n.longValue();
            } else {
                try {
                    quantity = Long.parseLong(value.toString().trim());
                } catch (NumberFormatException e) {
                    error(Var.QUANTITY, name.apply(Var.QUANTITY) + " '" + value + "' is not a whole number");
                    return 0;
                }
            }
            if (quantity < 1 || quantity > 1_000_000_000L) {
                error(Var.QUANTITY, name.apply(Var.QUANTITY) + " must be between 1 and 1000000000");
                return 0;
            }
            return (int) quantity;
        }

        Instant instant(String variable, Instant fallback) {
            Object value = values.get(variable);
            if (value instanceof Date date) {
                return date.toInstant();
            }
            String text = raw(variable);
            if (text == null) {
                return fallback;
            }
            try {
                return OffsetDateTime.parse(text).toInstant();
            } catch (DateTimeException e) {
                error(variable, name.apply(variable) + " '" + text + "' is not an ISO-8601 date-time with offset, e.g. 2027-03-01T10:00:00Z");
                return fallback;
            }
        }
    }
}
