package io.meridian.messages;

import java.util.List;

/**
 * A client email ready for the outbox: one subject, a plain-text and an HTML body each holding
 * every language part, the languages in order, and the salutation of the first part (for previews).
 */
record RenderedEmail(MessageKind kind, String subject, String text, String html, List<String> languages,
                            String salutation) {
}
