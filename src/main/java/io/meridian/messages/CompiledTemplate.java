package io.meridian.messages;

import java.time.Instant;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/** One template file compiled, immutable: its parts, the version it is and who checked its wording. */
record CompiledTemplate(String file, int version, String checksum, String checkedBy, String content,
                        Map<String, Template> parts, Instant loadedAt) {

    /**
     * HTML-escapes every value and keeps its line breaks as {@code <br/>}: the Japanese salutation's company and person
     * lines, and what the team typed over several lines, would otherwise run together in one paragraph.
     */
    private static final Mustache.Compiler HTML = Mustache.compiler()
        .withEscaper(raw -> com.samskivert.mustache.Escapers.HTML.escape(raw).replace("\r\n", "\n").replace("\n", "<br/>"))
        .emptyStringIsFalse(true);
    private static final Mustache.Compiler PLAIN = Mustache.compiler().escapeHTML(false).emptyStringIsFalse(true);

    /** Compiles every part; the html part escapes what it inserts, the others do not. */
    static CompiledTemplate compile(TemplateFile parsed, int version, String checksum) {
        Map<String, Template> parts = new java.util.LinkedHashMap<>();
        parsed.parts().forEach((name, part) -> parts.put(name, compiler(name).compile(part.text())));
        return new CompiledTemplate(parsed.name(), version, checksum, parsed.checkedBy(), parsed.content(), Map.copyOf(parts),
            Instant.now());
    }

    static Mustache.Compiler compiler(String part) {
        return "html".equals(part) ? HTML : PLAIN;
    }

    boolean has(String part) {
        return parts.containsKey(part);
    }

    String render(String part, Object context) {
        Template template = parts.get(part);
        if (template == null) {
            throw new IllegalStateException("template " + file + " has no part '" + part + "'");
        }
        return template.execute(context);
    }
}
