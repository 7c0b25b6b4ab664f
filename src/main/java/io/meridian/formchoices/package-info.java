/**
 * A task form's choices as the person completing it reads them: the labels of a radio or select field in
 * {@code processes/*.form}, for a message that refuses a completion ("choose \"Told the client, the date stays\" or …")
 * in the form's words rather than the values the engine keeps.
 *
 * <p>Public surface: {@link FormChoices}.
 */
package io.meridian.formchoices;
