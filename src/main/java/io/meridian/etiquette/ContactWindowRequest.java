package io.meridian.etiquette;

/** Body of {@code POST /api/decisions/contact-window}; {@code kind} is CALL (default) or SEND. */
record ContactWindowRequest(String country, String timeZone, String from, Integer count, String kind) {
}
