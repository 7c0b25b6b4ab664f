/**
 * The client journey from inquiry to after-sales: its process, REST start and events, and task guidance.
 *
 * <p>Public surface: {@link ClientJourney}, {@link InquiryLedger}, {@link InquiryRecord},
 * {@link InquiryService}, {@link NewInquiry}.
 */
package io.meridian.inquiry;
