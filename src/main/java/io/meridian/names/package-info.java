/**
 * Names written by people: the known name nearest to a misspelt one, for messages that say what was meant.
 *
 * <p>Public surface: {@link Nearest}.
 */
package io.meridian.names;
