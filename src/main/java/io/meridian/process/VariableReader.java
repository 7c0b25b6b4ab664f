package io.meridian.process;

import io.meridian.system.LanguageTags;
import io.meridian.system.TimeZones;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.meridian.etiquette.EtiquetteService;
import io.meridian.system.InvalidInputException;

/**
 * Reads start variables (or a REST body flattened to them) and collects every problem, so one
 * answer names all offending fields. The client's fields have the same names wherever a client
 * is given: in an inquiry and in a complaint.
 */
public final class VariableReader {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final Map<String, ?> values;
    private final java.util.function.UnaryOperator<String> name;
    private final Map<String, String> errors = new LinkedHashMap<>();

    public VariableReader(Map<String, ?> values, java.util.function.UnaryOperator<String> name) {
        this.values = values;
        this.name = name;
    }

    public void error(String variable, String message) {
        errors.putIfAbsent(name.apply(variable), message);
    }

    public String raw(String variable) {
        Object value = values.get(variable);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    public String text(String variable, boolean required, int max) {
        String value = raw(variable);
        if (value == null && required) {
            error(variable, name.apply(variable) + " is required");
        } else if (value != null && value.length() > max) {
            error(variable, name.apply(variable) + " is longer than " + max + " characters");
        }
        return value;
    }

    public String email() {
        String value = text(ClientVariables.EMAIL, true, 320);
        if (value != null && !EMAIL.matcher(value).matches()) {
            error(ClientVariables.EMAIL, name.apply(ClientVariables.EMAIL) + " '" + value + "' is not an email address");
        }
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }

    public String country() {
        try {
            return EtiquetteService.requireCountry(raw(ClientVariables.COUNTRY));
        } catch (InvalidInputException e) {
            error(ClientVariables.COUNTRY, e.getMessage().replaceFirst("^country", name.apply(ClientVariables.COUNTRY)));
            return null;
        }
    }

    public ZoneId zone() {
        String value = raw(ClientVariables.TIME_ZONE);
        if (value == null) {
            return null;
        }
        Optional<String> problem = TimeZones.problemOf(value, name.apply(ClientVariables.TIME_ZONE));
        if (problem.isPresent()) {
            error(ClientVariables.TIME_ZONE, problem.get());
            return null;
        }
        return ZoneId.of(value.trim());
    }

    public String language() {
        String value = raw(ClientVariables.LANGUAGE);
        LanguageTags.problemOf(value).ifPresent(problem -> error(ClientVariables.LANGUAGE, name.apply(ClientVariables.LANGUAGE) + " " + problem));
        return LanguageTags.canonical(value);
    }

    public <E extends Enum<E>> E enumValue(String variable, Class<E> type, E fallback) {
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

    /** A whole number of pieces, 1 to 1,000,000,000; required. */
    public int quantity(String variable) {
        Object value = values.get(variable);
        long quantity;
        if (value == null || value.toString().isBlank()) {
            error(variable, name.apply(variable) + " is required");
            return 0;
        } else if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            quantity = n.longValue();
        } else {
            try {
                quantity = Long.parseLong(value.toString().trim());
            } catch (NumberFormatException e) {
                error(variable, name.apply(variable) + " '" + value + "' is not a whole number");
                return 0;
            }
        }
        if (quantity < 1 || quantity > 1_000_000_000L) {
            error(variable, name.apply(variable) + " must be between 1 and 1000000000");
            return 0;
        }
        return (int) quantity;
    }

    public Instant instant(String variable, Instant fallback) {
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

    /** Refuses the input naming every problem found so far. */
    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
