package io.meridian.system;

import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a user task must be completed with so that the step after it can do its work. The work
 * after a task runs after an asynchronous continuation, in a job of its own; a value it would
 * refuse is refused here instead, when the person completes the task (a 400, the task stays open),
 * not later as a failed job. Implemented by each capability for its own tasks.
 */
public interface CompletionCheck {

    /** The process whose tasks this checks. */
    String processKey();

    /** The user task ids whose completion this checks. */
    Set<String> userTasks();

    /** Throws an {@link InvalidInputException} naming each refused variable. */
    void check(DelegateTask task);
}
