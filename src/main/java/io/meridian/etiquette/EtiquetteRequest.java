package io.meridian.etiquette;

/** Body of {@code POST /api/decisions/etiquette}; fields are text so that every parse error can name its field. */
record EtiquetteRequest(String country, String at, String tier) {
}
