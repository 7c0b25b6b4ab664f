package io.meridian.system;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Email addresses of the staff, from Camunda's identity service. Read as the system: the
 * processes inform people whoever completed the step that triggers it. Users without an email
 * address are left out.
 */
@Component
public class StaffDirectory {

    private static final int MAX_MEMBERS = 200;

    private final IdentityService identity;
    private final EngineReads reads;

    StaffDirectory(IdentityService identity, EngineReads reads) {
        this.identity = identity;
        this.reads = reads;
    }

    /** The members' addresses, in user-id order, at most 200. */
    public List<String> emailsOf(String group) {
        return reads.asSystem(() -> identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().listPage(0, MAX_MEMBERS))
            .stream().map(User::getEmail).filter(StaffDirectory::present).distinct().toList();
    }

    public Optional<String> emailOf(String userId) {
        return Optional.ofNullable(reads.asSystem(() -> identity.createUserQuery().userId(userId).singleResult()))
            .map(User::getEmail).filter(StaffDirectory::present);
    }

    private static boolean present(String email) {
        return email != null && !email.isBlank();
    }
}
