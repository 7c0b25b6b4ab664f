package io.meridian.calendar;

/** What a contact window is for. */
public enum WindowKind {
    /** The team talks to the client: the team's contact hours (stretched when needed) against the client's business hours. */
    CALL,
    /** A message lands: the client's business hours on the client's working days, whatever the team's hours. */
    SEND
}
