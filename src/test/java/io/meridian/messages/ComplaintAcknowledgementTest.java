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
 * A complaint that is no crisis (a mild one from a Thai or Indian client, which the complaint table raises to HIGH as it
 * may hide a serious problem) was acknowledged in English, German, French, Spanish, Portuguese and Arabic with "Thank
 * you for raising this matter with us" and the team's words, where the Japanese, Korean and Chinese parts of the same
 * email say they are sorry for the trouble. How to handle a complaint (seed 000): acknowledge the client's feelings ("I
 * understand how you feel"), without blame. Each part now says that we understand the trouble and take it seriously.
 */
@RunsBeside
class ComplaintAcknowledgementTest {

    private static final Map<String, String> ACKNOWLEDGED = Map.of(
        "en", "We understand that this matter causes you trouble, and we take it seriously.",
        "de", "wir verstehen, dass Ihnen diese Angelegenheit Schwierigkeiten bereitet, und nehmen sie ernst.",
        "fr", "Nous comprenons que cette situation vous cause des difficultés et nous la prenons au sérieux.",
        "es", "Entendemos que este asunto le causa dificultades y lo tomamos en serio.",
        "pt", "Entendemos o transtorno causado por este assunto e o levamos a sério.",
        "pt-PT", "Compreendemos que este assunto lhe causa transtornos e levamo-lo a sério.",
        "ar", "ندرك أن هذا الأمر سبّب لكم إزعاجاً، ونتعامل معه بكل جدية.",
        "ja", "このたびはご迷惑をおかけし、誠に申し訳ございません。",
        "ko", "불편을 드려 대단히 죄송합니다.",
        "zh", "给您带来不便，我们深表歉意。");

    @Test
    void shouldAcknowledgeTheTroubleInEveryLanguageOfAnAcknowledgementThatIsNoCrisis() throws IOException {
        for (Map.Entry<String, String> language : ACKNOWLEDGED.entrySet()) {
            List<String> languages = language.getKey().equals("en") ? List.of("en") : List.of(language.getKey(), "en");
            RenderedEmail email = ShippedTemplates.renderer(MessageKind.COMPLAINT_ACKNOWLEDGED, languages)
                .render(MessageKind.COMPLAINT_ACKNOWLEDGED, client(language.getKey()), values(false), languages);

            String first = email.text().split("\n-{40}\n")[0];
            assertThat(first).as(language.getKey()).contains(language.getValue());
            assertThat(email.html()).as(language.getKey()).contains(language.getValue());
            assertThat(email.text()).as(language.getKey() + ", English part").contains(ACKNOWLEDGED.get("en"));
            assertThat(MessageTemplates.wellFormed(email.html())).isNull();
        }
    }

    /**
     * "Sehr geehrte Frau Müller," ends in a comma: the German letter goes on in lower case (DIN 5008, Duden), as every
     * other German template does; the acknowledgement alone opened "Wir verstehen, …" and, in a crisis, "Es tut uns …".
     */
    @Test
    void shouldGoOnInLowerCaseAfterTheGermanSalutation() throws IOException {
        for (boolean crisis : List.of(false, true)) {
            RenderedEmail email = ShippedTemplates.renderer(MessageKind.COMPLAINT_ACKNOWLEDGED, List.of("de", "en"))
                .render(MessageKind.COMPLAINT_ACKNOWLEDGED, client("de"), values(crisis), List.of("de", "en"));
            String german = email.text().split("\n-{40}\n")[0];
            String afterSalutation = german.substring(german.indexOf(",\n") + 2).strip();
            assertThat(german).as("crisis " + crisis).startsWith("Sehr geehrte");
            assertThat(afterSalutation).as("crisis " + crisis).startsWith(crisis ? "es tut uns sehr leid" : "wir verstehen");
            assertThat(email.html()).as("crisis " + crisis).contains(crisis ? "<p>es tut uns sehr leid" : "<p>wir verstehen");
        }
    }

    @Test
    void shouldKeepTheCrisisApologyAloneInACrisis() throws IOException {
        RenderedEmail email = ShippedTemplates.renderer(MessageKind.COMPLAINT_ACKNOWLEDGED, List.of("en"))
            .render(MessageKind.COMPLAINT_ACKNOWLEDGED, client("en"), values(true), List.of("en"));

        assertThat(email.text()).contains("We are very sorry for the trouble this causes you.").doesNotContain(ACKNOWLEDGED.get("en"));
    }

