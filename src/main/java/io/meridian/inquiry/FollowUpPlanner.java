package io.meridian.inquiry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.meridian.calendar.ContactWindow;
import io.meridian.etiquette.ContactWindowService;
import io.meridian.etiquette.Effect;
import io.meridian.etiquette.Etiquette;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Observance;
import io.meridian.etiquette.Tier;
import org.springframework.stereotype.Component;

/** When to follow up and when the client may be reached, on the client's working days and contact windows. */
@Component
public class FollowUpPlanner {

    private final ContactWindowService windows;
    private final EtiquetteService etiquette;

    public FollowUpPlanner(ContactWindowService windows, EtiquetteService etiquette) {
        this.windows = windows;
        this.etiquette = etiquette;
    }

    /**
     * The start of the first contact window on the {@code businessDays}-th client working day after
     * {@code from} (closed observances do not count as working days).
     */
    public Instant followUpAt(String country, ZoneId clientZone, int businessDays, Instant from) {
        ZoneId zone = zoneOf(country, clientZone, from);
        LocalDate today = from.atZone(zone).toLocalDate();
        List<ContactWindow> ahead = windows.next(country, clientZone, from, Math.max(3, businessDays * 3 + 3));
        int counted = 0;
        LocalDate counting = today;
        for (ContactWindow w : ahead) {
            LocalDate day = w.clientLocalStart().toLocalDate();
            if (day.isAfter(counting)) {
                counting = day;
                counted++;
                if (counted == Math.max(1, businessDays)) {
                    return w.start();
                }
            }
        }
        return from.plus(java.time.Duration.ofDays(Math.max(1, businessDays)));
    }

    /** The start of the next contact window at or after {@code from}; {@code from} itself when none is found. */
    public Instant nextContact(String country, ZoneId clientZone, Instant from) {
        List<ContactWindow> next = windows.next(country, clientZone, from, 1);
        return next.isEmpty() ? from : next.get(0).start();
    }

    public Optional<ContactWindow> nextWindow(String country, ZoneId clientZone, Instant from) {
        return windows.next(country, clientZone, from, 1).stream().findFirst();
    }

    /** The NO_PUSH observance in force at {@code at} that lasts longest, if any. */
    public Optional<Observance> noPush(String country, Instant at) {
        return etiquette.decide(country, at, Tier.B).observances().stream()
            .filter(o -> o.effect() == Effect.NO_PUSH)
            .max(Comparator.comparing(Observance::to));
    }

    /** The first contact window after the observance has ended in the client's clock. */
    public Instant afterObservance(String country, ZoneId clientZone, Observance observance, Instant now) {
        ZoneId zone = zoneOf(country, clientZone, now);
        Instant end = observance.to().plusDays(1).atStartOfDay(zone).toInstant();
        return nextContact(country, clientZone, end.isAfter(now) ? end : now);
    }

    private ZoneId zoneOf(String country, ZoneId clientZone, Instant at) {
        if (clientZone != null) {
            return clientZone;
        }
        Etiquette e = etiquette.decide(country, at, Tier.B);
        return ZoneId.of(e.timeZone());
    }
}
