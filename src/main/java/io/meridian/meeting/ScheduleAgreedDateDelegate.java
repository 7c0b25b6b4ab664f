package io.meridian.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.meridian.calendar.ContactWindow;
import io.meridian.messages.ClientDates;
import io.meridian.messages.MessageKind;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientMail;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.process.ProcessValues;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * A decision delay with a concrete next date (seed 003: "report by Thursday, talk on Friday"): the
 * journey goes back to waiting for the client, and its follow-up falls due at the first call window
 * of the agreed day (the client's day), not after the usual cadence. The follow-up count starts
 * again: the client agreed to talk, a follow-up on that day is not one more unanswered chase.
 */
@Component
class ScheduleAgreedDateDelegate implements JavaDelegate {

    private final ClientClocks clocks;
    private final ClientMail mail;

    ScheduleAgreedDateDelegate(ClientClocks clocks, ClientMail mail) {
        this.clocks = clocks;
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        LocalDate day = ProcessValues.date(execution, Var.NEXT_STEP_ON);
        if (day == null) {
            throw new io.meridian.system.InvalidInputException(Var.NEXT_STEP_ON, "nextStepOn is required: the next date agreed with the client");
        }
        execution.setVariable(Var.FOLLOW_UP_AT, Date.from(wakeAt(execution, day, now)));
        execution.setVariable(Var.FOLLOW_UPS_SENT, 0);
        confirmInWriting(execution, day, now);
    }

    /**
     * The client gets the agreed date in writing (seed 001: what is agreed is confirmed by email), in their language and
     * tone, in their next send window: a date agreed on a call and kept only in the journey was no promise to them.
     */
    private void confirmInWriting(DelegateExecution execution, LocalDate day, Instant now) {
        ClientClocks.Client client = clocks.decide(execution, now);
        String inquiryId = ProcessValues.requiredText(execution, Var.INQUIRY_ID);
        // a date agreed again replaces the one still waiting for the client's opening: the client gets the newest only
        mail.messages().withdrawWaiting(MessageKind.NEXT_DATE, inquiryId, "a later next date replaces it");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("product", ProcessValues.requiredText(execution, Var.PRODUCT));
        values.put("nextStepOn", ClientDates.day(day));
        values.put("externalRef", Objects.toString(ProcessValues.text(execution, Var.EXTERNAL_REF), ""));
        mail.plan(execution, mail.addressee(execution, client.etiquette(), client.zone()), MessageKind.NEXT_DATE, values,
            clocks.clocks().sendAt(client.calendar(), now), inquiryId);
    }

    Instant wakeAt(DelegateExecution execution, LocalDate day, Instant now) {
        return wakeAt(clocks, clocks.decide(execution, now), day, now);
    }

    /** The first call window with {@code client} from the start of the agreed day (from now, for today). */
    static Instant wakeAt(ClientClocks clocks, ClientClocks.Client client, LocalDate day, Instant now) {
        Instant dayStart = day.atStartOfDay(client.zone()).toInstant();
        Instant from = dayStart.isBefore(now) ? now : dayStart;
        return clocks.clocks().nextCall(client.calendar(), client.team(), from).map(ContactWindow::start).orElse(from);
    }
}
