package io.meridian.escalation;

import java.time.Duration;
import java.time.Instant;

import io.meridian.calendar.TeamCalendar;

/**
 * How the sweep measures a task's time: the share of its time from creation to its due time that has passed (0.5
 * half-way, 1 due, 1.5 half as long again after it), and the first moment a share is reached. Most tasks count the
 * working time of the team that works the client ({@link #workingTime}), so that a reminder at 80 % or a manager told
 * at 150 % comes while the team is at work, not on its weekend or at night; a task on the 7×24 clock (a crisis
 * answer, {@link io.meridian.process.RoundTheClock}) counts the hours as they pass ({@link #ELAPSED}).
 */
interface ShareClock {

    /** A due time at or before creation leaves no time at all: the share is then measured against one minute. */
    Duration SHORTEST_SPAN = Duration.ofMinutes(1);

    /** One task's time on this clock, measured once for its share now and the moment it reaches the next level. */
    interface Span {

        /** The share of the task's time that has passed at {@code now}. */
        double share(Instant now);

        /** The first moment at which {@link #share} reaches {@code share}, never before it (to the millisecond). */
        Instant reaching(double share);
    }

    /** The time of a task made at {@code created} and due at {@code due}. */
    Span span(Instant created, Instant due);

    /** What is counted, for the task's comment and emails: "working time", "time (7×24)". */
    String time();

    /** The share of the task's time that has passed at {@code now}. */
    default double share(Instant created, Instant due, Instant now) {
        return span(created, due).share(now);
    }

    /** Hours as they pass, 7×24. */
    ShareClock ELAPSED = new ShareClock() {
        @Override
        public Span span(Instant created, Instant due) {
            long span = Math.max(Duration.between(created, due).toMillis(), SHORTEST_SPAN.toMillis());
            return new Span() {
                @Override
                public double share(Instant now) {
                    return now.isAfter(created) ? (double) Duration.between(created, now).toMillis() / span : 0;
                }

                @Override
                public Instant reaching(double share) {
                    return created.plusMillis((long) Math.ceil(Math.max(share, 0) * span));
                }
            };
        }

        @Override
        public String time() {
            return "time (7×24)";
        }
    };

    /**
     * The working time of {@code team} (its contact hours on its working days). Before the due time the share stays
     * below 1 even when the team's last working minute before it has passed (a task due at 23:00 is not late at 22:00,
     * when the team goes home); after it, the working time since the due time counts against the task's working time.
     * A task due at or before its creation counts its working time since creation against one minute.
     */
    static ShareClock workingTime(TeamCalendar team) {
        return new ShareClock() {
            @Override
            public Span span(Instant created, Instant due) {
                boolean timeGiven = due.isAfter(created);
                // the task's working time, counted once per task
                long span = timeGiven ? Math.max(team.workingTime(created, due).toMillis(), SHORTEST_SPAN.toMillis())
                    : SHORTEST_SPAN.toMillis();
                return new Span() {
                    @Override
                    public double share(Instant now) {
                        if (!now.isAfter(created)) {
                            return 0;
                        }
                        if (!timeGiven) {
                            return (double) team.workingTime(created, now).toMillis() / span;
                        }
                        if (now.isBefore(due)) {
                            return Math.min((double) team.workingTime(created, now).toMillis() / span, Math.nextDown(1.0));
                        }
                        return 1 + (double) team.workingTime(due, now).toMillis() / span;
                    }

                    @Override
                    public Instant reaching(double share) {
                        if (share <= 0) {
                            return created;
                        }
                        if (!timeGiven) {
                            return team.plusWorkingTime(created, millis(share * span));
                        }
                        if (share < 1) {
                            Instant at = team.plusWorkingTime(created, millis(share * span));
                            return at.isBefore(due) ? at : due;
                        }
                        return team.plusWorkingTime(due, millis((share - 1) * span));
                    }
                };
            }

            @Override
            public String time() {
                return "working time";
            }
        };
    }

    private static Duration millis(double amount) {
        return Duration.ofMillis((long) Math.ceil(amount));
    }
}
