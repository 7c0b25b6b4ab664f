package io.meridian.etiquette;

import io.meridian.system.CountryCode;
import io.meridian.system.IsoInstant;
import io.meridian.system.OneOf;

/**
 * Body of {@code POST /api/decisions/etiquette}, checked once by Bean Validation; fields are text
 * so that every parse error can name its field.
 */
record EtiquetteRequest(@CountryCode String country, @IsoInstant(decision = true) String at, @OneOf(Tier.class) String tier) {
}
