package io.meridian.system;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The labels of a task's Camunda Form, field key to label, read from the form deployed with the task's process
 * ({@code camunda:formRef}, binding "deployment"). Read in the completing command through the engine's own managers,
 * not through FormService: a nested command that fails would replace the refusal being answered.
 */
final class FormLabels {

    private static final Logger log = LoggerFactory.getLogger(FormLabels.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private FormLabels() {
    }

    /** The task form's labels; none when the task has no Camunda Form or it cannot be read. */
    static Map<String, String> of(DelegateTask task) {
        try {
            CommandContext context = Context.getCommandContext();
            if (context == null || !(task instanceof TaskEntity entity) || entity.getTaskDefinition() == null) {
                return Map.of();
            }
            Expression key = entity.getTaskDefinition().getCamundaFormDefinitionKey();
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
            collect(JSON.readTree(new String(resource.getBytes(), StandardCharsets.UTF_8)), labels);
            return labels;
        } catch (Exception e) {
            // the refusal is answered with the variable names then, as engine-rest callers get it
            log.warn("No labels for the form of task {}: {}", task.getId(), e.toString());
            return Map.of();
        }
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
