package io.meridian.messages;

import java.util.Optional;

import io.meridian.names.PersonNames;
import io.meridian.system.Groups;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * The name a client email may print for the user who wrote or recorded it: their first and last name in Camunda's
 * identity ("Sam Demo"). None for a member of {@code integrations} (a system's login, not a person: the shop's "Shop
 * Demo"), a user without a name (a login is no name to sign with) or an unknown user: the email then names the team
 * that signs it. The caller may need to read users it is not allowed to: run it without authorization.
 */
public final class WriterNames {

    private WriterNames() {
    }

    public static Optional<String> of(IdentityService identity, String userId) {
        if (userId == null || userId.isBlank()) {
            return Optional.empty();
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null || identity.createGroupQuery().groupMember(userId).groupId(Groups.INTEGRATIONS).count() > 0) {
            return Optional.empty();
        }
        return PersonNames.of(user);
    }
}
