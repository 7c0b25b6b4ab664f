/**
 * The engine checks each entity's id before it inserts it, without first writing out the whole
 * entity for a refusal that almost never comes: Camunda's {@code DbEntityManager.validateId} builds
 * its message ("Entity " and the entity's {@code toString()}, every field) before it looks at the id.
 * Registered by the engine plugin of this module; an id the engine refuses is refused by the
 * engine's own check, with its own message.
 *
 * <p>Public surface: none (a Spring component).
 */
package io.meridian.idcheck;
