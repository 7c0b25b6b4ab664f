package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * An email's last paragraph leads to its closing; it does not say the closing's words just before it. The Korean order
 * confirmation ended "주문해 주셔서 감사합니다." and then the closing "감사합니다." straight after, where a Korean business
 * email thanks once and closes its body with a closing remark (맺음말) before the closing greeting.
 */
@RunsBeside
class ClosingWordsTest {

    private static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "pt-PT", "ja", "zh", "ko", "ar");

    @Test
    void shouldNotEndTheLastParagraphWithTheClosingsWordsInAnyLanguage() throws IOException {
        int closings = 0;
        for (MessageKind kind : MessageKind.values()) {
            Renderer renderer = ShippedTemplates.renderer(kind, LANGUAGES);
            for (String language : LANGUAGES) {
                Addressee client = new Addressee("client@example.com", "Client Co", "Min-jun Kim", "Min-jun", "Kim", "MR", null,
                    language, ZoneId.of("Asia/Seoul"), language, "FAMILY_FIRST", "TITLE_AND_FAMILY_NAME", false, "FORMAL", false);
                String text = renderer.render(kind, client, SampleValues.of(kind), List.of(language)).text();
                String[] paragraphs = text.split("\n\n");
                for (int i = 1; i < paragraphs.length; i++) {
                    String closing = paragraphs[i].strip();
                    String before = paragraphs[i - 1].strip();
                    if (!closing.isEmpty() && !closing.contains("\n") && !before.equals(closing)) {
                        assertThat(before).as("%s %s: the paragraph before \"%s\"", kind, language, closing).doesNotEndWith(closing);
                        closings++;
                    }
                }
            }
        }
        assertThat(closings).as("paragraphs read").isGreaterThan(100);
    }
}
