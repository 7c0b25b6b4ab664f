package io.meridian.system;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What each group of DESIGN.md "Identity" may do in the engine, granted at every start-up
 * (missing grants and filters are added, nothing is removed). Grants name resources by
 * {@code *}, so processes deployed later are covered without a change here. Tasks need no
 * grant: the engine gives a task's candidate group read and work permission on that task.
 */
@Component
class GroupGrants {

    /** One grant: a group's permissions on a resource. */
    record Grant(String group, Resource resource, String resourceId, List<Permission> permissions) {
        Grant(String group, Resource resource, String resourceId, Permission... permissions) {
            this(group, resource, resourceId, List.of(permissions));
        }
    }

    static final String OPEN_TASKS = "open tasks";
    static final String OVERDUE = "overdue";
    static final String MY_TASKS = "My tasks";
    /**
     * Tasklist lists filters by their {@code priority}, lowest first, and opens on the first: a team's open
     * tasks (which include those assigned to the user), so that a new member sees the team's work at once
     * rather than an empty "My tasks". "My tasks" comes after every team's filters.
     */
    static final int MY_TASKS_PRIORITY = 1000;
    /** Where "My tasks" stood until 2026-12-05 (first); a start moves our filter from there, not one an administrator placed. */
    static final int MY_TASKS_FORMER_PRIORITY = -10;
    /** Variables every task card shows (Tasklist shows the due time by itself): whom the task is for; the task listeners copy them onto each task (process/TaskLabels). */
    static final List<Map<String, String>> CARD_VARIABLES = List.of(
        Map.of("name", "company", "label", "Company"),
        Map.of("name", "country", "label", "Country"),
        Map.of("name", "tier", "label", "Tier"));

    private static final Logger log = LoggerFactory.getLogger(GroupGrants.class);

    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;
    private final ManagementService management;
    private final List<ConfiguredTeams.Team> configured;

    GroupGrants(AuthorizationService authorizations, FilterService filters, TaskService tasks, ManagementService management,
                List<ConfiguredTeams> configured) {
        this.authorizations = authorizations;
        this.management = management;
        this.filters = filters;
        this.tasks = tasks;
        this.configured = configured.stream().flatMap(c -> c.teams().stream()).toList();
    }

    static List<Grant> grants() {
        return grants(List.of());
    }

