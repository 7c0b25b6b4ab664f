package io.meridian.benchmark;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Counts the SQL statements an H2 database runs, by statement text, with H2's own query statistics
 * ({@code SET QUERY_STATISTICS}): no wrapper around the data source, so it works on the shared test
 * context. Statements of the job executor's polling and of the engine's metrics reporter, which run
 * on their own clock, are left out.
 */
public final class StatementCount {

    private final JdbcTemplate jdbc;

    public StatementCount(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts counting from zero. */
    public void start() {
        jdbc.execute("SET QUERY_STATISTICS_MAX_ENTRIES 1000");
        jdbc.execute("SET QUERY_STATISTICS FALSE");
        jdbc.execute("SET QUERY_STATISTICS TRUE");
    }

    /** Stops counting; the statements run since {@link #start()}, by text (whitespace folded), most frequent first. */
    public Counts stop() {
        Map<String, Long> byStatement = new LinkedHashMap<>();
        jdbc.query("SELECT SQL_STATEMENT, EXECUTION_COUNT FROM INFORMATION_SCHEMA.QUERY_STATISTICS ORDER BY EXECUTION_COUNT DESC",
            row -> {
                String sql = row.getString(1).replaceAll("\\s+", " ").trim();
                if (!background(sql)) {
                    byStatement.merge(sql, row.getLong(2), Long::sum);
                }
            });
        jdbc.execute("SET QUERY_STATISTICS FALSE");
        return new Counts(byStatement);
    }

    private static boolean background(String sql) {
        String s = sql.toUpperCase(Locale.ROOT);
        return s.contains("QUERY_STATISTICS") || s.contains("ACT_RU_JOB") || s.contains("ACT_RU_METER_LOG")
            || s.contains("ACT_RU_TASK_METER_LOG") || s.contains("ACT_GE_PROPERTY") || s.startsWith("SET ");
    }

    /** The statements counted. */
    public record Counts(Map<String, Long> byStatement) {

        public long total() {
            return byStatement.values().stream().mapToLong(Long::longValue).sum();
        }

        public long inserts() {
            return of("INSERT");
        }

        /** Statements whose text starts with {@code verb} (INSERT, UPDATE, SELECT, DELETE). */
        public long of(String verb) {
            return byStatement.entrySet().stream().filter(e -> e.getKey().toUpperCase(Locale.ROOT).startsWith(verb))
                .mapToLong(Map.Entry::getValue).sum();
        }

        /** Inserts into {@code table}. */
        public long insertsInto(String table) {
            return byStatement.entrySet().stream()
                .filter(e -> e.getKey().toUpperCase(Locale.ROOT).startsWith("INSERT INTO " + table.toUpperCase(Locale.ROOT)))
                .mapToLong(Map.Entry::getValue).sum();
        }

        @Override
        public String toString() {
            StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%d statements, %d inserts, %d updates, %d selects%n",
                total(), inserts(), of("UPDATE"), of("SELECT")));
            byStatement.forEach((sql, n) -> b.append(String.format(Locale.ROOT, "%5d  %s%n", n,
                sql.length() > 110 ? sql.substring(0, 110) + "…" : sql)));
            return b.toString();
        }
    }
}
