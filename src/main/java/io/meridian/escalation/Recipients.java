package io.meridian.escalation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;

/**
 * Email addresses from Camunda's identity service, each user and group looked up once per
 * sweep: a sweep that reminds a hundred tasks of the sales group asks for its members once.
 * Users without an email address are left out.
 */
final class Recipients {

    private final IdentityService identity;
    private final Map<String, Optional<String>> users = new HashMap<>();
    private final Map<String, List<String>> groups = new HashMap<>();

    Recipients(IdentityService identity) {
        this.identity = identity;
    }

    Optional<String> ofUser(String userId) {
        return users.computeIfAbsent(userId, id -> Optional.ofNullable(identity.createUserQuery().userId(id).singleResult())
            .map(User::getEmail).filter(email -> !email.isBlank()));
    }

    List<String> ofGroup(String groupId) {
        return groups.computeIfAbsent(groupId, id -> identity.createUserQuery().memberOfGroup(id).orderByUserId().asc().list()
            .stream().map(User::getEmail).filter(email -> email != null && !email.isBlank()).toList());
    }
}
