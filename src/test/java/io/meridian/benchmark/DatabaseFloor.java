package io.meridian.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.meridian.benchmark.SqlStatementCounter.End;
import io.meridian.benchmark.SqlStatementCounter.Execution;
import io.meridian.benchmark.SqlStatementCounter.Transaction;

/**
 * The database floor of a recorded statement shape: replays the transactions {@link SqlStatementCounter}
 * recorded while whole journeys ran ({@link SqlStatementCounter#trace()}) with plain JDBC, statement for
 * statement, on floor tables of the same database server. For every table the journeys touched there is a
 * table {@code floor_<table>} with a primary key {@code id varchar(64)} (a fresh random UUID per insert,
 * as the engine's ids are) and one {@code text} payload as wide as the real table's average row (from
 * PostgreSQL's statistics after {@code ANALYZE}), no other index, no foreign key, seeded with
 * {@value #SEEDS} rows per client. Each recorded statement becomes one of the same kind on the floor
 * table of its table: an insert of a fresh key; a select of one seeded row by key; an update of the
 * payload of one row by key (the client's newest row of that table, or one of its seeded rows); a
 * delete of one row by key (the client's oldest row of that table, or a key that is not there). A
 * JDBC batch stays one batch of as many rows; each recorded transaction is one transaction (committed
 * or rolled back as it was; an auto-commit statement runs in auto-commit mode). So the floor sends the
 * same number of statements of each kind to each table, in the same transactions, as the journeys did,
 * but each one is the cheapest statement of its kind: one row by primary key, no joins, no secondary
 * indexes to maintain, no application in between. Clients replay the recorded transactions in their
 * recorded order, each from its own starting point; a floor journey is the recorded transactions
 * divided by the journeys recorded.
 */
final class DatabaseFloor {

    static final int SEEDS = 200;

    private final DataSource dataSource;
    private final List<Transaction> trace;
    private final double journeys;
    private final int clients;
    private final Map<String, String> floorTable = new LinkedHashMap<>();
    private final Map<String, Integer> payloadWidth = new LinkedHashMap<>();
    private final AtomicLong inserted = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();

    /** {@code trace}: the transactions of {@code journeys} whole journeys. */
    DatabaseFloor(DataSource dataSource, List<Transaction> trace, int journeys, int clients) {
        this.dataSource = dataSource;
        this.trace = List.copyOf(trace);
        this.journeys = journeys;
        this.clients = clients;
    }

