package io.meridian.complaint;

/** How bad a complaint is, in rising order. */
public enum Severity {
    LOW, NORMAL, HIGH, CRITICAL
}
