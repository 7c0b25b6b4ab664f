package io.meridian.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused administrator password into a start-up report that says what to do. */
class AdminPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdminPasswordException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, AdminPasswordException cause) {
        if (cause.getMessage().startsWith("MERIDIAN_ADMIN_EMAIL")) {
            return new FailureAnalysis("Meridian refuses to start: " + cause.getMessage(),
                "Set MERIDIAN_ADMIN_EMAIL to the administrator's email address, or leave it unset.", cause);
        }
        return new FailureAnalysis("Meridian refuses to start: " + cause.getMessage(),
            "Set the environment variable MERIDIAN_ADMIN_PASSWORD to a secret password for the administrator "
                + "(MERIDIAN_ADMIN_USER, default 'admin'), different from the user id and from any demo password.",
            cause);
    }
}
