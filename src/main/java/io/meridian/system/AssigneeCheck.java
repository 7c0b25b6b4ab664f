package io.meridian.system;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.meridian.usertasks.UserTaskListeners;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A task is given only to someone who can open it in Tasklist: a user of a team (the groups of {@link Groups#TEAMS}, the
 * desks) or an administrator. Camunda takes any text as an assignee, so a manager's typo ("sma" for sam) or an analyst's
 * name took the task from the team to nobody who could work it, and its reminders went to the administrators. Refused as
 * Tasklist shows it: a 400 whose message names the user and who can take the task.
 */
@Component
class AssigneeCheck extends AbstractProcessEnginePlugin {

    private final ObjectProvider<IdentityService> identity;
    private final ObjectProvider<ConfiguredTeams> configured;

    AssigneeCheck(ObjectProvider<IdentityService> identity, ObjectProvider<ConfiguredTeams> configured) {
        // looked up when a task is assigned: the identity service needs the engine this plugin helps to build
        this.identity = identity;
        this.configured = configured;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        UserTaskListeners.add(configuration, TaskListener.EVENTNAME_ASSIGNMENT, UserTaskListeners.Order.FIRST, this::check);
    }

    void check(DelegateTask task) {
        String user = task.getAssignee();
        // a person's click or call; what the server does itself (the minutes' writer, an integration too) is its own choice
        if (user == null || Context.getCommandContext().getAuthenticatedUserId() == null) {
            return;
        }
        Context.getCommandContext().runWithoutAuthorization(() -> {
            refusal(user).ifPresent(message -> {
                throw new InvalidInputException("assignee", message);
            });
            return null;
        });
    }

    /** Why {@code user} cannot take a task, or empty when they can. */
    Optional<String> refusal(String user) {
        Set<String> working = workingGroups();
        IdentityService users = identity.getObject();
        if (users.createUserQuery().userId(user).count() == 0) {
            return Optional.of("There is no user '" + user + "': give the task to a member of a team by their user id ("
                + String.join(", ", working) + ").");
        }
        List<String> groups = users.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        if (groups.stream().noneMatch(working::contains)) {
            return Optional.of(user + " cannot work tasks in Tasklist (groups: " + (groups.isEmpty() ? "none" : String.join(", ", groups))
                + "): give the task to a member of a team (" + String.join(", ", working) + ").");
        }
        return Optional.empty();
    }

    private Set<String> workingGroups() {
        Set<String> groups = new LinkedHashSet<>(Groups.TEAMS);
        configured.getObject().teams().forEach(team -> groups.add(team.group()));
        groups.add(Groups.ADMIN);
        return groups;
    }
}
