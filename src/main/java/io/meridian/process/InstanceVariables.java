package io.meridian.process;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;

/**
 * Variables of many process instances at once, each from the instance's own scope (not a task's or a child
 * execution's) and as text: one query for a page of instances, as the what-if previews read them.
 */
public final class InstanceVariables {

    private InstanceVariables() {
    }

    /** By instance id, the named variables each has (a variable it lacks or holds null is left out). */
    public static Map<String, Map<String, String>> asText(RuntimeService runtime, String[] instances, String... names) {
        Map<String, Map<String, String>> values = new HashMap<>();
        if (instances.length == 0) {
            return values;
        }
        for (VariableInstance v : runtime.createVariableInstanceQuery().processInstanceIdIn(instances).variableNameIn(names)
            .disableCustomObjectDeserialization().list()) {
            if (v.getExecutionId().equals(v.getProcessInstanceId()) && v.getValue() != null) {
                values.computeIfAbsent(v.getProcessInstanceId(), k -> new HashMap<>()).put(v.getName(), String.valueOf(v.getValue()));
            }
        }
        return values;
    }
}
