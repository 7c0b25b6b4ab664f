package io.meridian.system;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
    /** Members named when none has an address. */
    private static final int NAMED_MEMBERS = 10;

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

    /**
     * A group as people call it, its id in brackets: "Managers (managers)", "Desk APAC (sales-apac)". The name is the
     * identity service's, else the built-in group's; a group without a name is its id.
     */
    public String title(String group) {
        Group found = reads.asSystem(() -> identity.createGroupQuery().groupId(group).singleResult());
        String name = found != null && found.getName() != null && !found.getName().isBlank() ? found.getName().trim()
            : Groups.ALL.get(group);
        return name == null || name.equals(group) ? group : name + " (" + group + ")";
    }

    /** The members' addresses, in user-id order, at most 200. */
    public List<String> emailsOf(String group) {
        return membersOf(group).addresses();
    }

    /**
     * A group's members as an email reaches them: their addresses, and the members who have none (whom an email
     * to the group misses).
     */
    public record Members(List<String> addresses, List<String> withoutAddress) {
    }

    /** The members of {@code group}, at most 200, in user-id order, in one read. */
    public Members membersOf(String group) {
        List<User> members = reads.asSystem(() -> identity.createUserQuery().memberOfGroup(group).orderByUserId().asc()
            .listPage(0, MAX_MEMBERS));
        return new Members(members.stream().map(User::getEmail).filter(StaffDirectory::present).distinct().toList(),
            members.stream().filter(u -> !present(u.getEmail())).map(User::getId).toList());
    }

    /**
     * Why nobody can be told, for the person who can correct it, and what to correct: the users without an
     * address (those named in {@code why}) and the groups to add members to.
     *
     * @param why    e.g. "no member has an email address (max, sue)", "it has no members"
     * @param users  the users whose profile lacks an address
     * @param groups the groups nobody with an address is in
     */
    public record Nobody(String why, List<String> users, List<String> groups) {

        /** Several at once (a task's candidate users and groups), each reason after its name. */
        public static Nobody of(Map<String, Nobody> named) {
            if (named.size() == 1) {
                return named.values().iterator().next();
            }
            return new Nobody(named.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue().why()).collect(Collectors.joining("; ")),
                named.values().stream().flatMap(n -> n.users().stream()).distinct().toList(),
                named.values().stream().flatMap(n -> n.groups().stream()).distinct().toList());
        }
    }

    /**
     * Why {@link #emailsOf} finds no address in {@code group}: "it has no members", "no member has an email address
     * (max, sue)", "there is no such group in Camunda".
     */
    public Nobody nobodyIn(String group) {
        return nobodyIn(group, membersOf(group));
    }

    /** The same from the group's {@code members} as {@link #membersOf} read them: the group itself is read only when it has none. */
    public Nobody nobodyIn(String group, Members members) {
        List<String> without = members.withoutAddress();
        if (!without.isEmpty()) {
            List<String> named = without.stream().limit(NAMED_MEMBERS).toList();
            return new Nobody("no member has an email address (" + String.join(", ", named) + (without.size() > NAMED_MEMBERS ? ", …" : "")
                + ")", named, List.of(group));
        }
        return reads.asSystem(() -> identity.createGroupQuery().groupId(group).count()) > 0
            ? new Nobody("it has no members", List.of(), List.of(group))
            : new Nobody("there is no such group in Camunda", List.of(), List.of());
    }

    /** Why {@link #emailOf} finds no address for {@code userId}: "they have no email address", "there is no such user in Camunda". */
    public Nobody nobodyIs(String userId) {
        return reads.asSystem(() -> identity.createUserQuery().userId(userId).count()) > 0
            ? new Nobody("they have no email address", List.of(userId), List.of())
            : new Nobody("there is no such user in Camunda", List.of(), List.of());
    }

    public Optional<String> emailOf(String userId) {
        return Optional.ofNullable(reads.asSystem(() -> identity.createUserQuery().userId(userId).singleResult()))
            .map(User::getEmail).filter(StaffDirectory::present);
    }

    private static boolean present(String email) {
        return email != null && !email.isBlank();
    }
}
