package io.meridian.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP Basic check, asking the {@link SignInCache} first: credentials that were right a moment
 * ago sign the user in with the groups and tenants read then, without a password check or a query. On a
 * miss it is Camunda's check, after which it reads the groups and tenants as Camunda's filter would (a
 * group's members, a tenant's members with the groups of the user) and hands them over with the result,
 * so the filter reads nothing more. A remembered sign-in counts as a right password for the
 * {@link LoginThrottle}, as the password check it stands for would.
 */
class RememberedHttpBasic extends HttpBasicAuthenticationProvider {

    private static final String BASIC = "Basic ";

    private final SignInCache signIns;
    private final LoginThrottle throttle;

    RememberedHttpBasic(SignInCache signIns, LoginThrottle throttle) {
        this.signIns = signIns;
        this.throttle = throttle;
    }

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.startsWith(BASIC)) {
            return super.extractAuthenticatedUser(request, engine);
        }
        String credentials = header.substring(BASIC.length());
        Optional<SignInCache.SignedIn> known = signIns.find(engine.getName(), credentials);
        if (known.isPresent()) {
            throttle.checked(known.get().user(), true);
            return signedIn(known.get().user(), known.get().groups(), known.get().tenants());
        }
        long changesBefore = signIns.changes();
        AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
        if (!result.isAuthenticated()) {
            return result;
        }
        String user = result.getAuthenticatedUser();
        IdentityService identity = engine.getIdentityService();
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        List<String> tenants = identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
            .map(Tenant::getId).toList();
        signIns.remember(changesBefore, engine.getName(), credentials, user, groups, tenants);
        return signedIn(user, groups, tenants);
    }

    private static AuthenticationResult signedIn(String user, List<String> groups, List<String> tenants) {
        AuthenticationResult result = AuthenticationResult.successful(user);
        // mutable copies: the filter hands them to the engine, as it does the lists it reads itself
        result.setGroups(new ArrayList<>(groups));
        result.setTenants(new ArrayList<>(tenants));
        return result;
    }
}
