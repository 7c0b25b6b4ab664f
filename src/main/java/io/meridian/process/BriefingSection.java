package io.meridian.process;

import java.time.ZoneId;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A part of a task's briefing that a capability knows (the inquiry's request, the order behind an
 * order task), so that the briefing ({@link TaskGuidance}) needs no import of that capability.
 * Sections of one place follow each other in the beans' {@link org.springframework.core.annotation.Order}.
 */
public interface BriefingSection {

    /** Where a section goes: after the client (before the due time), or after the next contact window. */
    enum Place { BEFORE_DUE, AFTER_CONTACT_WINDOW }

    /** Markdown for {@code task}'s briefing, or empty when it has nothing to say about this task. */
    Optional<String> section(DelegateTask task);

    /** The same, for a section that shows a moment in both clocks. */
    default Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone) {
        return section(task);
    }

    default Place place() {
        return Place.BEFORE_DUE;
    }
}
