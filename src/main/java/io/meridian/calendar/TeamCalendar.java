package io.meridian.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The team's own calendar: its zone, contact and stretch hours, its work week and the public
 * holidays of its country that close it as they close a client there (with announced make-up working days, e.g. China's). Rules about the
 * team's work (confirm an order within 1 working day) count these days.
 */
@Component
public class TeamCalendar {

    private final TeamSettings settings;
    private final Set<DayOfWeek> workWeek;
    private final ObservanceCalendar holidays;
    private final Supplier<AnnouncedDays.Source> announced;

    @Autowired
    public TeamCalendar(TeamSettings settings, ObservanceCalendar holidays, ObjectProvider<AnnouncedDays.Source> announced) {
        // resolved once it exists: asking Spring's bean factory on every working-day test was 3.5 %
        // of an inquiry's CPU (desk routing tests 20 days per desk; JFR, 2026-12-04)
        this(settings, holidays, SingletonSupplier.of(announced::getIfAvailable));
    }

    /** A team calendar on fixed announced days (tests, tools). */
    public TeamCalendar(TeamSettings settings, ObservanceCalendar holidays, AnnouncedDays.Source announced) {
        this(settings, holidays, (Supplier<AnnouncedDays.Source>) () -> announced);
    }

    private TeamCalendar(TeamSettings settings, ObservanceCalendar holidays, Supplier<AnnouncedDays.Source> announced) {
        this.settings = settings;
        this.workWeek = EnumSet.copyOf(WorkWeek.parse(settings.workWeek()));
        this.holidays = holidays;
        this.announced = announced;
    }

    public TeamSettings settings() {
        return settings;
    }

    public ZoneId zone() {
        return settings.timeZone();
    }

    public boolean isWorkingDay(LocalDate day) {
        AnnouncedDays official = announced();
        if (official.workingDays().contains(day)) {
            return true;
        }
        if (official.holidays().containsKey(day) || !workWeek.contains(day.getDayOfWeek())) {
            return false;
        }
        return official.notHolidays().contains(day) || holidays.covering(settings.country(), day).stream()
            .noneMatch(p -> (p.kind() == ObservanceKind.PUBLIC_HOLIDAY || p.kind() == ObservanceKind.COMPANY_CLOSURE)
                && closes(p.kind()));
    }

    /** Whether a holiday of this kind closes the team's country, by the same rule as a client's there. */
    private boolean closes(ObservanceKind kind) {
        AnnouncedDays.Source source = announced.get();
        return source == null || source.closes(settings.country(), kind);
    }

    /**
     * {@code days} team working days after {@code from}: the same time of day that many working days later, held to the
     * team's working time ({@link #dueInWorkingTime}), so that work that came in after the team left (an order confirmed
     * at 23:24 in Shanghai) is due by the end of that working day, not at a night hour when nobody works and the
     * escalation would remind and escalate.
     */
    public Instant plusWorkingDays(Instant from, int days) {
        return dueInWorkingTime(from, sameTimeWorkingDaysLater(from, days));
    }

    private Instant sameTimeWorkingDaysLater(Instant from, int days) {
        ZonedDateTime t = from.atZone(zone());
        int added = 0;
        int guard = 0;
        while (added < days) {
            t = t.plusDays(1);
            if (isWorkingDay(t.toLocalDate())) {
                added++;
            }
            if (++guard > 366 * 2) {
                throw new IllegalStateException("the team calendar has no working day in two years: check meridian.team settings");
            }
        }
        return t.toInstant();
    }

    /** Whether the team is at work at {@code at}: a team working day, inside its contact hours. */
    public boolean isWorking(Instant at) {
        LocalDate day = at.atZone(zone()).toLocalDate();
        Interval hours = contactHours(day);
        return isWorkingDay(day) && !at.isBefore(hours.start()) && at.isBefore(hours.end());
    }

    /** When the team is next at work from {@code from} on: {@code from} itself when it is at work. */
    public Instant nextWorkingStart(Instant from) {
        if (isWorking(from)) {
            return from;
        }
        LocalDate day = from.atZone(zone()).toLocalDate();
        for (int i = 0; i < 366 * 2; i++, day = day.plusDays(1)) {
            Interval hours = contactHours(day);
            if (isWorkingDay(day) && hours.end().isAfter(from)) {
                return hours.start().isAfter(from) ? hours.start() : from;
            }
        }
        throw new IllegalStateException("the team calendar has no working day in two years: check meridian.team settings");
    }

    /**
     * When work that came in at {@code from} is due, the rule's own time being {@code ruleDue} (24 hours after an
     * inquiry, say), held to the team's working time so that nobody is reminded, and no manager escalated to, while
     * the team is away:
     * <ul>
     * <li>{@code ruleDue} itself when the team is at work then (the end of its contact hours counts as at work);</li>
     * <li>else the end of the team's last working day before {@code ruleDue}, when the team had that whole day for the
     * work (its hours began at {@code from} or later): the rule is kept by answering before the team leaves (a
     * 48-hour complaint received on Thursday is answered by Friday evening, not on Saturday);</li>
     * <li>else the end of the team's next working day after {@code ruleDue}: the team gets one whole working day at
     * least (an inquiry received on Friday afternoon is due at the end of Monday, not on Saturday).</li>
     * </ul>
     */
    public Instant dueInWorkingTime(Instant from, Instant ruleDue) {
        LocalDate day = ruleDue.atZone(zone()).toLocalDate();
        // contact hours may run past midnight: the day before may still be at work at ruleDue
        for (LocalDate d = day.minusDays(1); !d.isAfter(day); d = d.plusDays(1)) {
            Interval hours = contactHours(d);
            if (isWorkingDay(d) && !ruleDue.isBefore(hours.start()) && !ruleDue.isAfter(hours.end())) {
                return ruleDue;
            }
        }
        for (int i = 0; i < 366 * 2; i++, day = day.minusDays(1)) {
            Interval hours = contactHours(day);
            if (isWorkingDay(day) && hours.end().isBefore(ruleDue)) {
                if (!hours.start().isBefore(from)) {
                    return hours.end();
                }
                break;
            }
        }
        // the end of the working day whose hours the team next starts
        return contactHours(nextWorkingStart(ruleDue).atZone(zone()).toLocalDate()).end();
    }

    /**
     * The team's working time between two moments: the parts of {@code [from, to)} inside its contact hours on its
     * working days. Zero when {@code to} is not after {@code from}.
     */
    public Duration workingTime(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        // the day before: contact hours may run past midnight
        LocalDate last = to.atZone(zone()).toLocalDate();
        for (LocalDate day = from.atZone(zone()).toLocalDate().minusDays(1); !day.isAfter(last); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                Interval part = contactHours(day).intersect(new Interval(from, to));
                if (!part.isEmpty()) {
                    total = total.plus(Duration.between(part.start(), part.end()));
                }
            }
        }
        return total;
    }

    /**
     * The moment at which {@code amount} of the team's working time has passed since {@code from} ({@link #workingTime}
     * from {@code from} to it is {@code amount}); {@code from} itself for no time. It lies inside or at the end of the
     * team's contact hours on a working day, except for no time.
     */
    public Instant plusWorkingTime(Instant from, Duration amount) {
        if (amount.isNegative() || amount.isZero()) {
            return from;
        }
        Duration left = amount;
        int daysWithoutWork = 0;
        for (LocalDate day = from.atZone(zone()).toLocalDate().minusDays(1); ; day = day.plusDays(1)) {
            Interval hours = contactHours(day);
            if (isWorkingDay(day) && hours.end().isAfter(from)) {
                daysWithoutWork = 0;
                Instant start = hours.start().isAfter(from) ? hours.start() : from;
                Duration here = Duration.between(start, hours.end());
                if (here.compareTo(left) >= 0) {
                    return start.plus(left);
                }
                left = left.minus(here);
            } else if (++daysWithoutWork > 366 * 2) {
                throw new IllegalStateException("the team calendar has no working day in two years: check meridian.team settings");
            }
        }
    }

    /** The team's regular contact hours on a team-local day. */
    public Interval contactHours(LocalDate day) {
        return interval(day, settings.contactStart(), settings.contactEnd(), Duration.ZERO, Duration.ZERO);
    }

    /** The contact hours stretched early and late. */
    public Interval stretchedHours(LocalDate day) {
        return interval(day, settings.contactStart(), settings.contactEnd(), settings.stretchEarly(), settings.stretchLate());
    }

    private Interval interval(LocalDate day, LocalTime start, LocalTime end, Duration early, Duration late) {
        Instant from = ZonedDateTime.of(day, start, zone()).toInstant().minus(early);
        Instant to = ZonedDateTime.of(end.isAfter(start) ? day : day.plusDays(1), end, zone()).toInstant().plus(late);
        return new Interval(from, to);
    }

    /**
     * The year whose officially announced days (China's State Council schedule, Indonesia's cuti bersama and the like)
     * the team's calendar lacks ({@link AnnouncedDays#yearMissing}). Empty where the country announces nothing: its
     * calendar is the holiday library's alone.
     */
    public OptionalInt announcedYearMissing(Instant now) {
        return announced().yearMissing(LocalDate.ofInstant(now, zone()));
    }

    private AnnouncedDays announced() {
        AnnouncedDays.Source source = announced.get();
        return source == null ? AnnouncedDays.NONE : source.of(settings.country());
    }

    /** A half-open stretch of time. */
    public record Interval(Instant start, Instant end) {
        public boolean isEmpty() {
            return !start.isBefore(end);
        }

        public Interval intersect(Interval other) {
            return new Interval(start.isAfter(other.start) ? start : other.start, end.isBefore(other.end) ? end : other.end);
        }
    }
}
