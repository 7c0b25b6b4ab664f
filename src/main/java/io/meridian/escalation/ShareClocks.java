package io.meridian.escalation;

import java.util.Optional;

import io.meridian.desk.Desks;
import org.springframework.stereotype.Component;

/** The clock a task's escalation counts on: 7×24, or the working time of the client's desk (else the whole team). */
@Component
class ShareClocks {

    private final Desks desks;

    ShareClocks(Desks desks) {
        this.desks = desks;
    }

    /**
     * @param desk          the desk the task's client is worked by (null or blank: none, or no client; a desk no longer
     *                      configured counts as none)
     * @param roundTheClock the task is on the 7×24 clock
     */
    ShareClock of(String desk, boolean roundTheClock) {
        if (roundTheClock) {
            return ShareClock.ELAPSED;
        }
        return ShareClock.workingTime(desks.calendar(desk == null || desk.isBlank() ? Optional.empty() : desks.byName(desk)));
    }

    /** Whether the team works with desks: without them every task counts the whole team's time, whatever its client. */
    boolean byDesk() {
        return desks.configured();
    }

    ShareClock of(OpenTask task) {
        return of(task.desk(), task.roundTheClock());
    }
}
