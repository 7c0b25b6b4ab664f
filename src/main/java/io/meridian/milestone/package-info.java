/**
 * Key milestones of an order (seed 003): each milestone (sample approval, production start, pre-shipment
 * inspection, shipment...) has a date; three of their working days before it (seed 003: 72 hours) the client gets a checklist to confirm by email and
 * the order desk a task due at the milestone, which escalates like any late task when no confirmation comes. The
 * order's shipment withdraws the milestones the client has not confirmed (no checklist, no task once the goods have left;
 * the order desk is told by email), as do its delivery (for a fulfilment that shipped on the former process version)
 * and an order that ends without a delivery (its fulfilment or journey cancelled); the server's start withdraws those
 * left running on an order that is over.
 *
 * <p>Public surface: none (the milestone process and order fulfilment's shipment and delivery call its beans by name).
 */
package io.meridian.milestone;
