package io.meridian.survey;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The cycle of the quarterly survey cadence for the BPMN timer ({@code ${surveyCadenceSchedule.cycle}}):
 * {@code meridian.survey.cycle}, by default 01:00 server time on the first day of each quarter
 * (January, April, July, October). Re-evaluated each time the timer fires, like the escalation sweep.
 */
@Component("surveyCadenceSchedule")
public class SurveyCadenceSchedule {

    private final String cycle;

    SurveyCadenceSchedule(@Value("${meridian.survey.cycle:0 0 1 1 1,4,7,10 ?}") String cycle) {
        this.cycle = cycle.trim();
    }

    public String getCycle() {
        return cycle;
    }
}
