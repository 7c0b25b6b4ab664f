/**
 * The database schema at start: the default run creates and migrates it; the prod and postgres profiles only check it,
 * and a start on a database that lacks part of it is refused with a report that names the database, what is missing
 * and the one start that creates it (README "Production schema").
 *
 * <p>Public surface: none (a Spring configuration and start-up failure analyzers: a schema this run may not create, a
 * database it cannot reach or sign in to).
 */
package io.meridian.schema;
