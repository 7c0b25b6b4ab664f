package io.meridian.newtasks;

import java.lang.reflect.Field;

import io.meridian.usertasks.UserTaskListeners;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableCollectionProvider;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives each new user task an empty variable store before its create listeners run. Camunda's
 * {@code TaskEntity} loads its variables from the database the first time any are read or written,
 * new or not; the journey's listeners read the client's values through the task and write the
 * task's card copies and form texts, so every task cost one {@code select} of {@code ACT_RU_VARIABLE}
 * that could find nothing: the task's id was made in this command. Camunda does the same for its
 * new executions ({@code ExecutionEntity.initialize}). A store something already read (an expression
 * of the task's definition) keeps what it holds.
 */
@Component
class EmptyStoreForNewTasks extends AbstractProcessEnginePlugin {

    private static final Logger log = LoggerFactory.getLogger(EmptyStoreForNewTasks.class);
    private static final Field STORE = storeField();

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (STORE == null) {
            return;
        }
        // before the model's listeners and those other plugins add, which read and write the task's variables
        UserTaskListeners.add(configuration, TaskListener.EVENTNAME_CREATE, UserTaskListeners.Order.FIRST, EmptyStoreForNewTasks::empty);
    }

    /** At the create event: the task is new; its store, if nothing has filled it yet, starts empty. */
    static void empty(DelegateTask task) {
        if (task instanceof TaskEntity entity) {
            VariableStore<?> store = store(entity);
            if (!store.isInitialized()) {
                store.setVariablesProvider(VariableCollectionProvider.emptyVariables());
            }
        }
    }

    @SuppressWarnings("rawtypes")
    private static VariableStore store(TaskEntity task) {
        try {
            return (VariableStore) STORE.get(task);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Camunda's TaskEntity.variableStore cannot be read", e);
        }
    }

    private static Field storeField() {
        try {
            Field field = TaskEntity.class.getDeclaredField("variableStore");
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException e) {
            // a later Camunda without the field: tasks load their variables as Camunda does, one query more each
            log.warn("Camunda's TaskEntity has no readable field 'variableStore' ({}): new tasks load their variables from the database", e.toString());
            return null;
        }
    }
}