    /** The grants of the built-in groups and of the teams configuration adds (the desks), which work tasks like a team. */
    static List<Grant> grants(List<String> configuredTeams) {
        List<Grant> grants = new ArrayList<>();
        for (Resource resource : Resources.values()) {
            if (resource != Resources.FILTER) {
                grants.add(new Grant(Groups.ADMIN, resource, "*", Permissions.ALL));
            }
        }
        // Tasklist lists every filter a user may read: READ on all filters showed an administrator every team's pair (and
        // every filter a user saved for themselves), 19 in all, above their own. They read their own pair and "My tasks"
        // (apply), make filters of their own and change or delete any (ADMINS_NO_LONGER)
        grants.add(new Grant(Groups.ADMIN, Resources.FILTER, "*", Permissions.CREATE, Permissions.UPDATE, Permissions.DELETE));
        List<String> teams = new ArrayList<>(Groups.TEAMS);
        teams.addAll(configuredTeams);
        for (String team : teams) {
            grants.add(new Grant(team, Resources.APPLICATION, "tasklist", Permissions.ACCESS));
            // forms and diagrams of their tasks; not the instances themselves
            grants.add(new Grant(team, Resources.PROCESS_DEFINITION, "*", Permissions.READ));
            grants.add(new Grant(team, Resources.USER, "*", Permissions.READ));
            grants.add(new Grant(team, Resources.GROUP, "*", Permissions.READ));
        }
        // other systems start processes and correlate messages; they never see or work tasks, and they read what /api gives
        // them (their records), not every process with its variables (INTEGRATIONS_NO_LONGER)
        grants.add(new Grant(Groups.INTEGRATIONS, Resources.PROCESS_DEFINITION, "*",
            Permissions.READ, Permissions.CREATE_INSTANCE, Permissions.UPDATE_INSTANCE));
        grants.add(new Grant(Groups.INTEGRATIONS, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
        // sales (and managers) record a negotiation talk from Tasklist's "Start process": that process only
        for (String team : List.of(Groups.SALES, Groups.MANAGERS)) {
            grants.add(new Grant(team, Resources.PROCESS_DEFINITION, "meetingMinutes", Permissions.READ, Permissions.CREATE_INSTANCE));
            grants.add(new Grant(team, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE));
        }
        // managers step in on late work: give a task to someone else, take it back to the team, delegate it (the others
        // claim and complete only); on the tasks they can see, which are those of their own group and those escalated to it
        // (AssignsOnlyTasksInSight refuses the others: this grant alone covers every task)
        grants.add(new Grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, "*", ProcessDefinitionPermissions.TASK_ASSIGN));
        // analysts read the models their rules serve; they deploy nothing
        grants.add(new Grant(Groups.ANALYSTS, Resources.PROCESS_DEFINITION, "*", Permissions.READ));
        grants.add(new Grant(Groups.ANALYSTS, Resources.DECISION_DEFINITION, "*", Permissions.READ));
        grants.add(new Grant(Groups.ANALYSTS, Resources.DEPLOYMENT, "*", Permissions.READ));
        return grants;
    }

    /**
     * Done once per start by {@link IdentityOnStart}, before the server takes requests: the groups'
     * grants and the teams' Tasklist filters are read once each and only what is missing is written
     * (a start used to ask for each grant and each filter on its own: about 80 engine commands).
     */
    void apply() {
        List<Grant> grants = new ArrayList<>(grants(configured.stream().map(ConfiguredTeams.Team::group).toList()));
        Map<String, Filter> filtersByName = new LinkedHashMap<>();
        // ours have no owner: a copy someone saved in Tasklist under the same name (theirs has an owner) is left alone
        for (Filter filter : filters.createFilterQuery().list()) {
            Filter seen = filtersByName.get(filter.getName());
            if (seen == null || seen.getOwner() != null && filter.getOwner() == null) {
                filtersByName.put(filter.getName(), filter);
            }
        }
        Filter mine = movedFromFirst(ensureFilter(filtersByName, MY_TASKS, "Tasks assigned to me", MY_TASKS_PRIORITY,
            tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}")));
        int priority = 0;
        Map<String, String> teams = new LinkedHashMap<>();
        Groups.TEAMS.forEach(team -> teams.put(team, Groups.ALL.get(team)));
        configured.forEach(team -> teams.put(team.group(), team.name()));
        // the administrators' own tasks (a staff address to correct) need a filter of their own to be seen
        teams.put(Groups.ADMIN, Groups.ALL.get(Groups.ADMIN));
        for (Map.Entry<String, String> entry : teams.entrySet()) {
            String team = entry.getKey();
            String name = entry.getValue();
            Filter open = ensureFilter(filtersByName, name + ": " + OPEN_TASKS, "Open tasks of " + name, priority++,
                tasks.createTaskQuery().taskCandidateGroup(team).includeAssignedTasks());
            Filter overdue = ensureFilter(filtersByName, name + ": " + OVERDUE, "Tasks of " + name + " past their due time", priority++,
                tasks.createTaskQuery().taskCandidateGroup(team).includeAssignedTasks().dueBeforeExpression("${now()}"));
            for (Filter filter : List.of(mine, open, overdue)) {
                grants.add(new Grant(team, Resources.FILTER, filter.getId(), Permissions.READ));
            }
        }
        Map<String, Authorization> existing = new HashMap<>();
        String[] groups = grants.stream().map(Grant::group).distinct().toArray(String[]::new);
        authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groups).list()
            .forEach(a -> existing.putIfAbsent(key(a.getGroupId(), a.getResourceType(), a.getResourceId()), a));
        withdrawn(existing);
        grants.forEach(grant -> ensure(existing, grant));
        log.info("Authorizations and Tasklist filters of the groups {} are in place", teams.keySet());
    }

    private static String key(String group, int resourceType, String resourceId) {
        return group + '\u0000' + resourceType + '\u0000' + resourceId;
    }

    private Filter ensureFilter(Map<String, Filter> filtersByName, String name, String description, int priority, TaskQuery query) {
        Filter existing = filtersByName.get(name);
        if (existing != null) {
            return withCardVariables(existing);
        }
        Filter filter = filters.newTaskFilter(name).setQuery(query)
            .setProperties(Map.of("description", description, "priority", priority, "refresh", true, "variables", CARD_VARIABLES));
        return filters.saveFilter(filter);
    }

    /** Our "My tasks" where an earlier version put it (first, so Tasklist opened on it) goes after the teams' filters. */
    private Filter movedFromFirst(Filter mine) {
        Map<String, Object> properties = mine.getProperties();
        if (mine.getOwner() != null || properties == null
            || !(properties.get("priority") instanceof Number p && p.intValue() == MY_TASKS_FORMER_PRIORITY)) {
            return mine;
        }
        Map<String, Object> moved = new LinkedHashMap<>(properties);
        moved.put("priority", MY_TASKS_PRIORITY);
        mine.setProperties(moved);
        log.info("Tasklist filter '{}' now comes after the teams' filters: Tasklist opens on a team's open tasks", mine.getName());
        return filters.saveFilter(mine);
    }

    /** A filter created before the cards showed the client gets the card variables it lacks; the rest stays as its owner left it. */
    private Filter withCardVariables(Filter filter) {
        Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties() == null ? Map.of() : filter.getProperties());
        List<Map<String, String>> variables = new ArrayList<>();
        if (properties.get("variables") instanceof List<?> list) {
            for (Object entry : list) {
                if (entry instanceof Map<?, ?> map && map.get("name") != null) {
                    variables.add(Map.of("name", String.valueOf(map.get("name")),
                        "label", String.valueOf(map.get("label") == null ? map.get("name") : map.get("label"))));
                }
            }
        }
        Set<String> present = new HashSet<>();
        variables.forEach(v -> present.add(v.get("name")));
        List<Map<String, String>> missing = CARD_VARIABLES.stream().filter(v -> !present.contains(v.get("name"))).toList();
        if (missing.isEmpty()) {
            return filter;
        }
        variables.addAll(missing);
        properties.put("variables", variables);
        filter.setProperties(properties);
        log.info("Tasklist filter '{}' now shows {} on its cards", filter.getName(), missing.stream().map(v -> v.get("name")).toList());
        return filters.saveFilter(filter);
    }

