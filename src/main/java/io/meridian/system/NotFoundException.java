package io.meridian.system;

import java.util.Optional;

/**
 * The id in the path names nothing, or an id the body gives ({@link #field}: the body's field, e.g. {@code orderId});
 * answered with 404, naming that field in the problem's {@code errors}.
 */
public class NotFoundException extends RuntimeException {

    private final String field;

    public NotFoundException(String message) {
        this(message, null);
    }

    private NotFoundException(String message, String field) {
        super(message);
        this.field = field;
    }

    /** The same refusal of an id the request's body gives in {@code field}. */
    public NotFoundException inField(String field) {
        return new NotFoundException(getMessage(), field);
    }

    /** The body's field whose id names nothing; empty for an id in the path. */
    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    /**
     * No {@code kind} (order, complaint) has the id {@code id}; when {@code id} is one's number, as the emails and the team
     * quote it, {@code idOfNumber} holds that one's id, and the answer names it with its path under {@code path}
     * ({@code /api/orders}).
     */
    public static NotFoundException byId(String kind, String path, String id, Optional<String> idOfNumber) {
        return new NotFoundException("no " + kind + " with id '" + id + "'" + idOfNumber.map(real -> ": " + id.trim()
            + " is the number of " + kind + " " + real + ", and the API names " + (kind.matches("[aeiou].*") ? "an " : "a ") + kind
            + " by its id (" + path + "/" + real + ")").orElse(""));
    }
}
