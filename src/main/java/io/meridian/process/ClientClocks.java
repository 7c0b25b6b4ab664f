package io.meridian.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;

import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.Clocks;
import io.meridian.calendar.TeamCalendar;
import io.meridian.calendar.WorkWeek;
import io.meridian.desk.ClientDesks;
import io.meridian.desk.Desk;
import io.meridian.desk.Desks;
import io.meridian.etiquette.Effect;
import io.meridian.etiquette.Etiquette;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Observance;
import io.meridian.etiquette.Tier;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * The client of a process instance on the clocks: the etiquette decided once for the step (by the
 * instance's country, tier and own time zone), the client calendar it gives, and the desk the
 * client record names with the calendar the team works the client on (the desk's, or the team's
 * without desks). Steps of every process (journey, fulfilment, complaint) plan with it.
 */
@Component
public class ClientClocks {

    /** The variable every client process carries with the client record's id. */
    public static final String CLIENT_ID = "clientId";

    private final EtiquetteService etiquette;
    private final Clocks clocks;
    private final Desks desks;
    private final ClientDesks clientDesks;

    public ClientClocks(EtiquetteService etiquette, Clocks clocks, Desks desks, ClientDesks clientDesks) {
        this.etiquette = etiquette;
        this.clocks = clocks;
        this.desks = desks;
        this.clientDesks = clientDesks;
    }

    /**
     * Noon of {@code day} in the client's clock {@code zone}: the moment a decision about that day is taken at, so that
     * the observances in force on it are known (a delivery date, a next action months ahead).
     */
    public static Instant noon(LocalDate day, ZoneId zone) {
        return day.atTime(LocalTime.NOON).atZone(zone).toInstant();
    }

    /**
     * One decision for one step.
     *
     * @param desk the client's desk, empty for one team (or a client without one)
     * @param team the calendar the team works the client on: the desk's, else the team's
     */
    public record Client(Etiquette etiquette, ClientCalendar calendar, Optional<Desk> desk, TeamCalendar team) {
        public ZoneId zone() {
            return calendar.zone();
        }

        public ZoneId teamZone() {
            return team.zone();
        }

        /**
         * Why the client does not work on {@code day}, for a refusal: "a Friday, not a working day of the client in SA
         * (work week Sun-Thu)", "a day the client is closed in JP (New Year holidays …)"; decide at the day itself, so
         * that its observances are known.
         */
        public String whyClosed(LocalDate day) {
            String closedBy = etiquette.upcoming().stream()
                .filter(o -> o.effect() == Effect.CLOSED && !day.isBefore(o.from()) && !day.isAfter(o.to()))
                .map(Observance::name).findFirst().orElse(null);
            if (closedBy != null) {
                return "a day the client is closed in " + etiquette.country() + " (" + closedBy + ")";
            }
            return "a " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + ", not a working day of the client in "
                + etiquette.country() + " (work week " + WorkWeek.format(etiquette.workWeek()) + ")";
        }
    }

    public Client decide(VariableScope scope, Instant now) {
        Etiquette decided = etiquette(scope, now);
        Optional<Desk> desk = desk(scope);
        return new Client(decided, decided.calendar(ProcessValues.zone(scope, ClientVariables.TIME_ZONE)), desk, desks.calendar(desk));
    }

    private Etiquette etiquette(VariableScope scope, Instant now) {
        String country = ProcessValues.requiredText(scope, ClientVariables.COUNTRY);
        Tier tier = Tier.valueOf(Optional.ofNullable(ProcessValues.text(scope, ClientVariables.TIER)).orElse(Tier.B.name()));
        return etiquette.decide(country, now, tier);
    }

    /** The same for a client known by its record: {@code zone} null takes the etiquette's zone for the country; the team's calendar. */
    public Client decide(String country, Tier tier, ZoneId zone, Instant now) {
        return decide(country, tier, zone, null, now);
    }

    /**
     * The same with the desk the client record names ({@code desk} null: none), whose calendar the team
     * works the client on; the team's without desks or for a desk no longer configured.
     */
    public Client decide(String country, Tier tier, ZoneId zone, String desk, Instant now) {
        Etiquette decided = etiquette.decide(country, now, tier);
        Optional<Desk> named = desks.byName(desk);
        return new Client(decided, decided.calendar(zone), named, desks.calendar(named));
    }

    /** The desk name read for this scope in this command (transient: never stored, gone with the command). */
    static final String DESK_READ = "clientDeskRead";

    /**
     * The desk of the instance's client, as its record names it now (a client moved to another desk
     * takes its running work along); empty without desks, without a client, or for a desk no longer configured.
     */
    public Optional<Desk> desk(VariableScope scope) {
        if (!desks.configured()) {
            return Optional.empty();
        }
        // read once per command: the step that recorded the client, the desk group (DeskTasks) and the clocks
        // (the task listener) know or ask for the same client
        Object read = known(scope);
        String name = read != null ? read.toString()
            : clientDesks.deskOf(ProcessValues.text(scope, CLIENT_ID)).orElse("");
        if (read == null) {
            scope.setVariableLocal(DESK_READ, Variables.stringValue(name, true));
        }
        return name.isEmpty() ? Optional.empty() : desks.byName(name);
    }

    /**
     * The desk the client record names, as the step that has just recorded the client knows it (null: none):
     * the rest of the command, its tasks included, asks the ledger no further.
     */
    public void deskRecorded(VariableScope scope, String desk) {
        if (desks.configured()) {
            scope.setVariableLocal(DESK_READ, Variables.stringValue(desk == null ? "" : desk, true));
        }
    }

    /** The desk read in this command for this scope, or for the execution a task belongs to; null: none yet. */
    private static Object known(VariableScope scope) {
        Object read = scope.getVariableLocal(DESK_READ);
        if (read == null && scope instanceof DelegateTask task && task.getExecution() != null) {
            read = task.getExecution().getVariable(DESK_READ);
        }
        return read;
    }

    /** The calendar the team works the instance's client on: its desk's, else the team's. */
    public TeamCalendar team(VariableScope scope) {
        return desks.calendar(desk(scope));
    }

    /** The calendar the team works the client with this record id on, outside a process: its desk's, else the team's. */
    public TeamCalendar teamOf(String clientId) {
        if (!desks.configured()) {
            return desks.calendar(Optional.empty());
        }
        return desks.calendar(clientDesks.deskOf(clientId).flatMap(desks::byName));
    }

    /**
     * The client's today for the instance: its own time zone, else the one the etiquette gives its country. A date
     * promised to the client is judged by it, not by the server's UTC date.
     */
    public ClientToday today(VariableScope scope, Instant now) {
        ZoneId zone = ProcessValues.zone(scope, ClientVariables.TIME_ZONE);
        return ClientToday.at(now, zone != null ? zone : etiquette(scope, now).calendar(null).zone());
    }

    /** When a client email planned now should go out: inside the client's next business hours. */
    public Instant sendAt(VariableScope scope, Instant now) {
        return clocks.sendAt(calendar(scope, now), now);
    }

    /** The client's calendar (work week, hours, closed days) as the etiquette decides it at {@code at}, without the desk. */
    public ClientCalendar calendar(VariableScope scope, Instant at) {
        return etiquette(scope, at).calendar(ProcessValues.zone(scope, ClientVariables.TIME_ZONE));
    }

    public Clocks clocks() {
        return clocks;
    }
}
