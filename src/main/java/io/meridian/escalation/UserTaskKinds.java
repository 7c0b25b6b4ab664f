package io.meridian.escalation;

import java.util.Set;
import java.util.TreeSet;

import io.meridian.system.EngineReads;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * The kinds of task the escalation table can be asked about: the ids of the user tasks of every deployed process
 * version (an older version's tasks may still be open). Read from the engine's deployment cache on each call, so a
 * process deployed later counts at once.
 */
@Component
class UserTaskKinds {

    /** More versions than a deployment history here reaches; a bound, as the engine refuses unbound queries. */
    private static final int MAX_DEFINITIONS = 2000;

    private final RepositoryService repository;
    private final EngineReads engine;

    UserTaskKinds(RepositoryService repository, EngineReads engine) {
        this.repository = repository;
        this.engine = engine;
    }

    Set<String> all() {
        // the caller may not read process definitions (a shop's user); the task ids are no secret of theirs
        return engine.asSystem(() -> {
            Set<String> kinds = new TreeSet<>();
            for (ProcessDefinition definition : repository.createProcessDefinitionQuery().listPage(0, MAX_DEFINITIONS)) {
                repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(UserTask.class)
                    .forEach(task -> kinds.add(task.getId()));
            }
            return kinds;
        });
    }
}
