package io.meridian.benchmark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
 */
public class SqlStatementCounter implements BeanPostProcessor {

    private static final Pattern SHAPE = Pattern.compile(
        "^\\s*(select|insert|update|delete|merge)\\b.*?\\b(?:from|into|update)\\s+([\\w.\"]+)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern UPDATE = Pattern.compile("^\\s*update\\s+([\\w.\"]+)", Pattern.CASE_INSENSITIVE);

    private final Map<String, LongAdder> statements = new ConcurrentHashMap<>();

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
    }

    /** Statements since the last reset, by shape ("insert ACT_RU_VARIABLE"), most frequent first. */
    public Map<String, Long> snapshot() {
        return statements.entrySet().stream()
            .map(e -> Map.entry(e.getKey(), e.getValue().sum()))
            .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    public long total() {
        return statements.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** The total of one kind: select, insert, update, delete (or other). */
    public long total(String kind) {
        return statements.entrySet().stream().filter(e -> e.getKey().startsWith(kind + " ")).mapToLong(e -> e.getValue().sum()).sum();
    }

    void count(String sql, long times) {
        statements.computeIfAbsent(shape(sql), k -> new LongAdder()).add(times);
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

    private Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(target, method, args);
            String name = method.getName();
            if (result instanceof CallableStatement call && name.equals("prepareCall")) {
                return statement(CallableStatement.class, call, (String) args[0]);
            }
            if (result instanceof PreparedStatement prepared && name.equals("prepareStatement")) {
                return statement(PreparedStatement.class, prepared, (String) args[0]);
            }
            if (result instanceof Statement plain && name.equals("createStatement")) {
                return statement(Statement.class, plain, null);
            }
            return result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, S statement, String preparedSql) {
        long[] batched = {0};
        java.util.List<String> plainBatch = new java.util.ArrayList<>();
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
                        count(preparedSql, batched[0]);
                    }
                    plainBatch.forEach(sql -> count(sql, 1));
                    batched[0] = 0;
                    plainBatch.clear();
                }
                case "clearBatch" -> {
                    batched[0] = 0;
                    plainBatch.clear();
                }
                case "execute", "executeQuery", "executeUpdate", "executeLargeUpdate" ->
                    count(args != null && args.length > 0 && args[0] instanceof String sql ? sql : preparedSql, 1);
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
