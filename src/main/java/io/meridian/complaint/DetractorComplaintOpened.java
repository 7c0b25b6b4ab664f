package io.meridian.complaint;

/**
 * A detractor's score opened a complaint: published in the opening transaction so that the module
 * keeping the score (the survey ledger) records which complaint it opened.
 *
 * @param complaintId  the complaint opened
 * @param evaluationId the evaluation (survey ledger id) whose score opened it
 * @param openAlready  true when the score opened nothing: it was added to the client's complaint about the order that was open
 */
public record DetractorComplaintOpened(String complaintId, String evaluationId, boolean openAlready) {
}
