package io.meridian.inquiry;

import io.meridian.process.ProcessValues;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.calendar.ContactWindow;
import io.meridian.calendar.Clocks;
import io.meridian.etiquette.Etiquette;
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
 * whole answer with the instance as one JSON variable (it holds the rows that fired, the workbook
 * version and the follow-up cadence, read by {@link JourneyEtiquette}).
 */
@Component
class DetermineEtiquetteDelegate implements JavaDelegate {

    private final EtiquetteService etiquette;
    private final Clocks clocks;
    private final ObjectMapper json;

    DetermineEtiquetteDelegate(EtiquetteService etiquette, Clocks clocks, ObjectMapper json) {
        this.etiquette = etiquette;
        this.clocks = clocks;
        this.json = json;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Instant now = ClockUtil.now().toInstant();
        String country = ProcessValues.requiredText(execution, Var.COUNTRY);
        Tier tier = Tier.valueOf(ProcessValues.requiredText(execution, Var.TIER));
        Etiquette decided = etiquette.decide(country, now, tier);
        ZoneId clientZone = ProcessValues.zone(execution, Var.TIME_ZONE);
        Optional<ContactWindow> next = clocks.nextCall(decided.calendar(clientZone), now);
        // one JSON value with the whole decision (its rules version, follow-up cadence, time zone):
        // JourneyEtiquette reads the fields the gateways and delegates need from it
        execution.setVariable(Var.ETIQUETTE, SpinValues.jsonValue(write(decided)).create());
        // for the start's answer only: a later step asks the clocks again, for its own moment
        execution.setVariable(Var.NEXT_CONTACT_WINDOW, SpinValues.jsonValue(write(next.orElse(null)), true).create());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the etiquette decision as JSON", e);
        }
    }
}
