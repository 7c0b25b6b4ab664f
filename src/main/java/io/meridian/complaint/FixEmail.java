package io.meridian.complaint;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.meridian.messages.MessageKind;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import org.springframework.stereotype.Component;

/**
 * The email that tells the client a complaint's root cause and permanent fix: when it still waits in the outbox for the
 * client's business hours, the client has not read the fix yet; when the outbox gave up on it (the mail server refused it
 * for good, or its last attempt failed) and nobody has sent it again or recorded how the client got it, the client has not
 * had it at all. The confirmation waits for it, and so does the team's follow-up.
 */
@Component
class FixEmail {

    /** What the team's task about an undelivered client email is called in Tasklist (processes/undelivered-email.bpmn). */
    static final String REACH_CLIENT_TASK = "Reach the client: email not delivered";

    private final Outbox outbox;
    private final ComplaintLedger complaints;

    FixEmail(Outbox outbox, ComplaintLedger complaints) {
        this.outbox = outbox;
        this.complaints = complaints;
    }

    /** When complaint {@code complaintId}'s fix email goes out, if it is planned for after {@code now}; empty when none waits. */
    Optional<Instant> waitingAfter(String complaintId, Instant now) {
        return fixEmails(complaintId).stream()
            .filter(m -> m.status() == OutboxMessage.Status.PLANNED && m.delivery().nextAttemptAt().isAfter(now))
            .map(m -> m.delivery().nextAttemptAt()).max(Instant::compareTo);
    }

    /**
     * Complaint {@code complaintId}'s latest fix email when the outbox gave up on it and nobody settled it yet (sent again, or
     * recorded how the client got it: {@code io.meridian.undelivered}); empty when the client has it or it is on its way.
     */
    Optional<OutboxMessage> notDelivered(String complaintId) {
        List<OutboxMessage> fixes = fixEmails(complaintId);
        return fixes.isEmpty() ? Optional.empty() : Optional.of(fixes.get(fixes.size() - 1))
            .filter(m -> m.status() == OutboxMessage.Status.FAILED && m.delivery().settled() == null);
    }

    /**
     * What the team and the API read of complaint {@code complaintId}'s fix email not delivered: to whom, why, after how many
     * attempts, and who acts: the team that signed it, the complaint's handling team (io.meridian.undelivered), support
     * before the complaint has one.
     */
    String describe(String complaintId, OutboxMessage failed) {
        String team = MessageKind.COMPLAINT_ROOT_CAUSE_FIX.signingTeam(complaints.byId(complaintId).map(ComplaintRecord::team).orElse(null));
        return "the email with the root cause and permanent fix to " + failed.recipient() + " was not delivered ("
            + failed.delivery().lastError() + ", after " + failed.delivery().attempts()
            + (failed.delivery().attempts() == 1 ? " attempt" : " attempts") + "): the client has not had the fix. The "
            + io.meridian.system.Groups.ALL.getOrDefault(team, team) + " team's task \""
            + REACH_CLIENT_TASK + "\" about it (subject \"" + failed.subject() + "\"; each email not delivered has its own) sends it"
            + " again, to the same or a corrected address, or records how the client got it";
    }

    /** The complaint's fix emails, oldest first. */
    private List<OutboxMessage> fixEmails(String complaintId) {
        return outbox.about(complaintId).stream()
            .filter(m -> m.kind() == OutboxMessage.Kind.CLIENT && MessageKind.COMPLAINT_ROOT_CAUSE_FIX.name().equals(m.content().messageKind()))
            .toList();
    }
}
