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

    /**
     * Markdown for {@code task}'s briefing, or empty when it has nothing to say about this task; a moment it shows
     * goes in the team's clock ({@code teamZone}: the client's desk's, or the team's) and the client's.
     */
    Optional<String> section(DelegateTask task, ZoneId teamZone, ZoneId clientZone);

    default Place place() {
        return Place.BEFORE_DUE;
    }
}
