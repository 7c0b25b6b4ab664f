package io.meridian.system;

/**
 * The production administrator's password is missing or guessable, its email address is no address, or other users
 * sign in with a guessable password: the server refuses to start, and says what to do ({@link #action}).
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

    /** Users of the database sign in with a password anyone would try ({@link GuessablePasswords}). */
    static AdminPasswordException guessableUsers(String message) {
        return new AdminPasswordException(message,
            "Give each of them a password of their own in Camunda Admin (a run without the prod profile on the same database), "
                + "or start once with MERIDIAN_DELETE_DEMO_USERS=true to delete them, with their group memberships and grants.");
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
