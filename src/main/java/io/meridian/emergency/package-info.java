/**
 * The emergency plan of seed 001: a production delay, a logistics hold or a quality complaint opens
 * parallel tasks for its named roles (who talks to the supplier, who informs the client, who designs
 * the fix); the exception notice goes to the client when the client-facing role completes. Order
 * fulfilment and complaint handling both call the one process {@code emergencyPlan}.
 *
 * <p>Public surface: {@link EmergencyPlan} (names code and tests share), {@link EmergencyRoles}
 * (the processes name the roles' groups through it by bean name), {@link ClientTold} (what an emergency told the client, for
 * the forms of the work beside it).
 */
package io.meridian.emergency;
