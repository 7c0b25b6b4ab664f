/** After-sales: satisfaction check-ins (NPS, CSAT, CES) and the follow-up of detractors. */
package io.meridian.aftersales;
