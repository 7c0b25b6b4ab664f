package io.meridian.idempotency;

import java.util.regex.Pattern;

/**
 * Which requests take an {@code Idempotency-Key} and what it may be: the filter checks them by this, and the OpenAPI
 * description declares the header on exactly these operations.
 */
public final class IdempotentRequests {

    /** The request header a caller names its attempt with. */
    public static final String KEY = "Idempotency-Key";
    /** The answer header of a repeat, which answers as the first did and changes nothing. */
    public static final String REPLAYED = "Idempotency-Replayed";
    /** A key: 1 to 200 visible ASCII characters (after leading and trailing blanks are dropped). */
    public static final String KEY_PATTERN = "[\\x21-\\x7E]{1,200}";

    /** A journey's, order's or complaint's events, and a client's scores (which may open a complaint and an improvement report). */
    private static final Pattern EVENT_PATHS = Pattern.compile("/api/(inquiries|orders|complaints)(/.*)?|/api/clients/[^/]+/surveys");
    private static final Pattern VALID_KEY = Pattern.compile(KEY_PATTERN);

    private IdempotentRequests() {
    }

    /** Every POST that changes a journey, order or complaint, or records a client's scores; {@code path} without the context path. */
    public static boolean takesKey(String method, String path) {
        return "POST".equalsIgnoreCase(method) && EVENT_PATHS.matcher(path).matches();
    }

    static boolean validKey(String key) {
        return VALID_KEY.matcher(key).matches();
    }
}
