package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * French puts a no-break space before a colon ("Reçue le : …", U+00A0) and a narrow one before ; ! ? (U+202F), as the
 * Imprimerie nationale's Lexique des règles typographiques has it; the French templates had "Reçue le: …". A no-break
 * space keeps the colon from starting a line of its own.
 */
@RunsBeside
class FrenchPunctuationTest {

    /** A colon, semicolon, exclamation or question mark right after a word, a closing tag, or an ordinary space. */
    private static final Pattern WITHOUT_ITS_SPACE = Pattern.compile("([\\p{L}\\p{N})}]| )[:;!?](?=[\\s<{]|$)");
    /** Clock times (09:00) and the insides of Mustache tags ({{! ... }}, {{^flag}}) are not punctuation. */
    private static final Pattern TAG = Pattern.compile("\\{\\{[^}]*}}");

    @Test
    void shouldPutAFixedSpaceBeforeColonsAndTheOtherHighPunctuationInFrench() throws IOException {
        List<Path> templates = ShippedTemplates.files(f -> f.getFileName().toString().equals("fr.mustache"));
        assertThat(templates).as("the French templates").hasSizeGreaterThanOrEqualTo(MessageKind.values().length);
        int spaced = 0;
        for (Path file : templates) {
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("{{!")) {
                    continue;
                }
                String words = TAG.matcher(line).replaceAll("x");
                assertThat(WITHOUT_ITS_SPACE.matcher(words).find()).as("%s: %s", file, line).isFalse();
                spaced += line.contains("\u00a0:") ? 1 : 0;
            }
        }
        assertThat(spaced).as("lines with a colon after a no-break space").isGreaterThan(20);
    }
}
