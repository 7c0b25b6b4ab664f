package io.meridian.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.meridian.process.InstanceVariables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** The running instances of a process with the variables a preview needs and their open tasks, read in a few queries. */
@Component
class RunningProcesses {

    /** One running instance: business key, the variables asked for (as text), open user tasks. */
    record Running(String id, String businessKey, Map<String, String> variables, int openTasks) {
    }

    private static final int PAGE = 500;

    private final RuntimeService runtime;
    private final TaskService tasks;

    RunningProcesses(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    List<Running> of(String processKey, String... variables) {
        List<Running> all = new ArrayList<>();
        for (int first = 0; ; first += PAGE) {
            List<ProcessInstance> page = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                .orderByProcessInstanceId().asc().listPage(first, PAGE);
            if (page.isEmpty()) {
                break;
            }
            String[] ids = page.stream().map(ProcessInstance::getId).toArray(String[]::new);
            Map<String, Map<String, String>> values = InstanceVariables.asText(runtime, ids, variables);
            Map<String, Integer> open = new HashMap<>();
            for (Task task : tasks.createTaskQuery().processInstanceIdIn(ids).list()) {
                open.merge(task.getProcessInstanceId(), 1, Integer::sum);
            }
            for (ProcessInstance instance : page) {
                all.add(new Running(instance.getId(),
                    instance.getBusinessKey() != null ? instance.getBusinessKey() : instance.getId(),
                    values.getOrDefault(instance.getId(), Map.of()), open.getOrDefault(instance.getId(), 0)));
            }
            if (page.size() < PAGE) {
                break;
            }
        }
        return all;
    }
}
