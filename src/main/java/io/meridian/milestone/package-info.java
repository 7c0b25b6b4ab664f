/**
 * Key milestones of an order (seed 003): each milestone (sample approval, production start, pre-shipment
 * inspection, shipment...) has a date; three of their working days before it (seed 003: 72 hours) the client gets a checklist to confirm by email and
 * the order desk a task due at the milestone, which escalates like any late task when no confirmation comes.
 *
 * <p>Public surface: none (the milestone process calls its beans by name).
 */
package io.meridian.milestone;
