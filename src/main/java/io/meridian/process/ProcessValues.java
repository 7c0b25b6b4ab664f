package io.meridian.process;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Typed reads of process variables that may have come from a form, engine-rest or this code,
 * so a number may be a Long or a Double and a date a Date or ISO text. Missing or unreadable
 * values are refused naming the variable.
 */
public final class ProcessValues {

    private ProcessValues() {
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value.toString().trim();
    }

    public static String requiredText(VariableScope scope, String name) {
        String value = text(scope, name);
        if (value == null) {
            throw new InvalidInputException(name, name + " is required");
        }
        return value;
    }

    public static Integer integer(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            return n.intValue();
        }
        try {
            return Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " '" + value + "' is not a whole number");
        }
    }

    public static int requiredInteger(VariableScope scope, String name, int min, int max) {
        Integer value = integer(scope, name);
        if (value == null) {
            throw new InvalidInputException(name, name + " is required");
        }
        if (value < min || value > max) {
            throw new InvalidInputException(name, name + " must be between " + min + " and " + max);
        }
        return value;
    }

    public static BigDecimal requiredPositiveNumber(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            throw new InvalidInputException(name, name + " is required");
        }
        try {
            BigDecimal number = new BigDecimal(value.toString().trim());
            if (number.signum() <= 0) {
                throw new InvalidInputException(name, name + " must be greater than 0");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, name + " '" + value + "' is not a number");
        }
    }

    /** A Date, or ISO text with offset; a local date-time is read in {@code zone}, a date at its start. */
    public static Instant instant(VariableScope scope, String name, ZoneId zone) {
        Object value = scope.getVariable(name);
        if (value instanceof Date date) {
            return date.toInstant(); // before toString(), which formats the date with its time zone's name every time
        }
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        String text = value.toString().trim();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            try {
                return LocalDateTime.parse(text).atZone(zone).toInstant();
            } catch (DateTimeException e2) {
                try {
                    return LocalDate.parse(text).atStartOfDay(zone).toInstant();
                } catch (DateTimeException e3) {
                    throw new InvalidInputException(name, notADate(name, text) + " (or a date and time as ISO-8601)");
                }
            }
        }
    }

    public static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(ZoneId.of("UTC")).toLocalDate();
        }
        String text = value.toString().trim();
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeException e) {
            throw new InvalidInputException(name, notADate(name, text));
        }
    }

    /** Dates the way people type them elsewhere: 04.02.2027 (day first wherever dots are used), 4/2/2027, 13/02/2027. */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})([./-])(\\d{1,2})\\2(\\d{4})");

    /**
     * "'04.02.2027' is not a date: write it as 2027-02-04 (yyyy-mm-dd)": the day the person meant, when only one day can be
     * meant (dots put the day first; 13/02/2027 can only be the 13th), else how to write one. The forms no longer check a
     * pattern (Tasklist showed the regular expression itself), so this is what a person who typed a date their way reads.
     */
    static String notADate(String name, String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.matches()) {
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            int year = Integer.parseInt(m.group(4));
            LocalDate dayFirst = day(year, second, first);
            LocalDate monthFirst = ".".equals(m.group(2)) ? null : day(year, first, second);
            LocalDate meant = monthFirst == null || monthFirst.equals(dayFirst) ? dayFirst : dayFirst == null ? monthFirst : null;
            if (meant != null) {
                return name + " '" + text + "' is not a date: write it as " + meant + " (yyyy-mm-dd)";
            }
        }
        return name + " '" + text + "' is not a date: write it as yyyy-mm-dd, e.g. 2027-02-10";
    }

    private static LocalDate day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    public static ZoneId zone(VariableScope scope, String name) {
        String text = text(scope, name);
        return text == null ? null : ZoneId.of(text);
    }
}
