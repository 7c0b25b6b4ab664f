/**
 * What the tests of several modules share: the one application context most of them run in
 * ({@link io.meridian.testsupport.MeridianTest}) and its calls to {@code /api} ({@link io.meridian.testsupport.ApiCalls}), the engine's clock of the process tests
 * ({@link io.meridian.testsupport.EngineClock}), and the classpath {@code java -jar} gives the server
 * ({@link io.meridian.testsupport.RuntimeClasspath}) for the tests and benchmarks that start it in a JVM of its own.
 */
package io.meridian.testsupport;
