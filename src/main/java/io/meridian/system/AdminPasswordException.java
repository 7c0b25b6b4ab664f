package io.meridian.system;

/** The production administrator's password is missing or guessable: the server refuses to start. */
class AdminPasswordException extends RuntimeException {

    AdminPasswordException(String message) {
        super(message);
    }
}
