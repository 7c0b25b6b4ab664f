/**
 * A client's message that reaches the team outside its working hours: an inquiry, a complaint. The answer is due by
 * the rule's time or, when the team is away longer (a weekend, a holiday week), at the end of its first working day
 * back; the client gets an automatic reply at once saying when the team is back, its hours in the client's clock and
 * when the answer comes. Shared by the inquiry's auto-reply and the complaint's receipt.
 *
 * <p>Public surface: {@link OutOfHoursReply}.
 */
package io.meridian.outofhours;
