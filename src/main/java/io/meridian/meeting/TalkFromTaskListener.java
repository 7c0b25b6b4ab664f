package io.meridian.meeting;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.meridian.formchoices.FormChoices;
import io.meridian.system.Inputs;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A talk recorded from a journey task's form: "Reply to inquiry", "Follow up quote" and "Handle
 * objection" ask whether the work was done in a call, a video call or a meeting, when it was held and with whom.
 * When the task is completed with a kind of talk, the talk is recorded on the inquiry as if
 * {@code POST /api/inquiries/{id}/meetings} had been called with that time (by the user who completed the task), which
 * puts "Write the minutes" in front of sales, due within 24 hours of the talk. The time is required: a talk recorded
 * as held when the task was completed (at 01:28 for a call in the afternoon) was a false record with a false due time.
 * Who took part is optional, as over the API: it is kept with the talk, and the minutes do not show it.
 * A kind the meetings do not know, or no time or a time that is no time, refuses the completion (400 over engine-rest),
 * naming the form's fields, and nothing is kept. The form's fields are not kept on the journey.
 */
@Component("talkFromTaskListener")
class TalkFromTaskListener implements TaskListener {

    static final String TALK_KIND = "talkKind";
    static final String TALK_PARTICIPANTS = "talkParticipants";
    static final String TALK_HELD_AT = "talkHeldAt";
    /** The form's fields by the names of the meeting request's, for a refusal that names what the person filled in. */
    private static final Map<String, String> FIELDS = Map.of("kind", TALK_KIND, "heldAt", TALK_HELD_AT, "participants", TALK_PARTICIPANTS);
    /** The form's default choice: the work was not done in a talk. */
    static final String NO_TALK = "NONE";

    private final MeetingService meetings;

    TalkFromTaskListener(MeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        Object kind = task.getVariable(TALK_KIND);
        Object participants = task.getVariable(TALK_PARTICIPANTS);
        Object heldAt = task.getVariable(TALK_HELD_AT);
        task.getExecution().removeVariable(TALK_KIND);
        task.getExecution().removeVariable(TALK_PARTICIPANTS);
        task.getExecution().removeVariable(TALK_HELD_AT);
        String given = kind == null ? "" : kind.toString().strip().toUpperCase(Locale.ROOT);
        if (given.isEmpty() || NO_TALK.equals(given)) {
            return;
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (Arrays.stream(NegotiationMeeting.Kind.values()).noneMatch(k -> k.name().equals(given))) {
            // over engine-rest: the values the form's field takes, NONE too, each with the words Tasklist shows
            errors.put(TALK_KIND, FormChoices.unknown(form(task), TALK_KIND, kind.toString()));
        }
        if (heldAt == null || heldAt.toString().isBlank()) {
            errors.put(TALK_HELD_AT, TALK_HELD_AT + " is required for a talk (\"When the talk was held\"): its date and time in the"
                + " team's clock, yyyy-mm-dd hh:mm (e.g. 2027-03-04 10:00)");
        }
        Inputs.throwIfAny(errors);
        String inquiryId = (String) task.getVariable(NegotiationMeeting.Var.INQUIRY_ID);
        try {
            meetings.record(inquiryId, new MeetingService.MeetingRequest(given, heldAt.toString(),
                participants == null ? null : participants.toString()));
        } catch (InvalidInputException e) {
            // the meetings name the API's fields ("heldAt '12.01.2027' is not a date"): say the form's instead
            Map<String, String> named = new LinkedHashMap<>();
            e.fields().forEach((field, message) -> {
                String name = FIELDS.getOrDefault(field, field);
                named.put(name, message.startsWith(field) ? name + message.substring(field.length()) : message);
            });
            throw new InvalidInputException(named);
        }
    }

    /** The task's form in processes/: "Reply to inquiry" (replyToInquiry) has reply-to-inquiry.form. */
    private static String form(DelegateTask task) {
        return task.getTaskDefinitionKey().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT) + ".form";
    }
}
