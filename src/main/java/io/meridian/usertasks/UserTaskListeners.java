package io.meridian.usertasks;

import java.util.ArrayList;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Adds a task listener to every user task of every model the engine parses, from an engine plugin's {@code preInit}. */
public final class UserTaskListeners {

    /** Where the listener runs among a task's listeners for its event. */
    public enum Order {
        /** Before the model's own listeners, and also when a caller skips custom listeners. */
        FIRST,
        /** After the model's own listeners. */
        AFTER_THE_MODELS
    }

    private UserTaskListeners() {
    }

    /** Adds {@code listener} for {@code event} (e.g. {@link TaskListener#EVENTNAME_CREATE}) to every user task. */
    public static void add(ProcessEngineConfigurationImpl configuration, String event, Order order, TaskListener listener) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
                    if (order == Order.FIRST) {
                        userTask.getTaskDefinition().addBuiltInTaskListener(event, listener);
                    } else {
                        userTask.getTaskDefinition().addTaskListener(event, listener);
                    }
                }
            }
        });
    }
}
