/**
 * Complaints: the complaint-handling decision table (severity, first response, team, culture-aware guidance).
 *
 * <p>Public surface: {@link ComplaintBriefingSection}, {@link ComplaintCategory}, {@link ComplaintDecision}, {@link ComplaintDecisionService},
 * {@link ComplaintFact}, {@link ComplaintHandling}, {@link ComplaintLedger}, {@link ComplaintRecord}, {@link ComplaintResolved},
 * {@link ConfirmationFollowUp}, {@link DetractorComplaintOpened}, {@link DetractorComplaints}, {@link Severity}, {@link Wording}.
 */
package io.meridian.complaint;
