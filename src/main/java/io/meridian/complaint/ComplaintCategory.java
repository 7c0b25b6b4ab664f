package io.meridian.complaint;

public enum ComplaintCategory {
    QUALITY, DELIVERY_DELAY, DOCUMENTATION, BILLING, COMMUNICATION
}
