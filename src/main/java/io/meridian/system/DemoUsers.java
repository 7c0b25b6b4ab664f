package io.meridian.system;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The groups of DESIGN.md "Identity" (always) and, on the default run, the demo users with the
 * password {@code demo}. Existing users and groups are left as they are.
 */
@Component
class DemoUsers {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identity;
    private final boolean createDemoUsers;
    private final List<ConfiguredTeams.Team> configured;

    DemoUsers(IdentityService identity,
              @org.springframework.beans.factory.annotation.Value("${meridian.demo-users:false}") boolean createDemoUsers,
              List<ConfiguredTeams> configured) {
        this.identity = identity;
        this.createDemoUsers = createDemoUsers;
        this.configured = configured.stream().flatMap(c -> c.teams().stream()).toList();
    }

    /** Done once per start by {@link IdentityOnStart}, before the server takes requests. */
    void apply() {
        Groups.ALL.forEach(this::ensureGroup);
        configured.forEach(team -> ensureGroup(team.group(), team.name()));
        if (!createDemoUsers) {
            return;
        }
        List<String> everyGroup = new java.util.ArrayList<>(Groups.ALL.keySet());
        configured.forEach(team -> everyGroup.add(team.group()));
        Map<String, List<String>> users = new java.util.LinkedHashMap<>(Map.of(
            "demo", everyGroup,
            "sam", List.of(Groups.SALES),
            "olivia", List.of(Groups.ORDER_DESK),
            "leo", List.of(Groups.LOGISTICS),
            "sue", List.of(Groups.SUPPORT),
            "max", List.of(Groups.MANAGERS),
            "ana", List.of(Groups.ANALYSTS),
            "shop", List.of(Groups.INTEGRATIONS),
            "monitor", List.of(Groups.MONITORING)));
        // one per desk (configured, e.g. mei in sales-apac): Tasklist shows them their desk's clients' tasks only
        configured.stream().filter(team -> team.demoUser() != null)
            .forEach(team -> users.put(team.demoUser(), List.of(team.group())));
        users.forEach(this::ensureUser);
        log.info("Demo users ready ({}), password '{}': not for production", String.join(", ", users.keySet()), PASSWORD);
    }

    private void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType(Groups.ADMIN.equals(id) ? "SYSTEM" : "WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void ensureUser(String id, List<String> groups) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(Character.toUpperCase(id.charAt(0)) + id.substring(1));
            user.setLastName("Demo");
            user.setEmail(id + "@meridian.example");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
        }
        for (String group : groups) {
            if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
                identity.createMembership(id, group);
            }
        }
    }
}
