package io.meridian.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the SQL statements the application sends, by kind and table ({@code insert ACT_RU_VARIABLE}),
 * whatever sends them (the engine's MyBatis, Spring JDBC, Flyway): every {@link DataSource} bean
 * is wrapped so that each execution counts once, and each row of a JDBC batch counts once (as
 * the database executes it once). Add it to a Spring test with {@code @Import(SqlStatementCounter.class)},
 * then {@link #reset()}, do the work, and read {@link #snapshot()}. Counts every thread: run
 * without the job executor and the outbox poller (the test configuration's default) and run
 * continuations yourself, or the count takes in background work.
 *
 * <p>It also counts the transactions those statements ran in ({@link #transactions()}): a commit
 * or rollback of a connection that ran at least one statement since its last one (the driver sends
 * nothing for an empty one), split into those that wrote and those that only read, and each
 * statement run in auto-commit mode as a transaction of its own. With {@link #record(boolean)} on
 * it keeps every such transaction as the list of its statements' shapes, in order, with the JDBC
 * batches as they were sent ({@link #trace()}): {@link DatabaseFloor} replays that.
 */
public class SqlStatementCounter implements BeanPostProcessor {

    private static final Pattern SHAPE = Pattern.compile(
        "^\\s*(select|insert|update|delete|merge)\\b.*?\\b(?:from|into|update)\\s+([\\w.\"]+)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern UPDATE = Pattern.compile("^\\s*update\\s+([\\w.\"]+)", Pattern.CASE_INSENSITIVE);

    /** One execution: a statement's shape ("insert ACT_RU_TASK"), the rows it sent (a batch: several), whether as a JDBC batch. */
    public record Execution(String shape, long rows, boolean batch) {
        public String kind() {
            return shape.substring(0, shape.indexOf(' '));
        }

        public String table() {
            return shape.substring(shape.indexOf(' ') + 1);
        }
    }

    /** How a transaction ended: committed, rolled back, or a single statement in auto-commit mode. */
    public enum End { COMMIT, ROLLBACK, AUTOCOMMIT }

    /** One transaction: its executions in the order they were sent, and how it ended. */
    public record Transaction(List<Execution> executions, End end) {
        public boolean writes() {
            return executions.stream().anyMatch(e -> !e.kind().equals("select"));
        }
    }

    private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();
    /** Each statement's SQL as sent, for {@link #matching}. */
    private final Map<String, LongAdder> sql = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> transactions = new ConcurrentHashMap<>();
    private final List<Transaction> trace = Collections.synchronizedList(new ArrayList<>());
    private volatile boolean recording;
    private volatile boolean paused;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !Proxy.isProxyClass(bean.getClass())) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(target, method, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    public void reset() {
        statements.clear();
        sql.clear();
        transactions.clear();
        trace.clear();
    }

    /**
     * Runs {@code work} without counting its statements or transactions (on any thread): for a test's
     * own look-ups between the requests it measures. Not reentrant.
     */
    public <T> T uncounted(java.util.function.Supplier<T> work) {
        // a nested call would count again from its end on
        assertThat(paused).as("uncounted(...) inside uncounted(...)").isFalse();
        paused = true;
        try {
            return work.get();
        } finally {
            paused = false;
        }
    }

    /** Keeps (or stops keeping) every transaction with its statements for {@link #trace()}; {@link #reset()} forgets them. */
    public void record(boolean on) {
        recording = on;
    }

    /** The transactions kept since the last reset while recording was on, in the order they ended. */
    public List<Transaction> trace() {
        synchronized (trace) {
            return List.copyOf(trace);
        }
    }

    /**
     * Transactions since the last reset: "commit (writes)", "commit (read only)", "rollback" and
     * "autocommit (writes)", "autocommit (read only)" (one statement each).
     */
    public Map<String, Long> transactions() {
        return new TreeMap<>(transactions.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().sum())));
    }

    /** Statements since the last reset, by shape ("insert ACT_RU_VARIABLE"), most frequent first. */
    public Map<String, Long> snapshot() {
        return statements.entrySet().stream()
            .map(e -> Map.entry(e.getKey(), e.getValue().sum()))
            .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    /**
     * Statements since the last reset whose SQL (white space folded to one space) {@code pattern} finds, with how often each
     * ran: for a count that the shape cannot tell apart (a list of running process instances from a look-up of one).
     */
    public Map<String, Long> matching(Pattern pattern) {
        return sql.entrySet().stream().map(e -> Map.entry(e.getKey().strip().replaceAll("\\s+", " "), e.getValue().sum()))
            .filter(e -> pattern.matcher(e.getKey()).find())
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, Long::sum, TreeMap::new));
    }

    public long total() {
        return statements.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** The total of one kind: select, insert, update, delete (or other). */
    public long total(String kind) {
        return statements.entrySet().stream().filter(e -> e.getKey().startsWith(kind + " ")).mapToLong(e -> e.getValue().sum()).sum();
    }

    private void count(String shape, long times) {
        statements.computeIfAbsent(shape, k -> new LongAdder()).add(times);
    }

    static String shape(String sql) {
        if (sql == null) {
            return "other ?";
        }
        Matcher update = UPDATE.matcher(sql);
        if (update.find()) {
            return "update " + table(update.group(1));
        }
        Matcher m = SHAPE.matcher(sql);
        if (m.find()) {
            return m.group(1).toLowerCase(Locale.ROOT) + " " + table(m.group(2));
        }
        String first = sql.strip().split("\\s+", 2)[0].toLowerCase(Locale.ROOT);
        return "other " + first;
    }

    private static String table(String name) {
        String plain = name.replace("\"", "");
        int dot = plain.lastIndexOf('.');
        return (dot >= 0 ? plain.substring(dot + 1) : plain).toUpperCase(Locale.ROOT);
    }

    private void ended(List<Execution> executions, End end) {
        Transaction transaction = new Transaction(List.copyOf(executions), end);
        String kind = switch (end) {
            case COMMIT -> "commit";
            case ROLLBACK -> "rollback";
            case AUTOCOMMIT -> "autocommit";
        };
        transactions.computeIfAbsent(end == End.ROLLBACK ? kind : kind + (transaction.writes() ? " (writes)" : " (read only)"),
            k -> new LongAdder()).increment();
        if (recording) {
            trace.add(transaction);
        }
    }

    /** The statements a connection sent since its transaction began, ended by commit, rollback or auto-commit. */
    private final class Session {
        private final Connection target;
        private final List<Execution> open = new ArrayList<>();

        Session(Connection target) {
            this.target = target;
        }

        void executed(String sql, long rows, boolean batch) throws java.sql.SQLException {
            if (paused) {
                return;
            }
            String shape = shape(sql);
            count(shape, rows);
            SqlStatementCounter.this.sql.computeIfAbsent(sql == null ? "" : sql, k -> new LongAdder()).add(rows);
            Execution execution = new Execution(shape, rows, batch);
            if (target.getAutoCommit()) {
                ended(List.of(execution), End.AUTOCOMMIT);
            } else {
                open.add(execution);
            }
        }

        /** Before commit, rollback, close and a switch to auto-commit (which commits, JDBC says). */
        void before(String method, Object[] args) throws java.sql.SQLException {
            if (open.isEmpty()) {
                return;
            }
            boolean ends = switch (method) {
                case "commit", "rollback", "close" -> !(method.equals("rollback") && args != null && args.length == 1);
                case "setAutoCommit" -> Boolean.TRUE.equals(args[0]) && !target.getAutoCommit();
                default -> false;
            };
            if (ends) {
                // a pool rolls back what a closed connection left open
                ended(open, method.equals("commit") || method.equals("setAutoCommit") ? End.COMMIT : End.ROLLBACK);
                open.clear();
            }
        }
    }

    private Connection connection(Connection connection) {
        Session session = new Session(connection);
        return proxy(Connection.class, connection, (target, method, args) -> {
            String name = method.getName();
            session.before(name, args);
            Object result = invoke(target, method, args);
            if (result instanceof CallableStatement call && name.equals("prepareCall")) {
                return statement(CallableStatement.class, call, (String) args[0], session);
            }
            if (result instanceof PreparedStatement prepared && name.equals("prepareStatement")) {
                return statement(PreparedStatement.class, prepared, (String) args[0], session);
            }
            if (result instanceof Statement plain && name.equals("createStatement")) {
                return statement(Statement.class, plain, null, session);
            }
            return result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, S statement, String preparedSql, Session session) {
        long[] batched = {0};
        List<String> plainBatch = new ArrayList<>();
        return proxy(type, statement, (target, method, args) -> {
            String name = method.getName();
            switch (name) {
                case "addBatch" -> {
                    if (args != null && args.length == 1 && args[0] instanceof String sql) {
                        plainBatch.add(sql);
                    } else {
                        batched[0]++;
                    }
                }
                case "executeBatch", "executeLargeBatch" -> {
                    if (batched[0] > 0) {
                        session.executed(preparedSql, batched[0], true);
                    }
                    for (String sql : plainBatch) {
                        session.executed(sql, 1, true);
                    }
                    batched[0] = 0;
                    plainBatch.clear();
                }
                case "clearBatch" -> {
                    batched[0] = 0;
                    plainBatch.clear();
                }
                case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" ->
                    session.executed(args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql, 1, false);
                default -> {
                }
            }
            return invoke(target, method, args);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Handler<T> handler) {
        InvocationHandler invocation = (p, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
                return target;
            }
            if (method.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> wanted && wanted.isInstance(target)) {
                return true;
            }
            return handler.handle(target, method, args);
        };
        return (T) Proxy.newProxyInstance(SqlStatementCounter.class.getClassLoader(), new Class<?>[] {type}, invocation);
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    @FunctionalInterface
    private interface Handler<T> {
        Object handle(T target, Method method, Object[] args) throws Throwable;
    }
}
