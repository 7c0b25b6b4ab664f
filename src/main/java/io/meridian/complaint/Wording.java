package io.meridian.complaint;

/** How strongly the client put it. */
public enum Wording {
    MILD, NEUTRAL, STRONG
}
