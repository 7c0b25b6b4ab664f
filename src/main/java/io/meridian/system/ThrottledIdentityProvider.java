package io.meridian.system;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/**
 * Camunda's database identity provider that tells the {@link LoginThrottle} how each password
 * check of a request ended. Every login goes through it: {@code /api}, engine-rest's HTTP Basic
 * and the webapps' login form all call {@code IdentityService.checkPassword}.
 *
 * <p>Camunda's own throttling (loginMaxAttempts, loginDelay*) is switched off here: it locks the
 * account for every caller, so anyone who can reach the server could keep a user out, and it writes
 * the user row on every wrong password (concurrent ones then fail with an optimistic lock).
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

    private final LoginThrottle throttle;

    ThrottledIdentityProvider(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        boolean right = super.checkPassword(userId, password);
        throttle.checked(userId, right);
        return right;
    }

    /** Never locked for everyone; a lock left by an older version is ignored as well. */
    @Override
    protected boolean isUserLocked(UserEntity user) {
        return false;
    }

    @Override
    protected void lockUser(UserEntity user) {
        // counted per address and user by the LoginThrottle instead
    }

    /** Opens one provider per command, as Camunda's own factory does. */
    record Factory(LoginThrottle throttle) implements SessionFactory {
        @Override
        public Class<?> getSessionType() {
            return ThrottledIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new ThrottledIdentityProvider(throttle);
        }
    }
}
