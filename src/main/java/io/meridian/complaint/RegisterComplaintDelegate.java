package io.meridian.complaint;

import java.time.Instant;
import java.util.function.UnaryOperator;

import io.meridian.client.Client;
import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.ids.Ids;
import io.meridian.ids.ShortNumbers;
import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;
import io.meridian.system.Caller;
import io.meridian.system.InvalidInputException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * First step of every complaint, however it was started: validates the start variables, keeps
 * the client and records the complaint in the ledger. Runs in the start transaction, so a
 * refused start leaves neither an instance nor a ledger row.
 */
@Component
class RegisterComplaintDelegate implements JavaDelegate {

    private static final int MAX_ID = 40;

    private final ComplaintIntake intake;
    private final ComplaintLedger complaints;
    private final IdentityService identity;
    private final ClientClocks clocks;

    RegisterComplaintDelegate(ComplaintIntake intake, ComplaintLedger complaints, IdentityService identity, ClientClocks clocks) {
        this.intake = intake;
        this.complaints = complaints;
        this.identity = identity;
        this.clocks = clocks;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        ComplaintHandling.Source source = source(ProcessValues.text(execution, Var.SOURCE));
        NewComplaint complaint = intake.read(execution.getVariables(), UnaryOperator.identity(), now, source, false);
        String id = execution.getProcessBusinessKey();
        if (id == null || id.isBlank()) {
            id = Ids.next();
            execution.setProcessBusinessKey(id);
        } else if (id.length() > MAX_ID) {
            throw new InvalidInputException("businessKey", "the business key is the complaint id: at most " + MAX_ID + " characters");
        } else if (complaints.byId(id).isPresent()) {
            throw new InvalidInputException("businessKey", "complaint '" + id + "' exists already");
        }
        Object openedBy = execution.getVariable(Var.OPENED_BY);
        Client client = intake.record(complaint, openedBy != null ? openedBy.toString() : Caller.id(identity), id, now);
        // the rest of the command (the classification's team calendar, the tasks) knows the desk without asking the ledger
        clocks.deskRecorded(execution, client.desk());
        String number = ShortNumbers.free("C-", ShortNumbers.randomDigits(), complaints::numberTaken, "complaint");
        complaints.insert(new ComplaintRecord(id, number, client.id(), complaint.orderId(), complaint.inquiryId(), source,
            complaint.category(), complaint.wording(), complaint.description(), complaint.receivedAt(), null, null, null,
            null, null, null, ComplaintRecord.Status.RECEIVED, 0, execution.getProcessInstanceId(), null, now));
        execution.setVariables(complaint.variables());
        // the complaint works with the client as recorded, not with what the complaint left out
        execution.setVariables(client.variables());
        execution.setVariable(Var.CLIENT_ID, client.id());
        execution.setVariable(Var.COMPLAINT_ID, id);
        execution.setVariable(Var.COMPLAINT_NUMBER, number);
        execution.setVariable(Var.LEVEL, 0);
    }

    private static ComplaintHandling.Source source(String text) {
        if (text == null) {
            return ComplaintHandling.Source.API;
        }
        try {
            return ComplaintHandling.Source.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(Var.SOURCE, "unknown complaintSource '" + text + "' (API or DETRACTOR)");
        }
    }
}
