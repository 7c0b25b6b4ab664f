package io.meridian.complaint;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A paragraph another module adds to a complaint task's briefing, after what the complaint's own stages recorded (the
 * emergency plan of a quality complaint: what the supplier said and the fix designed, which the stages answer the client with).
 */
public interface ComplaintBriefingSection {

    /** Markdown for the briefing of {@code task}, a complaint task being made, or empty when there is nothing to say. */
    Optional<String> section(DelegateTask task);
}
