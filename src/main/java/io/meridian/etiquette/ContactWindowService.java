package io.meridian.etiquette;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.meridian.calendar.ContactWindow;
import io.meridian.calendar.ContactWindows;
import io.meridian.calendar.TeamSettings;
import org.springframework.stereotype.Service;

/** The next moments the team can reach a client: contact hours against the client's working days. */
@Service
public class ContactWindowService {

    private final EtiquetteService etiquette;
    private final TeamSettings team;

    public ContactWindowService(EtiquetteService etiquette, TeamSettings team) {
        this.etiquette = etiquette;
        this.team = team;
    }

    /**
     * @param clientZone the client's own zone when it differs from the country's default
     *                   (a Los Angeles client of a US row that defaults to New York); null for the default
     */
    public List<ContactWindow> next(String country, ZoneId clientZone, Instant from, int count) {
        Etiquette now = etiquette.decide(country, from, Tier.B);
        ZoneId zone = clientZone != null ? clientZone : ZoneId.of(now.timeZone());
        return ContactWindows.next(new ContactWindows.ClientDay(zone, now.workWeek(),
            now.businessHours().start(), now.businessHours().end(), closedDays(now.country(), zone)), team, from, count);
    }

    public TeamSettings team() {
        return team;
    }

    private Predicate<LocalDate> closedDays(String country, ZoneId zone) {
        Map<LocalDate, Boolean> known = new HashMap<>();
        return day -> known.computeIfAbsent(day, d ->
            etiquette.decide(country, d.atTime(LocalTime.NOON).atZone(zone).toInstant(), Tier.B).hasObservance(Effect.CLOSED));
    }
}
