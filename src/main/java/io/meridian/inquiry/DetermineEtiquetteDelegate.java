package io.meridian.inquiry;

import io.meridian.process.ClientClocks;
import io.meridian.process.ProcessValues;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.calendar.ContactWindow;
import io.meridian.etiquette.Etiquette;
import io.meridian.etiquette.EtiquetteJson;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Tier;
import io.meridian.inquiry.ClientJourney.Var;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The business rule task "Determine etiquette": asks the etiquette decision table and keeps the
 * whole answer, one JSON value (the rows that fired, the workbook version, the follow-up cadence),
 * with the inquiry in the inquiry ledger, where {@link JourneyEtiquette} and a repeated
 * {@code POST /api/inquiries} read it. The instance holds it only as a transient variable, for the
 * rest of the start's command: as a process variable it cost a runtime row, a history row and a
 * byte-array row for each, on every start (README "Benchmarks", issue 16). The start's answer gets the
 * decision and the next call window from {@link StartingInquiries}.
 */
@Component
class DetermineEtiquetteDelegate implements JavaDelegate {

    private final EtiquetteService etiquette;
    private final ObjectMapper json;
    private final EtiquetteJson decisions;
    private final InquiryLedger inquiries;
    private final StartingInquiries starting;
    private final ClientClocks clientClocks;

    DetermineEtiquetteDelegate(EtiquetteService etiquette, ObjectMapper json, EtiquetteJson decisions,
                               InquiryLedger inquiries, StartingInquiries starting, ClientClocks clientClocks) {
        this.etiquette = etiquette;
        this.starting = starting;
        this.clientClocks = clientClocks;
        this.json = json;
        this.decisions = decisions;
        this.inquiries = inquiries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        String country = ProcessValues.requiredText(execution, Var.COUNTRY);
        Tier tier = Tier.valueOf(ProcessValues.requiredText(execution, Var.TIER));
        Etiquette decided = etiquette.decide(country, now, tier);
        ZoneId clientZone = ProcessValues.zone(execution, Var.TIME_ZONE);
        // the window the client's desk can call in (the whole team's without desks), as the reply task's follow-up date
        Optional<ContactWindow> next = clientClocks.clocks().nextCall(decided.calendar(clientZone), clientClocks.team(execution), now);
        // one JSON value with the whole decision (its rules version, follow-up cadence, time zone), kept
        // with the inquiry: JourneyEtiquette reads the fields the gateways and delegates need from it
        String decision = decisions.write(decided);
        inquiries.recordEtiquette(ProcessValues.requiredText(execution, Var.INQUIRY_ID), decision);
        execution.setVariable(Var.ETIQUETTE, SpinValues.jsonValue(decision, true).create());
        // for the start's answer only (a later step asks the clocks again, for its own moment): in memory
        // to POST /api/inquiries, as a variable to a start from engine-rest, which may ask for them in return
        if (!starting.decided(execution.getProcessBusinessKey(), decision, next.orElse(null))) {
            execution.setVariable(Var.NEXT_CONTACT_WINDOW, SpinValues.jsonValue(write(next.orElse(null)), true).create());
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the etiquette decision as JSON", e);
        }
    }
}
