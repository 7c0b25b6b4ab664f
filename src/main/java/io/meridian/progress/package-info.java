/**
 * Progress reports to the client while an order is in production (seeds 001, 003): weekly or every two weeks
 * (from the client's tier and etiquette), each a task for the order desk on the report day whose completion
 * mails the report in the template production progress, stock complete, customs cleared, logistics tracking.
 * The reports start with order fulfilment and stop when the goods ship (the tracking number takes over).
 *
 * <p>Public surface: none (order fulfilment and the report process call its beans by name).
 */
package io.meridian.progress;
