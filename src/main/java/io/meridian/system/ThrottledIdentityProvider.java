package io.meridian.system;

import java.util.function.Supplier;

import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's database identity provider that tells the {@link LoginThrottle} how each password
 * check of a request ended. Every login goes through it: {@code /api}, engine-rest's HTTP Basic
 * and the webapps' login form all call {@code IdentityService.checkPassword}.
 *
 * <p>Camunda's own throttling (loginMaxAttempts, loginDelay*) is switched off here: it locks the
 * account for every caller, so anyone who can reach the server could keep a user out, and it writes
 * the user row on every wrong password (concurrent ones then fail with an optimistic lock).
 *
 * <p>A change to what a sign-in answers (a user and its password, a membership, a deleted group or
 * tenant) makes the {@link SignInCache} forget every sign-in once it is committed (until then the old
 * answer is the one in force); a sign-in whose reads began before that is not remembered after it
 * ({@link SignInCache#changes()}).
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {

    private final LoginThrottle throttle;
    private final SignInCache signIns;

    ThrottledIdentityProvider(LoginThrottle throttle, SignInCache signIns) {
        this.throttle = throttle;
        this.signIns = signIns;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        boolean right = super.checkPassword(userId, password);
        throttle.checked(userId, right);
        return right;
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
        return forgettingSignIns(() -> super.saveUser(user));
    }

    @Override
    public IdentityOperationResult deleteUser(String userId) {
        return forgettingSignIns(() -> super.deleteUser(userId));
    }

    @Override
    public IdentityOperationResult deleteGroup(String groupId) {
        return forgettingSignIns(() -> super.deleteGroup(groupId));
    }

    @Override
    public IdentityOperationResult deleteTenant(String tenantId) {
        return forgettingSignIns(() -> super.deleteTenant(tenantId));
    }

    @Override
    public IdentityOperationResult createMembership(String userId, String groupId) {
        return forgettingSignIns(() -> super.createMembership(userId, groupId));
    }

    @Override
    public IdentityOperationResult deleteMembership(String userId, String groupId) {
        return forgettingSignIns(() -> super.deleteMembership(userId, groupId));
    }

    @Override
    public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
        return forgettingSignIns(() -> super.createTenantUserMembership(tenantId, userId));
    }

    @Override
    public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
        return forgettingSignIns(() -> super.createTenantGroupMembership(tenantId, groupId));
    }

    @Override
    public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
        return forgettingSignIns(() -> super.deleteTenantUserMembership(tenantId, userId));
    }

    @Override
    public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
        return forgettingSignIns(() -> super.deleteTenantGroupMembership(tenantId, groupId));
    }

    private IdentityOperationResult forgettingSignIns(Supplier<IdentityOperationResult> change) {
        IdentityOperationResult result = change.get();
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            signIns.forgetAll();
        } else {
            command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED, committed -> signIns.forgetAll());
        }
        return result;
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
    record Factory(LoginThrottle throttle, SignInCache signIns) implements SessionFactory {
        @Override
        public Class<?> getSessionType() {
            return ThrottledIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new ThrottledIdentityProvider(throttle, signIns);
        }
    }
}
