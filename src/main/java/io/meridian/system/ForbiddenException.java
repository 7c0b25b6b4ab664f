package io.meridian.system;

/** The authenticated user may not do this; answered with 403. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
