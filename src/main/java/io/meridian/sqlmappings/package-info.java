/**
 * Camunda's SQL mappings (MyBatis's XML for every engine table), parsed ahead of the engine and
 * once per JVM. Parsing them is the largest single step of a start on the main thread (a JFR
 * profile of one start: a quarter of the main thread's CPU samples); here it begins on its own
 * thread as soon as the environment is known ({@link SqlMappingsAhead}), and the engine's plugin
 * ({@link SqlMappings#plugin()}) gives the engine sessions on its own data source over the parsed
 * mappings, waiting for a parse still under way. Several engines in one JVM (a second node in a
 * test, the application contexts of a test run) share the mappings of their kind.
 *
 * <p>Public surface: {@link SqlMappings} (a hand-built engine adds its plugin), {@link SqlMappingsAhead}
 * (spring.factories creates it).
 */
package io.meridian.sqlmappings;
