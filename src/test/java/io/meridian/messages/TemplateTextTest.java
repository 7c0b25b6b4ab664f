package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** A template's bytes as text: UTF-8 or the declared charset; a byte that is not text is refused at its line and column. */
@RunsBeside
class TemplateTextTest {

    static final String FILE = "quote/de.mustache";
    static final String GERMAN = "--- subject ---\nAngebot für {{product}}\n--- text ---\nGrüße\n";

    @Test
    void aTemplateSavedAsWindows1252IsRefusedAtItsFirstUmlautNotReadWithReplacementCharacters() {
        byte[] latin1 = GERMAN.getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> TemplateText.decode(FILE, latin1, null)).isInstanceOfSatisfying(TemplateRefusedException.class,
            e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo(FILE);
                assertThat(p.line()).isEqualTo(2);
                assertThat(p.message()).startsWith("the file is not UTF-8 text: byte 0xFC at line 2, column 10 (after \"Angebot f\")")
                    .contains("save the file with the encoding UTF-8");
            }));
    }

    @Test
    void theDeclaredCharsetIsReadAndUtf8WithOrWithoutAByteOrderMarkIsTheSameText() {
        assertThat(TemplateText.decode(FILE, GERMAN.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1)).isEqualTo(GERMAN);
        assertThat(TemplateText.decode(FILE, GERMAN.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(GERMAN);
        assertThat(TemplateText.decode(FILE, ("\uFEFF" + GERMAN).getBytes(StandardCharsets.UTF_8), null)).isEqualTo(GERMAN);
        assertThat(TemplateText.decode(FILE, new byte[0], null)).isEmpty();
    }

    @Test
    void theColumnCountsCharactersNotBytes() {
        byte[] mixed = "Grüße {{name}}, \u0645\u0631\u062D\u0628\u0627 \u00FF".getBytes(StandardCharsets.UTF_8);
        mixed[mixed.length - 1] = (byte) 0xFF; // the second byte of ÿ broken
        assertThatThrownBy(() -> TemplateText.decode(FILE, mixed, null)).isInstanceOfSatisfying(TemplateRefusedException.class,
            e -> assertThat(e.problems().get(0).message()).contains("at line 1, column 23"));
    }
}
