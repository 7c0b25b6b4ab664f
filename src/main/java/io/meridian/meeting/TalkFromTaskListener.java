package io.meridian.meeting;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * A talk recorded from a journey task's form: "Reply to inquiry", "Follow up quote" and "Handle
 * objection" ask whether the work was done in a call, a video call or a meeting, and with whom.
 * When the task is completed with a kind of talk, the talk is recorded on the inquiry as if
 * {@code POST /api/inquiries/{id}/meetings} had been called at that moment (held now, by the user
 * who completed the task), which puts "Write the minutes" in front of sales, due within 24 hours.
 * A kind the meetings do not know refuses the completion (400 over engine-rest), and nothing is
 * kept. The two form fields are not kept on the journey.
 */
@Component("talkFromTaskListener")
class TalkFromTaskListener implements TaskListener {

    static final String TALK_KIND = "talkKind";
    static final String TALK_PARTICIPANTS = "talkParticipants";
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
        task.getExecution().removeVariable(TALK_KIND);
        task.getExecution().removeVariable(TALK_PARTICIPANTS);
        if (kind == null || kind.toString().isBlank() || NO_TALK.equals(kind.toString())) {
            return;
        }
        String inquiryId = (String) task.getVariable(NegotiationMeeting.Var.INQUIRY_ID);
        meetings.record(inquiryId, new MeetingService.MeetingRequest(kind.toString(), null,
            participants == null ? null : participants.toString()));
    }
}
