package io.meridian.system;

import java.util.Optional;

/** The id in the path names nothing; answered with 404. */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String message) {
        super(message);
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
