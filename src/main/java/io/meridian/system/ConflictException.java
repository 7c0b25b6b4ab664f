package io.meridian.system;

/** The request does not fit the current state (payment before acceptance, ...); answered with 409. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
