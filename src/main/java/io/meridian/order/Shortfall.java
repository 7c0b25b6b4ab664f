package io.meridian.order;

import java.time.Instant;

/** The order desk accepted that an order goes on with less than the amount due, saying why. */
public record Shortfall(String reason, String acceptedBy, Instant acceptedAt) {
}
