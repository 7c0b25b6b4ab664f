package io.meridian.outage;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.TransactionSystemException;

/**
 * Whether a failure is the database out of reach, and what the caller is told then. A connection the pool could not
 * get in time (HikariCP's {@link SQLTransientConnectionException}), one the driver lost or could not open (SQLState
 * class 08, {@link SQLNonTransientConnectionException}), PostgreSQL shutting down or starting (57P01, 57P02, 57P03),
 * and Spring's {@link DataAccessResourceFailureException} for any of them, anywhere in the chain of causes (the engine
 * and Spring's transactions wrap them).
 */
public final class DatabaseOutage {

    /** Seconds a caller is asked to wait before sending again: about what a restart of PostgreSQL takes. */
    public static final int RETRY_AFTER_SECONDS = 10;

    /** What the caller reads. */
    public static final String MESSAGE = "The database cannot be reached at the moment, so the server could not answer. "
        + "Send the request again in a moment (Retry-After: " + RETRY_AFTER_SECONDS + " s); with the same Idempotency-Key "
        + "a change is made once.";

    /**
     * The request attribute an answer sets to the failure when it answered 503 for the outage itself (engine-rest's error
     * mappers), so that the outage filter learns of it as of a failure that reached it.
     */
    public static final String ANSWERED = DatabaseOutage.class.getName() + ".answered";

    private DatabaseOutage() {
    }

    /** Whether {@code failure} or one of its causes is the database out of reach. */
    public static boolean in(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> toRead = new ArrayDeque<>();
        toRead.add(failure);
        while (!toRead.isEmpty()) {
            for (Throwable cause = toRead.poll(); cause != null && seen.add(cause); cause = cause.getCause()) {
                if (outOfReach(cause)) {
                    return true;
                }
                // PostgreSQL ended the connection mid-transaction: the rollback fails on the closed connection ("Connection
                // is closed", no SQLState), and Spring keeps the failure that says why beside the cause, not in it
                if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                    toRead.add(rollback.getApplicationException());
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code failure} is the pool's wait for a connection running out (HikariCP's {@link
     * SQLTransientConnectionException}): the database stayed out of reach for that long, not just a connection that a
     * restart of PostgreSQL ended, after which the next request gets a new one.
     */
    public static boolean waitedOut(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> toRead = new ArrayDeque<>();
        toRead.add(failure);
        while (!toRead.isEmpty()) {
            for (Throwable cause = toRead.poll(); cause != null && seen.add(cause); cause = cause.getCause()) {
                if (cause instanceof SQLTransientConnectionException) {
                    return true;
                }
                if (cause instanceof TransactionSystemException rollback && rollback.getApplicationException() != null) {
                    toRead.add(rollback.getApplicationException());
                }
            }
        }
        return false;
    }

    /** The failure in one line for the log: its type and message, and the cause that says the database is out of reach. */
    public static String oneLine(Throwable failure) {
        Throwable root = failure;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        while (root.getCause() != null && seen.add(root)) {
            root = root.getCause();
        }
        String line = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        if (root != failure) {
            line += " (cause " + root.getClass().getSimpleName() + ": " + root.getMessage() + ")";
        }
        return line.replaceAll("\\s+", " ");
    }

    private static boolean outOfReach(Throwable cause) {
        if (cause instanceof DataAccessResourceFailureException
            || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03");
        }
        return false;
    }
}