    /**
     * A crisis acknowledgement said in Spanish, Portuguese and Arabic that a manager follows the matter "with us" ("con
     * nosotros", "conosco", "connosco", "معنا"), which reads as someone outside the company, or the client's own manager,
     * working on it beside the team; the English says "A manager is following this matter personally": one of ours.
     */
    @Test
    void shouldSayThatOneOfOurManagersFollowsACrisisNotOneWithUs() throws IOException {
        Map<String, String> ours = Map.of(
            "es", "Uno de nuestros responsables sigue personalmente este asunto, a cualquier hora, hasta que quede resuelto.",
            "pt", "Um de nossos gerentes acompanha pessoalmente este assunto, a qualquer hora, até que esteja resolvido.",
            "pt-PT", "Um dos nossos responsáveis acompanha pessoalmente este assunto, a qualquer hora, até estar resolvido.",
            "ar", "يتابع أحد مديرينا هذه المسألة شخصياً وعلى مدار الساعة حتى حلها.");
        for (Map.Entry<String, String> language : ours.entrySet()) {
            List<String> languages = List.of(language.getKey(), "en");
            RenderedEmail email = ShippedTemplates.renderer(MessageKind.COMPLAINT_ACKNOWLEDGED, languages)
                .render(MessageKind.COMPLAINT_ACKNOWLEDGED, client(language.getKey()), values(true), languages);

            String first = email.text().split("\n-{40}\n")[0];
            assertThat(first).as(language.getKey()).contains(language.getValue())
                .doesNotContain("con nosotros", "conosco", "connosco", "معنا");
            assertThat(email.html()).as(language.getKey()).contains(language.getValue());
        }
    }

    /**
     * A crisis acknowledgement's subject said in every language but English only that the complaint was received
     * ("Hemos recibido su reclamación", "Recebemos sua reclamação", "لقد استلمنا ملاحظتكم"), the same as for a complaint that
     * is no crisis, where the English says "We are sorry: a manager is following this matter personally", as the body
     * does. Each language's crisis subject now says so; the subject of a complaint that is no crisis stays as it was.
     */
    @Test
    void shouldSayInTheSubjectOfACrisisThatWeAreSorryAndAManagerFollowsIt() throws IOException {
        Map<String, String> crisisSubject = Map.of(
            "es", "Lo sentimos mucho: uno de nuestros responsables sigue personalmente este asunto",
            "pt", "Lamentamos muito: um de nossos gerentes acompanha pessoalmente este assunto",
            "pt-PT", "Lamentamos muito: um dos nossos responsáveis acompanha pessoalmente este assunto",
            "ar", "نعتذر إليكم: يتابع أحد مديرينا هذه المسألة شخصياً",
            "de", "Es tut uns sehr leid: Eine Führungskraft betreut die Angelegenheit persönlich",
            "fr", "Toutes nos excuses\u00a0: un responsable suit personnellement ce dossier",
            "ja", "ご迷惑をおかけし申し訳ございません。担当マネージャーが責任をもって対応いたします",
            "ko", "불편을 드려 죄송합니다. 담당 매니저가 직접 챙기겠습니다",
            "zh", "深表歉意：我们的经理将亲自跟进此事");
        Map<String, String> received = Map.of("es", "Hemos recibido su reclamación", "pt", "Recebemos sua reclamação",
            "ar", "لقد استلمنا ملاحظتكم");
        for (Map.Entry<String, String> language : crisisSubject.entrySet()) {
            List<String> languages = List.of(language.getKey(), "en");
            Renderer renderer = ShippedTemplates.renderer(MessageKind.COMPLAINT_ACKNOWLEDGED, languages);
            String number = (String) values(true).get("complaintNumber");

            String crisis = renderer.render(MessageKind.COMPLAINT_ACKNOWLEDGED, client(language.getKey()), values(true), languages)
                .subject();
            String ordinary = renderer.render(MessageKind.COMPLAINT_ACKNOWLEDGED, client(language.getKey()), values(false),
                languages).subject();

            // the client's language first; a subject in two languages goes on with the English one after " / "
            assertThat(crisis).as(language.getKey()).startsWith("[" + number + "] " + language.getValue());
            assertThat(ordinary).as(language.getKey()).isNotEqualTo(crisis).startsWith("[" + number + "] ");
            if (received.containsKey(language.getKey())) {
                assertThat(ordinary).as(language.getKey()).startsWith("[" + number + "] " + received.get(language.getKey()));
            }
        }
    }

    private static Map<String, Object> values(boolean crisis) {
        Map<String, Object> values = new HashMap<>(SampleValues.of(MessageKind.COMPLAINT_ACKNOWLEDGED));
        values.put("crisis", crisis);
        return values;
    }

    private static Addressee client(String language) {
        return new Addressee("anong@example.co.th", "Siam Lighting", "Anong Srisuk", "Anong", "Srisuk", "MS", null, language,
            ZoneId.of("Asia/Bangkok"), language, "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", false, "STANDARD", true);
    }
}
