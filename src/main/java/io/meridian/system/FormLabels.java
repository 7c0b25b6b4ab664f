package io.meridian.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.rest.util.EngineUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The labels of a task's Camunda Form, field key to label, read from the form deployed with the task's process
 * ({@code camunda:formRef}, binding "deployment"). Read after the refused submission was rolled back, in a command of
 * its own through the engine's managers: no authorization check and no history for a read the user did not ask for.
 */
final class FormLabels {

    private static final Logger log = LoggerFactory.getLogger(FormLabels.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private FormLabels() {
    }

    /** The labels of the form of task {@code taskId} of engine {@code engineName} (null: the default engine); none when it has none. */
    static Map<String, String> ofTask(String engineName, String taskId) {
        try {
            ProcessEngine engine = EngineUtil.lookupProcessEngine(engineName);
            if (engine == null) {
                return Map.of();
            }
            return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> {
                    TaskEntity task = context.getTaskManager().findTaskById(taskId);
                    return task == null ? Map.<String, String>of() : of(context, task);
                });
        } catch (Exception e) {
            // the refusal is answered with the variable names then, as engine-rest callers get it
            log.warn("No labels for the form of task {}: {}", taskId, e.toString());
            return Map.of();
        }
    }

    private static Map<String, String> of(CommandContext context, TaskEntity task) {
        if (task.getTaskDefinition() == null) {
            return Map.of();
        }
        Expression key = task.getTaskDefinition().getCamundaFormDefinitionKey();
        if (key == null) {
            return Map.of();
        }
        String deploymentId = context.getProcessEngineConfiguration().getDeploymentCache()
            .findDeployedProcessDefinitionById(task.getProcessDefinitionId()).getDeploymentId();
        CamundaFormDefinitionEntity form = context.getCamundaFormDefinitionManager()
            .findDefinitionByDeploymentAndKey(deploymentId, String.valueOf(key.getValue(task)));
        ResourceEntity resource = form == null ? null
            : context.getResourceManager().findResourceByDeploymentIdAndResourceName(deploymentId, form.getResourceName());
        if (resource == null) {
            return Map.of();
        }
        Map<String, String> labels = new LinkedHashMap<>();
        try {
            collect(JSON.readTree(new String(resource.getBytes(), StandardCharsets.UTF_8)), labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }

    private static void collect(JsonNode node, Map<String, String> labels) {
        for (JsonNode c : node.path("components")) {
            if (c.hasNonNull("key") && c.hasNonNull("label")) {
                labels.putIfAbsent(c.get("key").asText(), c.get("label").asText());
            }
            collect(c, labels);
        }
    }
}
