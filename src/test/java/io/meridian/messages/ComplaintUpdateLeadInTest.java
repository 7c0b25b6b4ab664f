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
 * The diagnosis, the interim solution and the root-cause fix of a complaint went from the salutation straight to the team's words ("Dear Ms
 * Srisuk, / We have received your report …"; in Japanese from the writer's name to the note that the team's words stay in
 * English), where the acknowledgement before them opens with understanding or an apology. Each now opens, in every
 * language, with thanks for the client's patience, the interim solution with the apology renewed, the root-cause fix saying
 * what follows: a Japanese part after
 * its greeting and the writer's name, a German one in lower case after the salutation's comma, an Arabic one with the
 * customary "تحية طيبة وبعد،".
 */
@RunsBeside
class ComplaintUpdateLeadInTest {

    private static final Map<String, String> DIAGNOSIS = Map.of(
        "en", "Thank you for your patience while we looked into the matter you raised. Here is what we found.",
        "de", "vielen Dank für Ihre Geduld. Wie angekündigt, teilen wir Ihnen mit, was unsere Prüfung der von Ihnen gemeldeten Angelegenheit ergeben hat.",
        "fr", "Nous vous remercions de votre patience.",
        "es", "Le agradecemos su paciencia.",
        "pt", "Agradecemos sua paciência.",
        "pt-PT", "Agradecemos a sua paciência.",
        "ja", "先日お申し出いただきました件につきまして、お待たせいたしました。調査の結果をご報告申し上げます。改めまして、このたびはご迷惑をおかけし、誠に申し訳ございません。",
        "zh", "感谢您的耐心等待。",
        "ko", "기다려 주셔서 감사합니다.",
        "ar", "تحية طيبة وبعد، نشكركم على صبركم، ونود أن نطلعكم كما وعدناكم على ما توصلنا إليه بشأن المسألة التي أبلغتمونا بها.");
    private static final Map<String, String> INTERIM = Map.of(
        "en", "Thank you for your patience, and again our apologies for the trouble this matter causes you.",
        "de", "vielen Dank für Ihre Geduld; die Unannehmlichkeiten bitten wir nochmals zu entschuldigen.",
        "fr", "vous prions de nous excuser à nouveau pour la gêne occasionnée.",
        "es", "le reiteramos nuestras disculpas por las molestias ocasionadas.",
        "pt", "pedimos desculpas mais uma vez pelo transtorno.",
        "pt-PT", "pedimos novamente desculpa pelo incómodo.",
        "ja", "ご迷惑をおかけしておりますことを、重ねてお詫び申し上げます。",
        "zh", "再次为给您带来的不便深表歉意。",
        "ko", "다시 한번 불편을 드린 점 깊이 사과드리며",
        "ar", "تحية طيبة وبعد، نشكركم على صبركم وتفهمكم، ونعتذر مجدداً عن الإزعاج الذي سببه لكم هذا الأمر.");
    private static final Map<String, String> ROOT_CAUSE_FIX = Map.of(
        "en", "Thank you for your patience. We have found the root cause of the matter you raised and put a permanent fix in place.",
        "de", "vielen Dank für Ihre Geduld. Wir haben die Grundursache der von Ihnen gemeldeten Angelegenheit ermittelt und dauerhaft behoben.",
        "fr", "Nous vous remercions de votre patience.",
        "es", "Le agradecemos su paciencia.",
        "pt", "Agradecemos sua paciência.",
        "pt-PT", "Agradecemos a sua paciência.",
        "ja", "先日お申し出いただきました件につきまして、根本原因と恒久対策をご報告申し上げます。",
        "zh", "感谢您的耐心等待。",
        "ko", "기다려 주셔서 감사합니다.",
        "ar", "تحية طيبة وبعد، نشكركم على صبركم،");
    private static final Map<MessageKind, Map<String, String>> LEAD_INS = Map.of(MessageKind.COMPLAINT_DIAGNOSIS, DIAGNOSIS,
        MessageKind.COMPLAINT_INTERIM_SOLUTION, INTERIM, MessageKind.COMPLAINT_ROOT_CAUSE_FIX, ROOT_CAUSE_FIX);
    private static final String TEAMS_WORDS = "We have received your report on the flickering panels.";
    private static final String ROOT_CAUSE = "A batch of drivers had a faulty capacitor.";

    @Test
    void shouldOpenTheDiagnosisAndTheInterimSolutionBeforeTheTeamsWordsInEveryLanguage() throws IOException {
        for (Map.Entry<MessageKind, Map<String, String>> each : LEAD_INS.entrySet()) {
            MessageKind kind = each.getKey();
            String teamsWords = kind == MessageKind.COMPLAINT_ROOT_CAUSE_FIX ? ROOT_CAUSE : TEAMS_WORDS;
            for (Map.Entry<String, String> language : each.getValue().entrySet()) {
                String first = firstPart(kind, language.getKey());
                String as = kind + " in " + language.getKey();
                assertThat(first).as(as).contains(language.getValue());
                assertThat(first.indexOf(language.getValue())).as(as + ": before the team's words")
                    .isGreaterThanOrEqualTo(0).isLessThan(first.indexOf(teamsWords));
            }
        }
    }

    @Test
    void shouldOpenAsTheClientsRegionWritesAfterTheSalutation() throws IOException {
        for (MessageKind kind : LEAD_INS.keySet()) {
            assertThat(afterSalutation(firstPart(kind, "de"), ",\n")).as(kind + " in German").startsWith("vielen Dank für Ihre Geduld");
            assertThat(afterSalutation(firstPart(kind, "ar"), "،\n")).as(kind + " in Arabic").startsWith("تحية طيبة وبعد، نشكركم على صبركم");
            String japanese = firstPart(kind, "ja");
            assertThat(afterSalutation(japanese, "様\n")).as(kind + " in Japanese: the greeting and the writer's name first")
                .startsWith("いつもお世話になっております。");
            assertThat(japanese.indexOf("でございます。")).as(kind + " in Japanese: the lead-in after the writer's name")
                .isLessThan(japanese.indexOf("先日"));
            RenderedEmail email = render(kind, "ja");
            assertThat(email.html()).as(kind + " in Japanese, HTML").contains("でございます。</p>\n<p>先日");
            assertThat(MessageTemplates.wellFormed(email.html())).isNull();
        }
    }

    private static String afterSalutation(String part, String salutationEnd) {
        return part.substring(part.indexOf(salutationEnd) + salutationEnd.length()).strip();
    }

    private static String firstPart(MessageKind kind, String language) throws IOException {
        return render(kind, language).text().split("\n-{40}\n")[0];
    }

    private static RenderedEmail render(MessageKind kind, String language) throws IOException {
        List<String> languages = language.equals("en") ? List.of("en") : List.of(language, "en");
        Map<String, Object> values = new HashMap<>(SampleValues.of(kind));
        values.put(ClientMessages.WRITER, "Li Wei");
        return ShippedTemplates.renderer(kind, languages).render(kind, client(language), values, languages);
    }

    private static Addressee client(String language) {
        return new Addressee("anong@example.co.th", "Siam Lighting", "Anong Srisuk", "Anong", "Srisuk", "MS", null, language,
            ZoneId.of("Asia/Bangkok"), language, "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", false, "FORMAL", true);
    }
}
