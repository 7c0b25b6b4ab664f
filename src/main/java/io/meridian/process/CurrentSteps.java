package io.meridian.process;

import io.meridian.system.EngineReads;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.EventSubscription;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/** The open steps of a process instance and of the instances it called. */
@Component
public class CurrentSteps {

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final RepositoryService repository;
    private final EngineReads reads;

    CurrentSteps(RuntimeService runtime, TaskService tasks, ManagementService management, RepositoryService repository,
                 EngineReads reads) {
        this.reads = reads;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.repository = repository;
    }

    /**
     * The running instance with this business key and process key, if any. Read after the endpoint's own check of the
     * caller, whatever the caller may read in the engine: an integration sends a record's events without reading process
     * instances itself.
     */
    public Optional<ProcessInstance> instance(String processKey, String businessKey) {
        return reads.asSystem(() -> Optional.ofNullable(runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
            .processInstanceBusinessKey(businessKey).singleResult()));
    }

    /** True when the instance (or one it called) waits for {@code message} now (read as {@link #instance}). */
    public boolean waitsFor(String processInstanceId, String message) {
        return reads.asSystem(() -> {
            for (String id : withCalled(processInstanceId)) {
                if (runtime.createEventSubscriptionQuery().processInstanceId(id).eventType("message").eventName(message).count() > 0) {
                    return true;
                }
            }
            return false;
        });
    }

    public List<CurrentStep> of(String processInstanceId) {
        return reads.asSystem(() -> read(withCalled(processInstanceId)));
    }

    /**
     * The steps of an order: its journey's (with the fulfilment it called) and those of the processes that run beside
     * them for the order (its progress reports, its key milestones), which the engine links to it by the variable
     * {@code orderId} alone.
     */
    public List<CurrentStep> ofOrder(String journeyInstanceId, String orderId) {
        return reads.asSystem(() -> {
            java.util.Set<String> ids = new java.util.LinkedHashSet<>(journeyInstanceId == null ? List.of() : withCalled(journeyInstanceId));
            for (ProcessInstance beside : runtime.createProcessInstanceQuery().variableValueEquals(ORDER_ID, orderId).listPage(0, 500)) {
                ids.addAll(withCalled(beside.getId()));
            }
            return read(List.copyOf(ids));
        });
    }

    /** The variable every process run for an order carries. */
    private static final String ORDER_ID = "orderId";

    private List<CurrentStep> read(List<String> instanceIds) {
        List<CurrentStep> steps = new ArrayList<>();
        for (String id : instanceIds) {
            ProcessInstance pi = runtime.createProcessInstanceQuery().processInstanceId(id).singleResult();
            if (pi == null) {
                continue;
            }
            String key = repository.getProcessDefinition(pi.getProcessDefinitionId()).getKey();
            // the engine's deployment cache holds the model: the names the diagram gives the events a step waits at
            BpmnModelInstance model = repository.getBpmnModelInstance(pi.getProcessDefinitionId());
            for (Task t : tasks.createTaskQuery().processInstanceId(id).listPage(0, 500)) {
                List<String> groups = tasks.getIdentityLinksForTask(t.getId()).stream()
                    .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
                    .map(IdentityLink::getGroupId).toList();
                steps.add(new CurrentStep(key, t.getTaskDefinitionKey(), t.getName(), CurrentStep.Kind.USER_TASK, t.getId(),
                    groups, t.getDueDate() == null ? null : t.getDueDate().toInstant(),
                    t.getFollowUpDate() == null ? null : t.getFollowUpDate().toInstant(), null));
            }
            for (EventSubscription s : runtime.createEventSubscriptionQuery().processInstanceId(id).eventType("message").listPage(0, 500)) {
                steps.add(new CurrentStep(key, s.getActivityId(), name(model, s.getActivityId()), CurrentStep.Kind.WAITING_FOR_MESSAGE, null, List.of(),
                    null, null, s.getEventName()));
            }
            for (Job j : management.createJobQuery().processInstanceId(id).timers().listPage(0, 500)) {
                String activity = activityOf(j);
                steps.add(new CurrentStep(key, activity, name(model, activity), CurrentStep.Kind.TIMER, null, List.of(),
                    j.getDuedate() == null ? null : j.getDuedate().toInstant(), null, null));
            }
        }
        steps.sort(Comparator.comparing(CurrentStep::due, Comparator.nullsLast(Comparator.naturalOrder())));
        return steps;
    }

    /** The name the diagram gives an activity or event, null when it has none. */
    private static String name(BpmnModelInstance model, String activityId) {
        if (model == null || activityId == null) {
            return null;
        }
        ModelElementInstance element = model.getModelElementById(activityId);
        return element == null ? null : element.getAttributeValue("name");
    }

    /** From the job's definition: a job read by a query cannot work its activity out outside a command. */
    private String activityOf(Job job) {
        if (job.getJobDefinitionId() == null) {
            return null;
        }
        JobDefinition definition = management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
        return definition == null ? null : definition.getActivityId();
    }

    private List<String> withCalled(String processInstanceId) {
        List<String> ids = new ArrayList<>();
        ids.add(processInstanceId);
        for (int i = 0; i < ids.size(); i++) {
            runtime.createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).listPage(0, 500).forEach(p -> ids.add(p.getId()));
        }
        return ids;
    }
}
