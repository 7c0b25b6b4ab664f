package io.meridian.h2file;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * The two settings an H2 URL needs for what the server promises, added to a URL that lacks them (an own
 * {@code MERIDIAN_DB_URL}, {@code --spring.datasource.url}), as the default URL carries them:
 * <ul>
 * <li>{@code WRITE_DELAY=0}: every commit is in the file before the client gets its 200 or 201. H2's default (500 ms)
 * keeps the last half second of commits in memory only, and a {@code kill -9} lost inquiries the clients had been
 * told were saved (issue 12). Not for an in-memory database, which a crash loses whole. A URL that sets another write
 * delay is refused at start, naming the setting;</li>
 * <li>{@code DEFAULT_NULL_ORDERING=HIGH}: a missing value sorts after every other in an ascending order, as on
 * PostgreSQL, so that Tasklist lists the tasks without a due date after those with one.</li>
 * </ul>
 * Other H2 URLs, and every other database's, are left as they are.
 */
final class H2UrlSettings {

    static final String PROPERTY = "spring.datasource.url";

    private H2UrlSettings() {
    }

    /** {@code url} with the settings it lacks ({@link #missing}) added; the same string when it lacks none or is not H2's. */
    static String complete(String url) {
        return with(url, missing(url));
    }

    /** {@code url} with {@code settings} ({@code NAME=value}) added at its end; the same string for none. */
    static String with(String url, List<String> settings) {
        if (settings.isEmpty()) {
            return url;
        }
        return (url.endsWith(";") ? url.substring(0, url.length() - 1) : url) + ";" + String.join(";", settings);
    }

    /** The settings {@code url} lacks, as {@code NAME=value}; none for a URL that is not H2's. */
    static List<String> missing(String url) {
        List<String> missing = new ArrayList<>();
        if (url == null || !url.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length())) {
            return missing;
        }
        String[] parts = url.split(";");
        boolean inMemory = parts[0].regionMatches(true, "jdbc:h2:".length(), "mem:", 0, "mem:".length());
        if (!inMemory) {
            String delay = setting(parts, "WRITE_DELAY");
            if (delay == null) {
                missing.add("WRITE_DELAY=0");
            } else if (!delay.strip().equals("0")) {
                throw new InvalidConfigurationPropertyValueException(PROPERTY, shown(url), "WRITE_DELAY=" + delay + " keeps the last "
                    + delay + " ms of commits in memory only, and a crash loses what clients were told was saved: remove "
                    + "WRITE_DELAY from the URL or set WRITE_DELAY=0");
            }
        }
        if (setting(parts, "DEFAULT_NULL_ORDERING") == null) {
            missing.add("DEFAULT_NULL_ORDERING=HIGH");
        }
        return missing;
    }

    /**
     * {@code url} as a start-failure report may print it: the value of every setting whose name holds
     * {@code PASSWORD} ({@code PASSWORD}, H2's file password with {@code CIPHER}) replaced by {@code ******}.
     */
    static String shown(String url) {
        String[] parts = url.split(";", -1);
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0 && parts[i].substring(0, equals).toUpperCase(Locale.ROOT).contains("PASSWORD")) {
                parts[i] = parts[i].substring(0, equals + 1) + "******";
            }
        }
        return String.join(";", parts);
    }

    /** The value of {@code name} among the URL's settings (any case), or null. */
    private static String setting(String[] parts, String name) {
        String value = null;
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0 && parts[i].substring(0, equals).strip().toUpperCase(Locale.ROOT).equals(name)) {
                value = parts[i].substring(equals + 1);
            }
        }
        return value;
    }
}
