package io.meridian.client;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A client's time zone changed on the record (a {@code PATCH} of {@code timeZone}, set or removed), published in the change's
 * transaction: the client's running work follows it (their processes' copy, the open tasks' due times and briefings, the
 * emails still planned). A listener adds what it updated, in words ({@link #reached(String)}), for the PATCH's answer.
 *
 * @param before the record as it was
 * @param after  the record as it is now
 * @param at     when it changed
 */
public record ClientZoneChanged(Client before, Client after, Instant at, List<String> updated) {

    public ClientZoneChanged(Client before, Client after, Instant at) {
        this(before, after, at, new ArrayList<>());
    }

    /** What a listener updated, e.g. "1 open task due anew", for the PATCH's answer. */
    public void reached(String what) {
        updated.add(what);
    }
}
