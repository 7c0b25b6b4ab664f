/** Client emails from templates in {@code messages/}: salutation by etiquette, languages, checks before a template goes live, versions. */
package io.meridian.messages;
