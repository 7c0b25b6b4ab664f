/**
 * The client journey from inquiry to after-sales: its process, REST start and events, and task guidance.
 *
 * <p>Public surface: {@link ClientJourney}, {@link InquiryLedger}, {@link InquiryRecord},
 * {@link InquiryEnds}, {@link InquiryService}, {@link JourneyDeletions}, {@link NewInquiry}; {@link JourneyEtiquette} for the process's gateway
 * expressions ({@code processes/client-journey.bpmn}).
 */
package io.meridian.inquiry;