    /** A permission versions before 2026-12-07 granted, taken back once per database: one granted again in Admin stays. */
    record Withdrawal(Grant grant, String doneProperty, String why) {
    }

    /**
     * Until 2026-12-07 the integrations read every process instance and its variables (the client's name and email, the
     * team's notes, the minutes of a talk) over engine-rest, where {@code /api} gives them their records; a start takes
     * that permission back from the group's grant on all process definitions, once per database (the engine's property
     * {@value #INTEGRATIONS_NO_LONGER_DONE}): an administrator who grants it again in Admin keeps it.
     */
    static final Grant INTEGRATIONS_NO_LONGER = new Grant(Groups.INTEGRATIONS, Resources.PROCESS_DEFINITION, "*",
        Permissions.READ_INSTANCE);
    static final String INTEGRATIONS_NO_LONGER_DONE = "meridian.grants.integrations-read-instance-withdrawn";
    /** Until 2026-12-07 the administrators read every Tasklist filter (ALL on all filters): taken back, once per database. */
    static final Grant ADMINS_NO_LONGER = new Grant(Groups.ADMIN, Resources.FILTER, "*", Permissions.READ);
    static final String ADMINS_NO_LONGER_DONE = "meridian.grants.admins-read-every-filter-withdrawn";

    static final List<Withdrawal> WITHDRAWALS = List.of(
        new Withdrawal(INTEGRATIONS_NO_LONGER, INTEGRATIONS_NO_LONGER_DONE, "it reads its records over /api"),
        new Withdrawal(ADMINS_NO_LONGER, ADMINS_NO_LONGER_DONE, "Tasklist shows them their own filters, not every team's"));

    private void withdrawn(Map<String, Authorization> existing) {
        Map<String, String> done = management.getProperties();
        for (Withdrawal withdrawal : WITHDRAWALS) {
            if (done.containsKey(withdrawal.doneProperty())) {
                continue;
            }
            Grant withdrawn = withdrawal.grant();
            String key = key(withdrawn.group(), withdrawn.resource().resourceType(), withdrawn.resourceId());
            Authorization authorization = existing.get(key);
            if (authorization != null && withdrawn.permissions().stream().anyMatch(authorization::isPermissionGranted)) {
                withdrawn.permissions().forEach(authorization::removePermission);
                existing.put(key, authorizations.saveAuthorization(authorization));
                log.info("The group {} no longer holds {} on every {}: {}", withdrawn.group(), withdrawn.permissions(),
                    withdrawn.resource().resourceName(), withdrawal.why());
            }
            management.setProperty(withdrawal.doneProperty(), "true");
        }
    }

    /** Grants what {@code grant} lists and the group lacks; what it wrote is in {@code existing} for the next grant of the same key. */
    private void ensure(Map<String, Authorization> existing, Grant grant) {
        String key = key(grant.group(), grant.resource().resourceType(), grant.resourceId());
        Authorization authorization = existing.get(key);
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(grant.group());
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
        } else if (grant.permissions().stream().allMatch(authorization::isPermissionGranted)) {
            return;
        }
        for (Permission permission : grant.permissions()) {
            authorization.addPermission(permission);
        }
        existing.put(key, authorizations.saveAuthorization(authorization));
    }

}
