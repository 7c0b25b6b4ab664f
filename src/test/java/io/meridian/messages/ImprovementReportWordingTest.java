package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * The improvement report says what each score means in words, with no abbreviation (DOMAIN.md: plain short sentences,
 * no abbreviations), and a detractor reads an apology before the thanks; it read "Your scores: NPS 3/10, CSAT 2/5, CES 6/7".
 */
@RunsBeside
class ImprovementReportWordingTest {

    private static final List<String> LANGUAGES = List.of("en", "zh", "ja", "ko", "de", "fr", "es", "pt", "ar");

    private final Addressee kenji = new Addressee("kenji@example.com", "Hoshino Trading", "Kenji Sato", "Kenji", "Sato", "MR", null,
        "ja", ZoneId.of("Asia/Tokyo"), "ja", "FAMILY_FIRST", "FAMILY_NAME_HONORIFIC", true, "FORMAL", true);

    @Test
    void shouldWordEachScoreWithoutAbbreviationsAndApologiseToADetractor() throws IOException {
        Renderer renderer = renderer();
        Map<String, Object> values = new HashMap<>(SampleValues.of(MessageKind.IMPROVEMENT_REPORT));
        values.putAll(Map.of("nps", 3, "csat", 2, "ces", 6, "detractor", true));
        RenderedEmail english = renderer.render(MessageKind.IMPROVEMENT_REPORT, kenji, values, List.of("en"));
        assertThat(english.text()).contains("We are sorry that we did not meet your expectations.\n\nThank you for your feedback.",
            "- How likely you are to recommend us: 3 out of 10\n- How satisfied you are with us: 2 out of 5\n"
                + "- How much effort working with us took you: 6 out of 7 (1 is very little, 7 a great deal)\n");
        assertThat(renderer.render(MessageKind.IMPROVEMENT_REPORT, kenji, values, List.of("ja")).text())
            .contains("ご期待に沿えず、誠に申し訳ございません。\n\nご評価をいただき", "弊社へのご満足度：5点中2点");
        for (String language : LANGUAGES) {
            RenderedEmail email = renderer.render(MessageKind.IMPROVEMENT_REPORT, kenji, values, List.of(language));
            for (String out : List.of(email.text(), email.html())) {
                assertThat(out).as(language).doesNotContainPattern("\\b(NPS|CSAT|CES)\\b").contains("3", "2", "6");
            }
            assertThat(MessageTemplates.wellFormed(email.html())).as(language).isNull();
            String apology = renderer.render(MessageKind.IMPROVEMENT_REPORT, kenji, values, List.of(language)).text();
            values.put("detractor", false);
            String plain = renderer.render(MessageKind.IMPROVEMENT_REPORT, kenji, values, List.of(language)).text();
            values.put("detractor", true);
            assertThat(apology.length()).as("%s: an apology for a detractor only", language).isGreaterThan(plain.length());
        }
        values.put("detractor", false);
        assertThat(renderer.render(MessageKind.IMPROVEMENT_REPORT, kenji, values, List.of("en")).text()).doesNotContain("sorry");
    }

    private static Renderer renderer() throws IOException {
        return ShippedTemplates.renderer(MessageKind.IMPROVEMENT_REPORT, LANGUAGES);
    }
}
