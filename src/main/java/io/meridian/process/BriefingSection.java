package io.meridian.process;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A part of a task's briefing that another capability knows (the order behind an order task), so
 * that the briefing needs no import of that capability.
 */
public interface BriefingSection {

    /** Markdown for {@code task}'s briefing, or empty when it has nothing to say about this task. */
    Optional<String> section(DelegateTask task);
}
