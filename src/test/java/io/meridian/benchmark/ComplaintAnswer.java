package io.meridian.benchmark;

import java.util.List;

/** What the three implementations of the complaint-handling decision must agree on. */
record ComplaintAnswer(String severity, String team, String channel, String firstResponse, boolean crisis,
                       boolean seniorContact, List<String> guidance) {

    /** One complaint as the table sees it: the client's culture already decided. */
    record Input(String category, String wording, String feedback, String hierarchy, String tier, double orderValue) {
    }
}
