/**
 * The database schema at start: the default run creates and migrates it; the prod and postgres profiles only check it,
 * and a start on a database that lacks part of it is refused with a report that names the database, what is missing
 * and the one start that creates it (README "Production schema").
 *
 * <p>Public surface: none (a Spring configuration and a start-up failure analyzer).
 */
package io.meridian.schema;
