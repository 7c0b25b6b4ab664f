/**
 * The client ledger: who the client is, where, what they buy, how often and how they like to be reached.
 *
 * <p>Public surface: {@link Channel}, {@link Client}, {@link ClientEmailChanged}, {@link ClientField}, {@link ClientLedger},
 * {@link ClientPart}, {@link ClientSummary}, {@link ClientZoneChanged}, {@link PurchaseCycle}, {@link Salutation}.
 */
package io.meridian.client;