    /** Creates and seeds the floor tables, as wide as the real tables' average rows are now. */
    void create() throws SQLException {
        TreeSet<String> tables = new TreeSet<>();
        trace.forEach(t -> t.executions().forEach(e -> tables.add(e.table())));
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String table : tables) {
                String floor = "floor_" + table.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
                floorTable.put(table, floor);
                payloadWidth.put(table, Math.max(16, averageRow(c, table) - 40));
                s.execute("drop table if exists " + floor);
                s.execute("create table " + floor + " (id varchar(64) primary key, payload text not null)");
                try (PreparedStatement insert = c.prepareStatement("insert into " + floor + " (id, payload) values (?, ?)")) {
                    for (int client = 0; client < clients; client++) {
                        for (int n = 0; n < SEEDS; n++) {
                            insert.setString(1, seed(client, n));
                            insert.setString(2, payload(table));
                            insert.addBatch();
                        }
                    }
                    insert.executeBatch();
                }
                s.execute("analyze " + floor);
            }
        }
    }

    /** The payload width of each floor table (the real table's average row less the key). */
    Map<String, Integer> payloadWidths() {
        return Map.copyOf(payloadWidth);
    }

    /** Transactions recorded per journey. */
    double transactionsPerJourney() {
        return trace.size() / journeys;
    }

    /** Round trips per journey: each single statement and each batch once, each commit or rollback once. */
    double roundTripsPerJourney() {
        long trips = trace.stream().mapToLong(t -> t.executions().size() + (t.end() == End.AUTOCOMMIT ? 0 : 1)).sum();
        return trips / journeys;
    }

    /** Floor journeys per second over {@code window}. */
    double run(Duration window) throws Exception {
        AtomicLong transactions = new AtomicLong();
        long start = System.nanoTime();
        long end = start + window.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    Replay replay = new Replay(client);
                    try (Connection connection = dataSource.getConnection()) {
                        int next = client * trace.size() / clients;
                        while (System.nanoTime() < end) {
                            replay.run(connection, trace.get(next));
                            transactions.incrementAndGet();
                            next = (next + 1) % trace.size();
                        }
                        connection.setAutoCommit(true);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return transactions.get() / transactionsPerJourney() / seconds;
    }

    /** Checks that the floor tables hold what the replays inserted and did not delete; returns the rows inserted. */
    long verify() throws SQLException {
        long rows = 0;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String floor : floorTable.values()) {
                try (ResultSet r = s.executeQuery("select count(*) from " + floor)) {
                    r.next();
                    rows += r.getLong(1) - (long) SEEDS * clients;
                }
            }
        }
        if (rows != inserted.get() - deleted.get()) {
            throw new IllegalStateException("floor tables hold " + rows + " rows beyond the seeds, the replays inserted "
                + inserted.get() + " and deleted " + deleted.get());
        }
        return inserted.get();
    }

    private static String seed(int client, int n) {
        return "seed-" + client + "-" + n;
    }

    private String payload(String table) {
        int width = payloadWidth.get(table);
        StringBuilder b = new StringBuilder(width);
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < width; i++) {
            b.append((char) ('a' + random.nextInt(26)));
        }
        return b.toString();
    }

    /** The real table's average row in bytes, from PostgreSQL's statistics; 100 if it has none. */
    private static int averageRow(Connection c, String table) {
        String name = table.toLowerCase(Locale.ROOT);
        try (Statement s = c.createStatement()) {
            s.execute("analyze " + name);
            try (PreparedStatement widths = c.prepareStatement(
                "select coalesce(sum(avg_width), 0) from pg_stats where schemaname = current_schema() and tablename = ?")) {
                widths.setString(1, name);
                try (ResultSet r = widths.executeQuery()) {
                    r.next();
                    int width = r.getInt(1);
                    return width > 0 ? width : 100;
                }
            }
        } catch (SQLException notATable) {
            return 100;
        }
    }

    /** One client's replay: its own rows per table, oldest first. */
    private final class Replay {
        private final int client;
        private final Map<String, Deque<String>> rows = new HashMap<>();

        Replay(int client) {
            this.client = client;
        }

        void run(Connection c, Transaction transaction) throws SQLException {
            boolean autocommit = transaction.end() == End.AUTOCOMMIT;
            if (c.getAutoCommit() != autocommit) {
                c.setAutoCommit(autocommit);
            }
            long insertedHere = 0;
            long deletedHere = 0;
            List<String> insertedKeys = new ArrayList<>();
            for (Execution e : transaction.executions()) {
                String table = floorTable.get(e.table());
                Deque<String> own = rows.computeIfAbsent(e.table(), k -> new ArrayDeque<>());
                switch (e.kind()) {
                    case "insert" -> {
                        try (PreparedStatement p = c.prepareStatement("insert into " + table + " (id, payload) values (?, ?)")) {
                            for (long i = 0; i < e.rows(); i++) {
                                String key = UUID.randomUUID().toString();
                                p.setString(1, key);
                                p.setString(2, payload(e.table()));
                                own.addLast(key);
                                insertedKeys.add(e.table() + "\u0000" + key);
                                if (e.batch()) {
                                    p.addBatch();
                                } else {
                                    p.executeUpdate();
                                }
                            }
                            if (e.batch()) {
                                p.executeBatch();
                            }
                            insertedHere += e.rows();
                        }
                    }
                    case "update" -> {
                        try (PreparedStatement p = c.prepareStatement("update " + table + " set payload = ? where id = ?")) {
                            var newest = own.descendingIterator();
                            for (long i = 0; i < e.rows(); i++) {
                                p.setString(1, payload(e.table()));
                                p.setString(2, newest.hasNext() ? newest.next() : seed(client, ThreadLocalRandom.current().nextInt(SEEDS)));
                                if (e.batch()) {
                                    p.addBatch();
                                } else {
                                    p.executeUpdate();
                                }
                            }
                            if (e.batch()) {
                                p.executeBatch();
                            }
                        }
                    }
                    case "delete" -> {
                        try (PreparedStatement p = c.prepareStatement("delete from " + table + " where id = ?")) {
                            for (long i = 0; i < e.rows(); i++) {
                                String key = own.pollFirst();
                                p.setString(1, key == null ? "missing-" + UUID.randomUUID() : key);
                                if (e.batch()) {
                                    p.addBatch();
                                } else {
                                    deletedHere += p.executeUpdate();
                                }
                            }
                            if (e.batch()) {
                                for (int n : p.executeBatch()) {
                                    deletedHere += Math.max(0, n);
                                }
                            }
                        }
                    }
                    case "select" -> select(c, table);
                    default -> {
                        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select 1")) {
                            r.next();
                        }
                    }
                }
            }
            if (autocommit) {
                inserted.addAndGet(insertedHere);
                deleted.addAndGet(deletedHere);
            } else if (transaction.end() == End.COMMIT) {
                c.commit();
                inserted.addAndGet(insertedHere);
                deleted.addAndGet(deletedHere);
            } else {
                c.rollback();
                // what the rollback took back is not there: forget the keys it inserted
                for (String k : insertedKeys) {
                    int cut = k.indexOf('\u0000');
                    rows.get(k.substring(0, cut)).remove(k.substring(cut + 1));
                }
            }
        }

        private void select(Connection c, String table) throws SQLException {
            try (PreparedStatement p = c.prepareStatement("select id, payload from " + table + " where id = ?")) {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                p.setString(1, seed(random.nextInt(clients), random.nextInt(SEEDS)));
                try (ResultSet r = p.executeQuery()) {
                    if (!r.next()) {
                        throw new IllegalStateException("seeded row missing in " + table);
                    }
                }
            }
        }
    }
}
