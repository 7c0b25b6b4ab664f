/**
 * Names written by people: the known name nearest to a misspelt one, for messages that say what was meant; an
 * enumeration's value in words, as a sentence writes it; a team member's name from the identity.
 *
 * <p>Public surface: {@link Nearest}, {@link PersonNames}, {@link Words}.
 */
package io.meridian.names;
