package io.meridian.etiquette;

/** What an observance means for working with the client. */
public enum Effect {
    /** Do not press the client for orders or answers. */
    NO_PUSH,
    /** Nobody works: no contact windows, no expected answers. */
    CLOSED,
    /** People are away: expect slow answers and no decisions. */
    SLOW
}
