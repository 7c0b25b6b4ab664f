package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every team sees its own Tasklist filters, and its tasks in them. */
class TasklistFiltersTest extends ServerTest {

    @Autowired
    FilterService filters;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    GroupGrants grants;

    @Autowired
    IdentityService identity;

    @Autowired
    ManagementService management;

    private static Set<String> values(String json, String field) {
        Set<String> values = new HashSet<>();
        Matcher m = Pattern.compile("\"" + field + "\":\"([^\"]+)\"").matcher(json);
        while (m.find()) {
            values.add(m.group(1));
        }
        return values;
    }

    /** The names of the filters listed, not those of the card variables in their properties. */
    private static Set<String> filterNames(String json) {
        Set<String> names = new HashSet<>();
        try {
            new ObjectMapper().readTree(json).forEach(filter -> names.add(filter.path("name").asText()));
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + json, e);
        }
        return names;
    }

    private String filterId(String name) {
        return filters.createFilterQuery().filterName(name).singleResult().getId();
    }

    @Test
    void shouldShowEachTeamOnlyItsOwnFilters() {
        Answer samFilters = get("/engine-rest/filter?resourceType=Task&maxResults=2000", "sam");
        assertThat(samFilters.status()).as(samFilters.body()).isEqualTo(200);
        assertThat(filterNames(samFilters.body()))
            .containsExactlyInAnyOrder(GroupGrants.MY_TASKS, "Sales: open tasks", "Sales: overdue");
        assertThat(filterNames(get("/engine-rest/filter?resourceType=Task&maxResults=2000", "max").body()))
            .containsExactlyInAnyOrder(GroupGrants.MY_TASKS, "Managers: open tasks", "Managers: overdue");
        assertThat(filterNames(get("/engine-rest/filter?resourceType=Task&maxResults=2000", "shop").body())).isEmpty();
        assertThat(filterNames(get("/engine-rest/filter?resourceType=Task&maxResults=2000", "ana").body())).isEmpty();
    }

    @Test
    void shouldOpenTasklistOnTheTeamsOpenTasksWithMyTasksAfterTheTeamsFilters() {
        // Tasklist sorts the filters by their priority, lowest first, and opens on the first
        assertThat(namesByPriority("sam")).containsExactly("Sales: open tasks", "Sales: overdue", GroupGrants.MY_TASKS);
        assertThat(namesByPriority("max")).containsExactly("Managers: open tasks", "Managers: overdue", GroupGrants.MY_TASKS);
        List<String> demo = namesByPriority("demo");
        assertThat(demo).as("a member of every team").startsWith("Sales: open tasks").endsWith(GroupGrants.MY_TASKS);
    }

    @Test
    void shouldMoveOurMyTasksFromFirstPlaceButNotFromWhereAnAdministratorPutIt() {
        Filter mine = filters.getFilter(filterId(GroupGrants.MY_TASKS));
        Map<String, Object> before = new LinkedHashMap<>(mine.getProperties());
        try {
            // as an earlier version created it: first, so that Tasklist opened on it
            setPriority(mine.getId(), GroupGrants.MY_TASKS_FORMER_PRIORITY);
            grants.apply();
            assertThat(filters.getFilter(mine.getId()).getProperties()).containsEntry("priority", GroupGrants.MY_TASKS_PRIORITY)
                .containsEntry("description", before.get("description"));

            // an administrator's choice in Tasklist stays
            setPriority(mine.getId(), 5);
            grants.apply();
            assertThat(filters.getFilter(mine.getId()).getProperties()).containsEntry("priority", 5);
        } finally {
            Filter restored = filters.getFilter(mine.getId());
            restored.setProperties(before);
            filters.saveFilter(restored);
        }
    }

    private void setPriority(String filterId, int priority) {
        Filter filter = filters.getFilter(filterId);
        Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
        properties.put("priority", priority);
        filter.setProperties(properties);
        filters.saveFilter(filter);
    }

    /** The filters {@code user} reads over engine-rest, in the order Tasklist lists them (by priority, lowest first). */
    private List<String> namesByPriority(String user) {
        Answer answer = get("/engine-rest/filter?resourceType=Task&maxResults=2000", user);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        List<Map.Entry<Integer, String>> listed = new ArrayList<>();
        try {
            new ObjectMapper().readTree(answer.body()).forEach(filter -> listed.add(
                Map.entry(filter.path("properties").path("priority").asInt(), filter.path("name").asText())));
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + answer.body(), e);
        }
        return listed.stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    @Test
    void shouldListTheGroupsOpenTasksInItsFilter() {
        String instance = runtime.startProcessInstanceById(deployProbe()).getId();
        Answer answer = postJson("/engine-rest/filter/" + filterId("Order desk: open tasks") + "/list?maxResults=500", "olivia", "{}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(values(answer.body(), "processInstanceId")).contains(instance);
        Set<String> listed = values(answer.body(), "id");
        List<String> probeTasks = tasks.createTaskQuery().processInstanceId(instance).list().stream()
            .filter(t -> listed.contains(t.getId())).map(Task::getTaskDefinitionKey).toList();
        assertThat(probeTasks).as("of the probe's five tasks").containsExactly("orderDeskTask");
        // other tests' tasks may be open too (a billing complaint goes to the order desk): all of the group's
        assertThat(listed).allSatisfy(id -> assertThat(tasks.getIdentityLinksForTask(id))
            .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("order-desk")));
    }

    @Test
    void shouldListOverdueTasksInTheOverdueFilter() {
        String instance = runtime.startProcessInstanceById(deployProbe()).getId();
        Task late = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("managersTask").singleResult();
        tasks.setDueDate(late.getId(), Date.from(Instant.now().minusSeconds(3600)));
        String overdue = filterId("Managers: overdue");
        Answer answer = postJson("/engine-rest/filter/" + overdue + "/list?maxResults=500", "max", "{}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(values(answer.body(), "id")).contains(late.getId());
        Task onTime = tasks.createTaskQuery().processInstanceId(instance).taskDefinitionKey("salesTask").singleResult();
        assertThat(values(postJson("/engine-rest/filter/" + filterId("Sales: overdue") + "/list?maxResults=500", "sam", "{}").body(), "id"))
            .doesNotContain(onTime.getId());
        // someone else's filter is not readable
        assertThat(postJson("/engine-rest/filter/" + overdue + "/list?maxResults=500", "sam", "{}").status()).isEqualTo(403);
    }

    @Test
    void shouldGrantOnceHoweverOftenTheServerStarts() {
        long authorizationCount = authorizations.createAuthorizationQuery().count();
        long filterCount = filters.createFilterQuery().count();
        grants.apply();
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(authorizationCount);
        assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
        List<Filter> all = filters.createFilterQuery().list();
        assertThat(all).extracting(Filter::getName).doesNotHaveDuplicates();
    }

    @Test
    void shouldGiveBackAGrantOrPermissionThatWentMissing() {
        Authorization tasklist = grant(Groups.SALES, Resources.APPLICATION, "tasklist");
        authorizations.deleteAuthorization(tasklist.getId());
        Authorization definitions = grant(Groups.SUPPORT, Resources.PROCESS_DEFINITION, "*");
        definitions.removePermission(Permissions.READ);
        authorizations.saveAuthorization(definitions);

        grants.apply();

        assertThat(grant(Groups.SALES, Resources.APPLICATION, "tasklist").isPermissionGranted(Permissions.ACCESS)).isTrue();
        assertThat(grant(Groups.SUPPORT, Resources.PROCESS_DEFINITION, "*").isPermissionGranted(Permissions.READ)).isTrue();
    }

    @Test
    void shouldLeaveACopyOfATeamFilterSavedUnderTheSameNameAlone() {
        String ours = filterId("Sales: open tasks");
        Filter copy = filters.newTaskFilter("Sales: open tasks").setOwner("sam").setQuery(tasks.createTaskQuery().taskAssignee("sam"));
        filters.saveFilter(copy);
        try {
            long count = filters.createFilterQuery().count();
            grants.apply();
            assertThat(filters.createFilterQuery().count()).isEqualTo(count);
            assertThat(filters.createFilterQuery().filterName("Sales: open tasks").list()).extracting(Filter::getId)
                .containsExactlyInAnyOrder(ours, copy.getId());
            assertThat(authorizations.createAuthorizationQuery().groupIdIn(Groups.SALES).resourceType(Resources.FILTER)
                .resourceId(copy.getId()).count()).as("no team grant on someone's copy").isZero();
        } finally {
            filters.deleteFilter(copy.getId());
        }
    }

    private Authorization grant(String group, Resources resource, String resourceId) {
        return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(group)
            .resourceType(resource).resourceId(resourceId).singleResult();
    }

    @Test
    void shouldShowCompanyCountryAndTierOnTheCardsOfEveryTeamFilter() {
        for (Filter filter : filters.createFilterQuery().list()) {
            assertThat(cardVariables(filter)).as(filter.getName()).containsSubsequence("company", "country", "tier");
        }
    }

    @Test
    void shouldAddTheCardVariablesToAFilterOfAnEarlierInstallation() {
        Filter sales = filters.getFilter(filterId("Sales: open tasks"));
        Map<String, Object> before = new LinkedHashMap<>(sales.getProperties());
        // as created before the cards showed the client: a variable of the owner's, none of ours
        Map<String, Object> old = new LinkedHashMap<>(before);
        old.put("variables", List.of(Map.of("name", "orderId", "label", "Order")));
        sales.setProperties(old);
        filters.saveFilter(sales);

        grants.apply();

        Filter updated = filters.getFilter(sales.getId());
        assertThat(cardVariables(updated)).containsExactly("orderId", "company", "country", "tier");
        assertThat(updated.getProperties()).containsEntry("description", before.get("description"));
        updated.setProperties(before);
        filters.saveFilter(updated);
    }

    private static List<String> cardVariables(Filter filter) {
        Object variables = filter.getProperties() == null ? null : filter.getProperties().get("variables");
        assertThat(variables).as(filter.getName() + " variables").isInstanceOf(List.class);
        return ((List<?>) variables).stream().map(v -> String.valueOf(((Map<?, ?>) v).get("name"))).toList();
    }

    /**
     * A task made with Tasklist's "Create task" (engine-rest's {@code task/create}, as Tasklist sends it) with nobody named
     * is its creator's: it is in their "My tasks", where they give it to a team, instead of in nobody's list. One made for
     * someone stays theirs.
     */
    @Test
    void aTaskMadeByHandForNobodyShouldBeInItsCreatorsMyTasks() {
        String name = "Call the freight forwarder about container " + System.nanoTime();
        Answer made = postJson("/engine-rest/task/create", "demo", "{\"name\": \"" + name + "\", \"priority\": 50}");
        assertThat(made.status()).as(made.body()).isEqualTo(204);
        Task task = tasks.createTaskQuery().taskName(name).singleResult();
        try {
            assertThat(task.getAssignee()).isEqualTo("demo");
            Answer mine = postJson("/engine-rest/filter/" + filterId(GroupGrants.MY_TASKS) + "/list?maxResults=500", "demo", "{}");
            assertThat(values(mine.body(), "id")).contains(task.getId());

            String forSam = name + " for sam";
            assertThat(postJson("/engine-rest/task/create", "demo", "{\"name\": \"" + forSam + "\", \"assignee\": \"sam\"}").status())
                .isEqualTo(204);
            Task samsTask = tasks.createTaskQuery().taskName(forSam).singleResult();
            assertThat(samsTask.getAssignee()).isEqualTo("sam");
            tasks.deleteTask(samsTask.getId(), true);
        } finally {
            tasks.deleteTask(task.getId(), true);
        }
    }

    /**
     * An administrator in no team sees their own pair of filters and "My tasks", where every team's pair (and every filter
     * a user saved for themselves) made 19 above their own; they still make filters of their own and see those.
     */
    @Test
    void anAdministratorShouldSeeTheirOwnFiltersNotEveryTeams() {
        String admin = "ada" + System.nanoTime();
        User user = identity.newUser(admin);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        identity.createMembership(admin, Groups.ADMIN);
        try {
            String open = Groups.ALL.get(Groups.ADMIN) + ": " + GroupGrants.OPEN_TASKS;
            String overdue = Groups.ALL.get(Groups.ADMIN) + ": " + GroupGrants.OVERDUE;
            assertThat(namesByPriority(admin)).containsExactly(open, overdue, GroupGrants.MY_TASKS);

            Answer made = postJson("/engine-rest/filter/create", admin, "{\"resourceType\": \"Task\", \"name\": \"Ada's look\","
                + " \"owner\": \"" + admin + "\", \"query\": {}, \"properties\": {\"priority\": 50}}");
            assertThat(made.status()).as(made.body()).isEqualTo(200);
            assertThat(namesByPriority(admin)).containsExactly(open, overdue, "Ada's look", GroupGrants.MY_TASKS);
        } finally {
            filters.createFilterQuery().filterOwner(admin).list().forEach(f -> filters.deleteFilter(f.getId()));
            identity.deleteUser(admin);
        }
    }

    /** A database whose administrators read every filter loses that read once; one granted again in Admin stays. */
    @Test
    void aStartShouldTakeBackTheAdministratorsReadOfEveryFilterOnce() {
        try {
            Authorization earlier = adminsFilterGrant();
            earlier.addPermission(Permissions.READ);
            authorizations.saveAuthorization(earlier);
            management.deleteProperty(GroupGrants.ADMINS_NO_LONGER_DONE);

            grants.apply();

            assertThat(adminsFilterGrant().isPermissionGranted(Permissions.READ)).isFalse();
            assertThat(adminsFilterGrant().isPermissionGranted(Permissions.CREATE)).isTrue();
            Authorization again = adminsFilterGrant();
            again.addPermission(Permissions.READ);
            authorizations.saveAuthorization(again);
            grants.apply();
            assertThat(adminsFilterGrant().isPermissionGranted(Permissions.READ)).as("granted again in Admin").isTrue();
        } finally {
            Authorization back = adminsFilterGrant();
            back.removePermission(Permissions.READ);
            authorizations.saveAuthorization(back);
        }
    }

    private Authorization adminsFilterGrant() {
        return authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(Groups.ADMIN)
            .resourceType(Resources.FILTER).resourceId("*").singleResult();
    }
}
