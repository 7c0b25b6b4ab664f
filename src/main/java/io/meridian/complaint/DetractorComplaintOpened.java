package io.meridian.complaint;

/**
 * A detractor's score opened a complaint: published in the opening transaction so that the module
 * keeping the score (the survey ledger) records which complaint it opened.
 *
 * @param complaintId  the complaint opened
 * @param evaluationId the evaluation (survey ledger id) whose score opened it
 */
public record DetractorComplaintOpened(String complaintId, String evaluationId) {
}
