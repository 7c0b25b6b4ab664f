package io.meridian.etiquette;

/** How important the client is: A key account, B regular (the default), C small. */
public enum Tier {
    A, B, C
}
