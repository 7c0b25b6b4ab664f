package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * The client emails address the reader in the formal register the etiquette asks for. The Brazilian survey and improvement
 * report asked "a probabilidade de você nos recomendar" and "exigiu de você", where the other Portuguese emails address
 * the client in the third person or impersonally, as formal Brazilian business writing does (the etiquette's o senhor /
 * a senhora; "você" is the familiar address, Manual de Redação da Presidência da República, 3.ª ed. 2018, on the forms of
 * address); the Japanese survey asked its questions in plain polite form ("薦める可能性はどのくらいですか", "手間がかかりましたか"),
 * where a question to a client is put in keigo, respectful of the client's doing and humble of ours ("お薦めいただける可能性は
 * どの程度でしょうか", "お手間をおかけしましたでしょうか"; 文化庁「敬語の指針」, 2007).
 */
@RunsBeside
class FormalRegisterTest {

    private static final Pattern VOCE = Pattern.compile("(?iu)(?<!\\p{L})vocês?(?!\\p{L})");
    /** A question ending in plain polite form: です・ます + か, not でしょうか. */
    private static final Pattern PLAIN_QUESTION = Pattern.compile("(です|ます|ました)か[。？]");

    @Test
    void shouldNeverAddressAPortugueseReaderAsVoce() throws IOException {
        for (Path file : ShippedTemplates.files(f -> f.getFileName().toString().startsWith("pt"))) {
            assertThat(wording(file)).as(file.toString()).doesNotContainPattern(VOCE);
        }
    }

    @Test
    void shouldAskAJapaneseClientInKeigo() throws IOException {
        for (Path file : ShippedTemplates.files(f -> f.getFileName().toString().equals("ja.mustache"))) {
            assertThat(wording(file)).as(file.toString()).doesNotContainPattern(PLAIN_QUESTION);
        }
    }

    /**
     * A formal letter asks the client to write back rather than telling them to: the progress report and improvement
     * report closed with bare imperatives ("Répondez-nous pour toute question.", "Responda si tiene alguna pregunta.",
     * "Responda se tiver alguma dúvida.") or the casual "basta responder" ("just reply"), and the Spanish reopened complaint
     * said "Volveremos a usted", English's "we will come back to you" word for word. They now invite a reply ("N'hésitez
     * pas à nous répondre", "no dude en responder", "pedimos a gentileza de responder", "queira responder") and say what
     * comes ("Le enviaremos un nuevo diagnóstico").
     */
    @Test
    void shouldInviteAReplyRatherThanOrderOne() throws IOException {
        List<String> curt = List.of("Répondez-nous", "Responda si", "Responda se", "basta responder", "é só responder",
            "Volveremos a usted");
        for (Path file : ShippedTemplates.files(f -> f.getFileName().toString().matches("(es|fr|pt|pt-PT)\\.mustache"))) {
            String words = wording(file);
            for (String phrase : curt) {
                assertThat(words).as(file.toString()).doesNotContain(phrase);
            }
        }
    }

    /**
     * The Chinese and Korean surveys asked how likely the client was to recommend us to a colleague (同事, 동료), someone
     * inside the client's own company, where a business client recommends a supplier to other companies and partners, as
     * the Japanese survey asks "to others" (他の方): both now ask so, in the formal register (您; 하십시오체 with -시-).
     */
    @Test
    void shouldAskAChineseOrKoreanClientToRecommendUsToOtherCompanies() throws IOException {
        Map<String, String> question = Map.of(
            "zh", "您向其他企业或合作伙伴推荐我们的可能性有多大？（0 = 完全不可能，10 = 极有可能）",
            "ko", "다른 기업이나 협력사에 저희를 추천하실 가능성은 얼마나 됩니까? (0 = 전혀 없음, 10 = 매우 높음)");
        for (Map.Entry<String, String> language : question.entrySet()) {
            List<String> languages = List.of(language.getKey(), "en");
            Addressee client = new Addressee("buyer@example.com", "Hanbit Co.", "Kim Min-jun", "Min-jun", "Kim", "MR", null,
                language.getKey(), ZoneId.of("Asia/Seoul"), language.getKey(), "FAMILY_FIRST", "TITLE_AND_FAMILY_NAME", false,
                "FORMAL", true);
            RenderedEmail survey = ShippedTemplates.renderer(MessageKind.SATISFACTION_SURVEY, languages)
                .render(MessageKind.SATISFACTION_SURVEY, client, SampleValues.of(MessageKind.SATISFACTION_SURVEY), languages);

            String part = survey.text().split("\n-{40}\n")[0];
            assertThat(part).as(language.getKey()).contains("1. " + language.getValue()).doesNotContain("同事", "동료");
            assertThat(survey.html()).as(language.getKey()).contains("<li>" + language.getValue() + "</li>")
                .doesNotContain("同事", "동료");
        }
    }

    /** The file's text without its comment lines, which may quote the wording they explain. */
    private static String wording(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        return String.join("\n", lines.stream().filter(line -> !line.startsWith("{{!")).toList());
    }
}
