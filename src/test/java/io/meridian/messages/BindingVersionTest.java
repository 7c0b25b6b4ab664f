package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.List;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * An important document (quote, order confirmation, exception notice, minutes) sent in the client's language and in
 * English says in each part which version is binding: the English one, as the team's own words (payment terms, product
 * parameters, a cause) stand in English in every part and the translations are machine-drafted. Without it a Japanese
 * client read a quote in two versions and could not tell which one the offer was. Rendered from the shipped templates.
 */
@RunsBeside
class BindingVersionTest {

    private static final List<String> SIGNATURE = List.of("Meridian Demo Trading Co., Ltd.", "+86 21 5555 0100");

    private final Renderer renderer = ShippedTemplates.renderer(SIGNATURE);

    @Test
    void shouldSayInEachPartOfABilingualQuoteThatTheEnglishVersionIsBinding() {
        RenderedEmail quote = renderer.render(MessageKind.QUOTE, client("ja"), SampleValues.of(MessageKind.QUOTE), List.of("ja", "en"));

        String[] parts = quote.text().split("\n-{40}\n");
        assertThat(parts).hasSize(2);
        assertThat(parts[0]).contains("本メールは日本語と英語で記載しております。両者の内容に相違がある場合は、英語版が優先いたします。");
        assertThat(parts[1]).contains("This email is written in two languages. If they differ, the English version is binding.");
        assertThat(quote.html()).contains("<p class=\"binding\" dir=\"auto\">This email is written in two languages."
            + " If they differ, the English version is binding.</p>");
        assertThat(MessageTemplates.wellFormed(quote.html())).isNull();
    }

    @Test
    void shouldNameTheBindingVersionInEveryShippedLanguageOfEachImportantDocument() {
        for (MessageKind kind : MessageKind.values()) {
            for (String language : List.of("ar", "de", "es", "fr", "ja", "ko", "pt", "pt-PT", "zh")) {
                RenderedEmail email = renderer.render(kind, client(language), SampleValues.of(kind), List.of(language, "en"));
                String first = email.text().split("\n-{40}\n")[0];
                if (kind.important()) {
                    assertThat(first).as(kind + " in " + language).containsAnyOf("English version is binding", "英語版が優先",
                        "영문이 우선", "以英文文本为准", "englische Fassung maßgeblich", "la version anglaise fait foi",
                        "prevalece la versión en inglés", "prevalece a versão em inglês", "يُعتمد النص الإنجليزي")
                        .doesNotContain("English version is binding");
                    assertThat(email.text()).as(kind + " in " + language + ", English part").endsWith("the English version is binding.\n");
                } else {
                    assertThat(email.html()).as(kind + " in " + language + ": no contract, no binding version").doesNotContain("class=\"binding\"");
                }
            }
        }
    }

    @Test
    void shouldSayNothingOfVersionsInAnEmailWithOneLanguage() {
        RenderedEmail quote = renderer.render(MessageKind.QUOTE, client("en"), SampleValues.of(MessageKind.QUOTE), List.of("en"));

        assertThat(quote.text()).doesNotContain("binding", "two languages");
        assertThat(quote.html()).doesNotContain("class=\"binding\"");
    }

    private static Addressee client(String language) {
        return new Addressee("kenji@example.com", "Hoshino Trading", "Kenji Sato", "Kenji", "Sato", "MR", null, language,
            ZoneId.of("Asia/Tokyo"), language, "FAMILY_FIRST", "TITLE_AND_FAMILY_NAME", false, "FORMAL", true);
    }
}
