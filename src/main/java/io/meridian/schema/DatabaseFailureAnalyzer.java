package io.meridian.schema;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.env.Environment;

/**
 * Turns a start that cannot reach or sign in to its database into a start-up report that names the setting to correct
 * ({@code MERIDIAN_DB_URL}, {@code MERIDIAN_DB_USER}, {@code MERIDIAN_DB_PASSWORD}) and what to do, instead of the
 * 180 lines of nested stack traces Spring prints for it: a wrong password, a host that has no DNS name, a server that
 * does not answer at the URL's host and port, a database name the server does not have, an H2 file another process has
 * open, a URL the driver does not take. The password is never printed; one in the URL is shown as {@code ******}.
 * Every other failure (a failing migration, say) is left to Spring's report with its stack trace.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

    static final String URL = "MERIDIAN_DB_URL (spring.datasource.url)";
    static final String CREDENTIALS = "MERIDIAN_DB_USER and MERIDIAN_DB_PASSWORD (spring.datasource.username, spring.datasource.password)";
    private static final String README = " (README \"Running on PostgreSQL\")";
    private static final Pattern HOST_AND_PORT = Pattern.compile("//\\[?([^/?;:\\]]*)\\]?(?::(\\d+))?");
    private static final Pattern PASSWORD_IN_URL = Pattern.compile("(?i)(password\\w*=)[^&;]*");

    private final Environment environment;

    DatabaseFailureAnalyzer(Environment environment) {
        this.environment = environment;
    }

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        String url = shown(environment.getProperty("spring.datasource.url", "the configured database"));
        String user = environment.getProperty("spring.datasource.username", "");
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                FailureAnalysis analysis = analyze(sql, url, user);
                if (analysis != null) {
                    return analysis;
                }
            }
            String message = cause.getMessage();
            if (message != null && message.contains("claims to not accept jdbcUrl")) {
                return report("the database driver does not take the URL " + url + " (a PostgreSQL URL reads "
                    + "jdbc:postgresql://HOST:5432/DATABASE).", "Correct " + URL + README + ".", cause);
            }
        }
        return null;
    }

    private static FailureAnalysis analyze(SQLException sql, String url, String user) {
        String state = sql.getSQLState();
        String said = firstLine(sql.getMessage());
        if (state.startsWith("28")) {
            return report("the database " + url + " refused the sign-in of user '" + user + "': " + said,
                "Correct " + CREDENTIALS + ": the role and password created for the server" + README + ".", sql);
        }
        if (state.equals("3D000")) {
            return report("the database server of " + url + " has no such database: " + said,
                "Correct the database name in " + URL + ", or create the database" + README + ".", sql);
        }
        if (state.equals("90020")) {
            return report("the H2 file of " + url + " is open in another process (another Meridian server started "
                + "in the same folder?): " + said, "Stop the other server, or give this one a database of its own with " + URL + ".", sql);
        }
        if (state.startsWith("08")) {
            String server = hostAndPort(url);
            if (causedBy(sql, UnknownHostException.class)) {
                return report("the host of " + url + " is not known (no DNS name " + server.replaceFirst(":\\d+$", "") + ").",
                    "Correct the host in " + URL + ".", sql);
            }
            if (causedBy(sql, ConnectException.class)) {
                return report("no database server answers at " + server + ", the host and port of " + url + ": " + said,
                    "Start the database server (Debian: pg_ctlcluster), or correct the host and port in " + URL + ".", sql);
            }
            return report("the database " + url + " cannot be reached: " + said,
                "Check that the database server runs and " + URL + " names it.", sql);
        }
        return null;
    }

    private static FailureAnalysis report(String description, String action, Throwable cause) {
        return new FailureAnalysis("Meridian refuses to start: " + description, action, cause);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** {@code host:port} of a JDBC URL such as {@code jdbc:postgresql://db:5432/meridian}, PostgreSQL's port if none. */
    static String hostAndPort(String url) {
        Matcher matcher = HOST_AND_PORT.matcher(url);
        if (!matcher.find()) {
            return url;
        }
        String host = matcher.group(1).isEmpty() ? "localhost" : matcher.group(1);
        String port = matcher.group(2) != null ? matcher.group(2)
            : url.toLowerCase(Locale.ROOT).startsWith("jdbc:postgresql:") ? "5432" : null;
        return port == null ? host : host + ":" + port;
    }

    /** {@code url} as a report may print it: a password in it shown as {@code ******}. */
    static String shown(String url) {
        return PASSWORD_IN_URL.matcher(url).replaceAll("$1******");
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
    }
}
