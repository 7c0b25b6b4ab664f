package io.meridian.inquiry;

import io.meridian.process.ProcessValues;

import io.meridian.inquiry.ClientJourney.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Closes the inquiry as lost in the ledger (no answer after the last follow-up, or given up after an objection). */
@Component
class MarkLostDelegate implements JavaDelegate {

    private final InquiryLedger inquiries;

    MarkLostDelegate(InquiryLedger inquiries) {
        this.inquiries = inquiries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        inquiries.lost(ProcessValues.requiredText(execution, Var.INQUIRY_ID));
    }
}
