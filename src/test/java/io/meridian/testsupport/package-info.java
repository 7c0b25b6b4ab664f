/**
 * What the tests of several modules share: the one application context most of them run in
 * ({@link io.meridian.testsupport.MeridianTest}).
 */
package io.meridian.testsupport;
