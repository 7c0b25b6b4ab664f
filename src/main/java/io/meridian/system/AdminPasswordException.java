package io.meridian.system;

/**
 * The production administrator's password is missing or guessable, or its email address is no address: the server
 * refuses to start, and says what to set ({@link #action}).
 */
class AdminPasswordException extends RuntimeException {

    private final String action;

    private AdminPasswordException(String message, String action) {
        super(message);
        this.action = action;
    }

    /** The user id or password ({@code MERIDIAN_ADMIN_USER}, {@code MERIDIAN_ADMIN_PASSWORD}) is refused. */
    static AdminPasswordException password(String message) {
        return new AdminPasswordException(message,
            "Set the environment variable MERIDIAN_ADMIN_PASSWORD to a secret password for the administrator "
                + "(MERIDIAN_ADMIN_USER, default 'admin'), different from the user id and from any demo password.");
    }

    /** {@code MERIDIAN_ADMIN_EMAIL} is no email address. */
    static AdminPasswordException email(String message) {
        return new AdminPasswordException(message,
            "Set MERIDIAN_ADMIN_EMAIL to the administrator's email address, or leave it unset.");
    }

    /** What to set for the server to start. */
    String action() {
        return action;
    }
}
