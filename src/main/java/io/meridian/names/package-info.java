/**
 * Names written by people: the known name nearest to a misspelt one, for messages that say what was meant; an
 * enumeration's value in words, as a sentence writes it.
 *
 * <p>Public surface: {@link Nearest}, {@link Words}.
 */
package io.meridian.names;
