package io.meridian.system;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;
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
    private final ObjectProvider<ConfiguredTeams> configured;

    StaffDirectory(IdentityService identity, EngineReads reads, ObjectProvider<ConfiguredTeams> configured) {
        this.identity = identity;
        this.reads = reads;
        this.configured = configured;
    }

    /**
     * Every group a task can be given to: those in the identity service and those the server creates
     * at every start ({@link Groups}, the configured teams), which a first start may not have created yet.
     */
    public SortedSet<String> groupIds() {
        SortedSet<String> ids = new TreeSet<>(Groups.ALL.keySet());
        configured.orderedStream().forEach(c -> c.teams().forEach(team -> ids.add(team.group())));
        reads.asSystem(() -> identity.createGroupQuery().list()).stream().map(Group::getId).forEach(ids::add);
        return ids;
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
