package io.meridian.complaint;

import java.time.Instant;

/**
 * The client confirmed the fix and the complaint is resolved: published in the closing transaction, so that what other
 * modules keep about the complaint (a task to reach the client about one of its updates that was not delivered) ends with it.
 *
 * @param complaintId     the complaint's id, the reference of its emails
 * @param complaintNumber the number the client and the team quote (C-…)
 * @param at              when it was resolved
 */
public record ComplaintResolved(String complaintId, String complaintNumber, Instant at) {
}
