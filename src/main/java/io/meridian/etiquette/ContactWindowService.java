package io.meridian.etiquette;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import io.meridian.calendar.Clocks;
import io.meridian.calendar.ContactWindow;
import io.meridian.calendar.WindowKind;
import org.springframework.stereotype.Service;

/** The next moments to reach a client: one etiquette decision, then the clocks. */
@Service
class ContactWindowService {

    private final EtiquetteService etiquette;
    private final Clocks clocks;

    public ContactWindowService(EtiquetteService etiquette, Clocks clocks) {
        this.etiquette = etiquette;
        this.clocks = clocks;
    }

    /**
     * @param clientZone the client's own zone when it differs from the country's default
     *                   (a Los Angeles client of a US row that defaults to New York); null for the default
     */
    public List<ContactWindow> next(String country, ZoneId clientZone, Instant from, int count, WindowKind kind) {
        Etiquette decided = etiquette.decide(country, from, Tier.B);
        return clocks.windows(decided.calendar(clientZone), kind, from, count);
    }
}
