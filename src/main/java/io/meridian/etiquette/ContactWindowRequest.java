package io.meridian.etiquette;

/** Body of {@code POST /api/decisions/contact-window}. */
record ContactWindowRequest(String country, String timeZone, String from, Integer count) {
}
