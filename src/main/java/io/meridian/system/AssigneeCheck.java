package io.meridian.system;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.meridian.usertasks.UserTaskListeners;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.PropertyChange;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * A task is given only to someone who can open it in Tasklist and whose work it is: a member of one of the task's
 * candidate groups (its team, its desk, the managers once it is escalated to them) or an administrator; a task without
 * candidate groups to a user of a team (the groups of {@link Groups#TEAMS}, the desks). Camunda takes any text as an
 * assignee, so a manager's typo ("sma" for sam) or an analyst's name took the task from the team to nobody who could work
 * it, and its reminders went to the administrators; and a sales task given to leo of logistics went to someone outside
 * the team whose work it is. Checked where a person gives a task to someone: its assignee (Tasklist's claim and assign,
 * engine-rest's {@code claim}, {@code assignee}, {@code delegate} and task update), its owner (a task update, which
 * shows the task in the owner's Tasklist as well) and a candidate user added by hand (who may then claim it). Refused as Tasklist shows it: a 400 whose message names the user and
 * who can take the task.
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
        UserTaskListeners.add(configuration, TaskListener.EVENTNAME_UPDATE, UserTaskListeners.Order.FIRST, this::checkOwner);
        if (configuration.getCustomPostCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPostCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new CandidateUserCheck());
        configuration.getCustomPostCommandInterceptorsTxRequired().add(new HandMadeTaskCheck());
    }

    /**
     * A task made by hand (Tasklist's "Create task", engine-rest's {@code task/create}) belongs to no process, so no task
     * listener of {@link #check} runs on it: an administrator gave one to a typo ("sma") or to ana of the analysts, who
     * cannot open Tasklist, and it was in nobody's list. Held to the rule a process's task is: its assignee (created with
     * one, claimed, assigned, delegated, a task update) and its owner are a member of one of its candidate groups or an
     * administrator, or of any team while it has none. Checked once the engine's own checks have passed, before anything
     * is written; the values are read before the command runs, as the engine forgets a task's changes once it logs them.
     */
    private final class HandMadeTaskCheck extends CommandInterceptor {
        private static final CommandField TASK_ID = CommandField.of(AbstractSetTaskPropertyCmd.class, "taskId", AssigneeCheck.class);
        private static final CommandField USER_ID = CommandField.of(AbstractAddIdentityLinkCmd.class, "userId", AssigneeCheck.class);
        private static final CommandField TYPE = CommandField.of(AbstractAddIdentityLinkCmd.class, "type", AssigneeCheck.class);
        private static final CommandField CLAIM_TASK = CommandField.of(ClaimTaskCmd.class, "taskId", AssigneeCheck.class);
        private static final CommandField CLAIM_USER = CommandField.of(ClaimTaskCmd.class, "userId", AssigneeCheck.class);
        private static final CommandField DELEGATE_TASK = CommandField.of(DelegateTaskCmd.class, "taskId", AssigneeCheck.class);
        private static final CommandField DELEGATE_USER = CommandField.of(DelegateTaskCmd.class, "userId", AssigneeCheck.class);
        private static final CommandField SAVED_TASK = CommandField.of(SaveTaskCmd.class, "task", AssigneeCheck.class);

        /** Who a command makes a task's assignee or owner. */
        private record Given(String field, String user) {
        }

        @Override
        public <T> T execute(Command<T> command) {
            String taskId = null;
            TaskEntity saved = null;
            List<Given> given = new ArrayList<>();
            if (command instanceof AbstractAddIdentityLinkCmd) {
                Object type = TYPE.in(command);
                if (IdentityLinkType.ASSIGNEE.equals(type) || IdentityLinkType.OWNER.equals(type)) {
                    taskId = (String) TASK_ID.in(command);
                    given.add(new Given((String) type, (String) USER_ID.in(command)));
                }
            } else if (command instanceof ClaimTaskCmd) {
                taskId = (String) CLAIM_TASK.in(command);
                given.add(new Given("assignee", (String) CLAIM_USER.in(command)));
            } else if (command instanceof DelegateTaskCmd) {
                taskId = (String) DELEGATE_TASK.in(command);
                given.add(new Given("assignee", (String) DELEGATE_USER.in(command)));
            } else if (command instanceof SaveTaskCmd && SAVED_TASK.in(command) instanceof TaskEntity task) {
                saved = task;
                given.addAll(savedPeople(task));
            }
            T result = next.execute(command);
            CommandContext context = Context.getCommandContext();
            if (given.isEmpty() || context == null || context.getAuthenticatedUserId() == null) {
                return result;
            }
            TaskEntity task = saved != null ? saved : taskId == null ? null : context.getTaskManager().findTaskById(taskId);
            if (task != null && task.getProcessDefinitionId() == null && task.getCaseDefinitionId() == null) {
                given.stream().filter(g -> g.user() != null).forEach(g -> checkGiven(task, g.field(), g.user()));
            }
            return result;
        }

        /** A new task's assignee and owner; an updated one's where they change (not the owner a delegation leaves). */
        private static List<Given> savedPeople(TaskEntity task) {
            List<Given> given = new ArrayList<>();
            if (task.getRevision() == 0) {
                given.add(new Given("assignee", task.getAssignee()));
                given.add(new Given("owner", task.getOwner()));
                return given;
            }
            PropertyChange assignee = task.getPropertyChanges().get(TaskEntity.ASSIGNEE);
            PropertyChange owner = task.getPropertyChanges().get(TaskEntity.OWNER);
            if (assignee != null) {
                given.add(new Given("assignee", task.getAssignee()));
            }
            if (owner != null && (assignee == null || !Objects.equals(assignee.getOrgValue(), task.getOwner()))) {
                given.add(new Given("owner", task.getOwner()));
            }
            return given;
        }
    }

    /**
     * A candidate user may claim the task whatever their team ({@link #checkGiven}), so a manager who made leo of logistics,
     * an analyst or a typo ("sma") a candidate user of a sales task gave it past the rule; a candidate user added by hand
     * (engine-rest's {@code identity-links} with type {@code candidate}, {@code TaskService.addCandidateUser}) is held to
     * the rule an assignee is. Checked once the command has passed the engine's own checks (who may change a task's
     * people at all: {@link AssignsOnlyTasksInSight}), before anything is written.
     */
    void checkCandidateUser(String taskId, String user) {
        CommandContext context = Context.getCommandContext();
        if (user == null || context.getAuthenticatedUserId() == null) {
            return;
        }
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        if (task == null) {
            return;
        }
        context.runWithoutAuthorization(() -> {
            refusal(user, candidateGroups(task)).ifPresent(message -> {
                throw new InvalidInputException("userId", "Not made a candidate of the task: " + message);
            });
            return null;
        });
    }

    private final class CandidateUserCheck extends CommandInterceptor {
        private static final CommandField TASK_ID = CommandField.of(AbstractSetTaskPropertyCmd.class, "taskId", AssigneeCheck.class);
        private static final CommandField USER_ID = CommandField.of(AbstractAddIdentityLinkCmd.class, "userId", AssigneeCheck.class);
        private static final CommandField TYPE = CommandField.of(AbstractAddIdentityLinkCmd.class, "type", AssigneeCheck.class);

        @Override
        public <T> T execute(Command<T> command) {
            T result = next.execute(command);
            if (command instanceof AbstractAddIdentityLinkCmd && IdentityLinkType.CANDIDATE.equals(TYPE.in(command))) {
                checkCandidateUser((String) TASK_ID.in(command), (String) USER_ID.in(command));
            }
            return result;
        }


    }

    void check(DelegateTask task) {
        checkGiven(task, "assignee", task.getAssignee());
    }

    /** An owner set by hand; a delegation makes the assignee who delegates the owner, who held the task already. */
    void checkOwner(DelegateTask task) {
        if (task instanceof TaskEntity entity && entity.getPropertyChanges().containsKey(TaskEntity.OWNER)) {
            PropertyChange assignee = entity.getPropertyChanges().get(TaskEntity.ASSIGNEE);
            if (assignee == null || !Objects.equals(assignee.getOrgValue(), task.getOwner())) {
                checkGiven(task, "owner", task.getOwner());
            }
        }
    }

    private void checkGiven(DelegateTask task, String field, String user) {
        // a person's click or call; what the server does itself (the minutes' writer, an integration too) is its own choice
        if (user == null || Context.getCommandContext().getAuthenticatedUserId() == null) {
            return;
        }
        if (task.getCandidates().stream().anyMatch(link -> user.equals(link.getUserId()))) {
            return; // a candidate user of the task (of the model, the server's, or added under this rule)
        }
        Context.getCommandContext().runWithoutAuthorization(() -> {
            refusal(user, candidateGroups(task)).ifPresent(message -> {
                throw new InvalidInputException(field, message);
            });
            return null;
        });
    }

    /** The task's candidate groups, the teams' first in the order of {@link #workingGroups()}, then any other. */
    private Set<String> candidateGroups(DelegateTask task) {
        Set<String> candidates = new HashSet<>();
        task.getCandidates().stream().map(IdentityLink::getGroupId).filter(Objects::nonNull).forEach(candidates::add);
        Set<String> ordered = new LinkedHashSet<>(workingGroups());
        ordered.retainAll(candidates);
        candidates.stream().sorted().forEach(ordered::add);
        return ordered;
    }

    /** Why {@code user} cannot take a task of these candidate groups (none: any team's), or empty when they can. */
    Optional<String> refusal(String user, Set<String> candidates) {
        Set<String> working = workingGroups();
        IdentityService users = identity.getObject();
        if (users.createUserQuery().userId(user).count() == 0) {
            return Optional.of("There is no user '" + user + "': give the task to a member of a team by their user id ("
                + String.join(", ", candidates.isEmpty() ? working : candidates) + ").");
        }
        List<String> groups = users.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        if (groups.contains(Groups.ADMIN)) {
            return Optional.empty();
        }
        if (groups.stream().noneMatch(working::contains)) {
            return Optional.of(user + " cannot work tasks in Tasklist (groups: " + (groups.isEmpty() ? "none" : String.join(", ", groups))
                + "): give the task to a member of a team (" + String.join(", ", candidates.isEmpty() ? working : candidates) + ").");
        }
        if (!candidates.isEmpty() && groups.stream().noneMatch(candidates::contains)) {
            return Optional.of(user + " is not in this task's teams (" + String.join(", ", candidates) + "; " + user + " is in "
                + String.join(", ", groups) + "): give the task to a member of " + (candidates.size() == 1 ? "that team" : "one of them")
                + " or an administrator, or add " + user + "'s team as a candidate group of the task first.");
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
