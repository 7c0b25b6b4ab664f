package io.meridian.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.meridian.names.Nearest;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.MultiValueMap;

/**
 * The filters and page of a list request ({@code GET /api/inquiries} and its siblings), read once
 * from the query string; every bad parameter is named in one 400. The SQL it builds holds only
 * fixed text and bound parameters, never the caller's text.
 *
 * @param statuses the statuses wanted, empty for all
 * @param country  the client's ISO 3166-1 alpha-2 country, upper case; null for all
 * @param client   a client id or, when it holds an {@code @}, the client's email; null for all
 * @param from     earliest time, inclusive; null for no bound
 * @param to       latest time, inclusive (a date as {@code to} means the end of that day, UTC); null for no bound
 * @param desks    the desks (names, as the client record keeps them) whose clients' records are listed; null for all
 * @param chosen   the values asked of the filters a list adds to these ({@link Filter}), each empty for all
 */
public record ListQuery<S extends Enum<S>>(Set<S> statuses, String country, String client, Instant from, Instant to,
                                           int page, int size, List<String> desks, Map<Filter, Set<String>> chosen) {

    /**
     * A filter one list adds to the shared ones, in their style (one or more values, comma-separated or repeated, in any
     * case): e.g. the inquiries' {@code orderStatus}.
     *
     * @param parameter its query parameter
     * @param column    the column it compares, from the list's code (never the caller's text), e.g. {@code o.status}
     * @param values    the values it takes, upper case
     */
    public record Filter(String parameter, String column, List<String> values) {
    }

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Far enough for any real ledger, small enough that page times size stays a sane offset. */
    public static final int MAX_PAGE = 1_000_000;

    static final List<String> PARAMETERS = List.of("status", "country", "client", "from", "to", "page", "size");

    /**
     * Reads the query string, with the filters {@code filters} this list adds; unknown, repeated or malformed parameters are
     * a 400 naming each.
     */
    public static <S extends Enum<S>> ListQuery<S> parse(MultiValueMap<String, String> query, Class<S> statusType, Filter... filters) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> known = new ArrayList<>(PARAMETERS);
        List<String> several = new ArrayList<>(List.of("status"));
        for (Filter filter : filters) {
            known.add(known.indexOf("page"), filter.parameter()); // the filters first, then the paging
            several.add(filter.parameter());
        }
        for (Map.Entry<String, List<String>> e : query.entrySet()) {
            if (!known.contains(e.getKey())) {
                errors.put(e.getKey(), "unknown parameter '" + e.getKey() + "'"
                    + Nearest.to(e.getKey(), known).map(p -> ": did you mean '" + p + "'?").orElse("")
                    + " (known: " + String.join(", ", known) + ")");
            } else if (!several.contains(e.getKey()) && e.getValue().size() > 1) {
                errors.put(e.getKey(), e.getKey() + " is given more than once");
            }
        }
        Set<S> statuses = statuses(errors, query.getOrDefault("status", List.of()), statusType);
        Map<Filter, Set<String>> chosen = new LinkedHashMap<>();
        for (Filter filter : filters) {
            chosen.put(filter, values(errors, filter, query.getOrDefault(filter.parameter(), List.of())));
        }
        String country = country(errors, query.getFirst("country"));
        String client = client(errors, query.getFirst("client"));
        Instant from = time(errors, "from", query.getFirst("from"), false);
        Instant to = time(errors, "to", query.getFirst("to"), true);
        if (from != null && to != null && from.isAfter(to) && !errors.containsKey("from")) {
            errors.put("from", "from (" + from + ") lies after to (" + to + ")");
        }
        int page = number(errors, "page", query.getFirst("page"), 0, MAX_PAGE, 0);
        int size = number(errors, "size", query.getFirst("size"), 1, MAX_SIZE, DEFAULT_SIZE);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new ListQuery<>(statuses, country, client, from, to, page, size, null, chosen);
    }

    /** The same query narrowed to the clients of {@code desks} (a desk member's list, {@link CallerDesks}). */
    public ListQuery<S> withinDesks(List<String> desks) {
        return new ListQuery<>(statuses, country, client, from, to, page, size, List.copyOf(desks), chosen);
    }

    public long offset() {
        return (long) page * size;
    }

    /**
     * The where clause for a ledger table joined with {@code client c}; {@code alias} and
     * {@code timeColumn} come from the ledger's code, the values travel as {@link #parameters()}.
     */
    public String where(String alias, String timeColumn) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (!statuses.isEmpty()) {
            sql.append(" and ").append(alias).append(".status in (:statuses)");
        }
        if (country != null) {
            sql.append(" and c.country = :country");
        }
        if (client != null) {
            sql.append(client.contains("@") ? " and lower(c.email) = :client" : " and " + alias + ".client_id = :client");
        }
        if (desks != null) {
            sql.append(desks.isEmpty() ? " and 1 = 0" : " and c.desk in (:desks)");
        }
        chosen.forEach((filter, values) -> {
            if (!values.isEmpty()) {
                sql.append(" and ").append(filter.column()).append(" in (:").append(filter.parameter()).append(')');
            }
        });
        if (from != null) {
            sql.append(" and ").append(alias).append('.').append(timeColumn).append(" >= :from");
        }
        if (to != null) {
            sql.append(" and ").append(alias).append('.').append(timeColumn).append(" <= :to");
        }
        return sql.toString();
    }

    /** The values of {@link #where}, plus {@code offset} and {@code size} for the page. */
    public Map<String, Object> parameters() {
        Map<String, Object> p = new LinkedHashMap<>();
        if (!statuses.isEmpty()) {
            p.put("statuses", statuses.stream().map(Enum::name).toList());
        }
        if (country != null) {
            p.put("country", country);
        }
        if (client != null) {
            p.put("client", client.contains("@") ? client.toLowerCase(Locale.ROOT) : client);
        }
        if (desks != null && !desks.isEmpty()) {
            p.put("desks", desks);
        }
        chosen.forEach((filter, values) -> {
            if (!values.isEmpty()) {
                p.put(filter.parameter(), List.copyOf(values));
            }
        });
        if (from != null) {
            p.put("from", java.sql.Timestamp.from(from));
        }
        if (to != null) {
            p.put("to", java.sql.Timestamp.from(to));
        }
        p.put("offset", offset());
        p.put("size", size);
        return p;
    }

    /** Portable paging (H2 and PostgreSQL): append after the order by. */
    public static final String PAGE = " offset :offset rows fetch first :size rows only";

    /**
     * Runs the query on a ledger table joined to its clients: the total and the page, newest first.
     *
     * @param select     the columns, e.g. {@code "i.*, " + ClientSummary.COLUMNS}
     * @param from       the table and its join, e.g. {@code "inquiry i join client c on c.id = i.client_id"}
     * @param alias      the ledger table's alias
     * @param timeColumn the column {@code from}, {@code to} and the order apply to
     */
    public <T> Page<T> run(JdbcClient jdbc, String select, String from, String alias, String timeColumn, RowMapper<T> row) {
        String where = where(alias, timeColumn);
        long total = jdbc.sql("select count(*) from " + from + where).params(parameters()).query(Long.class).single();
        List<T> items = jdbc.sql("select " + select + " from " + from + where
                + " order by " + alias + "." + timeColumn + " desc, " + alias + ".id" + PAGE)
            .params(parameters()).query(row).list();
        return new Page<>(items, page, size, total);
    }

    private static <S extends Enum<S>> Set<S> statuses(Map<String, String> errors, List<String> values, Class<S> type) {
        Set<S> statuses = EnumSet.noneOf(type);
        for (String value : values) {
            for (String one : value.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                try {
                    statuses.add(Enum.valueOf(type, one.trim().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    errors.put("status", "unknown status '" + shown(one) + "' (one or more of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")) + ")");
                }
            }
        }
        return statuses;
    }

    private static Set<String> values(Map<String, String> errors, Filter filter, List<String> given) {
        Set<String> values = new LinkedHashSet<>();
        for (String value : given) {
            for (String one : value.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                String upper = one.trim().toUpperCase(Locale.ROOT);
                if (filter.values().contains(upper)) {
                    values.add(upper);
                } else {
                    errors.put(filter.parameter(), "unknown " + filter.parameter() + " '" + shown(one) + "' (one or more of "
                        + String.join(", ", filter.values()) + ")");
                }
            }
        }
        return values;
    }

    private static String country(Map<String, String> errors, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String code = value.trim().toUpperCase(Locale.ROOT);
        if (!CountryCodes.isKnown(code)) {
            errors.put("country", CountryCodes.unknown(value, shown(value)));
            return null;
        }
        return code;
    }

    private static String client(Map<String, String> errors, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > 320) {
            errors.put("client", "client is longer than 320 characters (a client id or email)");
            return null;
        }
        return value.trim();
    }

    /** An instant with offset, or a date meaning its start ({@code from}) or its end ({@code to}) in UTC. */
    private static Instant time(Map<String, String> errors, String field, String value, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant parsed;
        try {
            parsed = OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException notAnInstant) {
            try {
                LocalDate date = LocalDate.parse(value.trim());
                if (date.getYear() < Inputs.FIRST_YEAR || date.getYear() > Inputs.LAST_YEAR) {
                    errors.put(field, field + " must lie between " + Inputs.FIRST_YEAR + " and " + Inputs.LAST_YEAR);
                    return null;
                }
                // stored times have microseconds at most: the last one of the day ends it
                parsed = endOfDay ? date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusNanos(1_000)
                    : date.atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeParseException notADate) {
                errors.put(field, field + " '" + shown(value)
                    + "' is not an ISO-8601 date or date-time with offset, e.g. 2026-12-01 or 2026-12-01T08:00:00Z");
                return null;
            }
        }
        int year = parsed.atOffset(ZoneOffset.UTC).getYear();
        if (year < Inputs.FIRST_YEAR || year > Inputs.LAST_YEAR) {
            errors.put(field, field + " must lie between " + Inputs.FIRST_YEAR + " and " + Inputs.LAST_YEAR);
            return null;
        }
        return parsed;
    }

    private static int number(Map<String, String> errors, String field, String value, int min, int max, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below, like a number out of range
        }
        errors.put(field, field + " must be a whole number from " + min + " to " + max + " (got '" + shown(value) + "')");
        return fallback;
    }

    /** The caller's text, cut, for an error message. */
    private static String shown(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "..." : value;
    }
}
