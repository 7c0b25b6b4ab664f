package io.meridian.process;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.Clocks;
import io.meridian.etiquette.Etiquette;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Tier;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The client of a process instance on the clocks: the etiquette decided once for the step (by the
 * instance's country, tier and own time zone) and the client calendar it gives. Steps of every
 * process (journey, fulfilment, complaint) plan with it.
 */
@Component
public class ClientClocks {

    private final EtiquetteService etiquette;
    private final Clocks clocks;

    public ClientClocks(EtiquetteService etiquette, Clocks clocks) {
        this.etiquette = etiquette;
        this.clocks = clocks;
    }

    /** One decision for one step. */
    public record Client(Etiquette etiquette, ClientCalendar calendar) {
        public ZoneId zone() {
            return calendar.zone();
        }
    }

    public Client decide(VariableScope scope, Instant now) {
        String country = ProcessValues.requiredText(scope, ClientVariables.COUNTRY);
        Tier tier = Tier.valueOf(Optional.ofNullable(ProcessValues.text(scope, ClientVariables.TIER)).orElse(Tier.B.name()));
        return decide(country, tier, ProcessValues.zone(scope, ClientVariables.TIME_ZONE), now);
    }

    /** The same for a client known by its record: {@code zone} null takes the etiquette's zone for the country. */
    public Client decide(String country, Tier tier, ZoneId zone, Instant now) {
        Etiquette decided = etiquette.decide(country, now, tier);
        return new Client(decided, decided.calendar(zone));
    }

    /** When a client email planned now should go out: inside the client's next business hours. */
    public Instant sendAt(VariableScope scope, Instant now) {
        return clocks.sendAt(decide(scope, now).calendar(), now);
    }

    public Clocks clocks() {
        return clocks;
    }
}
