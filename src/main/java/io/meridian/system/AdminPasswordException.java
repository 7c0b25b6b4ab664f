package io.meridian.system;

/** The production administrator's password is missing or guessable, or its email address is no address: the server refuses to start. */
class AdminPasswordException extends RuntimeException {

    AdminPasswordException(String message) {
        super(message);
    }
}
