package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The progress report's production progress writes the percent sign as each language does: closed up to the number in
 * English (the Chicago Manual of Style; the GOV.UK style guide: "50%"), Chinese (GB/T 15835-2011, 出版物上数字用法: "48.6%")
 * and Korean (국립국어원: "%" is written next to the number, "60%"), and after a no-break space in French (Imprimerie
 * nationale, Lexique des règles typographiques: "60 %", the space unbreakable), where every part wrote "60 %" with an
 * ordinary space, which a line may break.
 */
class PercentSignTest {

    private static final Addressee CLIENT = new Addressee("client@example.com", "Lumière SA", "Claire Martin", "Claire", "Martin",
        "MS", null, null, ZoneId.of("Europe/Paris"), "fr", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", true, "FORMAL", false);

    @Test
    void shouldWriteTheProgressPercentAsEachLanguageDoes() throws IOException {
        Map<String, String> expected = Map.of(
            "en", "Production progress: 60%\n",
            "zh", "生产进度：60%\n",
            "ko", "생산 진행: 60%\n",
            "fr", "Avancement de la production\u00a0: 60\u00a0%\n");
        for (Map.Entry<String, String> language : expected.entrySet()) {
            List<String> parts = language.getKey().equals("en") ? List.of("en") : List.of(language.getKey(), "en");
            RenderedEmail email = ShippedTemplates.renderer(MessageKind.PROGRESS_REPORT, parts)
                .render(MessageKind.PROGRESS_REPORT, CLIENT, SampleValues.of(MessageKind.PROGRESS_REPORT), parts);

            assertThat(email.text()).as(language.getKey()).contains(language.getValue());
        }
        List<String> french = List.of("fr", "en");
        String html = ShippedTemplates.renderer(MessageKind.PROGRESS_REPORT, french)
            .render(MessageKind.PROGRESS_REPORT, CLIENT, SampleValues.of(MessageKind.PROGRESS_REPORT), french).html();
        assertThat(html).as("no line breaks between the number and its sign").containsAnyOf("60&#160;%", "60\u00a0%")
            .contains("60%</td>").doesNotContain("60 %");
    }
}
