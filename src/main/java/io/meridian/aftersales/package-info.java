/**
 * After-sales: satisfaction check-ins (NPS, CSAT, CES) and the follow-up of detractors.
 *
 * <p>Public surface: none.
 */
package io.meridian.aftersales;
