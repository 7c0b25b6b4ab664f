package io.meridian.complaint;

import java.time.Instant;

/**
 * A complaint was opened and classified: published in the opening transaction, so that the client's work already running
 * (the order's open tasks) hears of it while the team is still on it, not only in the tasks made later.
 *
 * @param complaintId the complaint's id, the reference of its emails
 * @param clientId    the client record's id
 * @param at          when it was opened
 */
public record ComplaintOpened(String complaintId, String clientId, Instant at) {
}
