/**
 * How to deal with a client: the etiquette decision table, observances in force and contact windows.
 *
 * <p>Public surface: {@link AnnouncedDay}, {@link AnnouncedDaysFact}, {@link BusinessHours}, {@link Effect},
 * {@link Etiquette}, {@link EtiquetteFact}, {@link EtiquetteJson}, {@link EtiquetteService}, {@link EtiquetteWords}, {@link Observance},
 * {@link ObservanceFact}, {@link Tier}.
 */
package io.meridian.etiquette;
