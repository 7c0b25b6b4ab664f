package io.meridian.messages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.meridian.etiquette.EtiquetteFixture;
import io.meridian.etiquette.Tier;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * Japanese, Korean and Chinese business email opens with a greeting line after the salutation, and in Japanese and Korean
 * the writer names company and self; without it an email reads blunt to the client. Rendered from the shipped templates.
 */
@RunsBeside
class BusinessOpeningTest {

    private static final List<String> SIGNATURE = List.of("Meridian Demo Trading Co., Ltd.", "+86 21 5555 0100");

    private final Renderer renderer = ShippedTemplates.renderer(SIGNATURE);

    @Test
    void shouldGreetAJapaneseClientAsTheExchangeGoesOnAndNameWhoWrites() {
        RenderedEmail email = renderer.render(MessageKind.ORDER_CONFIRMATION, client("ja", "FAMILY_NAME_HONORIFIC"),
            orderValues("Sam Sales"), List.of("ja", "en"));

        String japanese = japanesePart(email);
        assertThat(japanese).as("salutation, greeting, who writes, then the body")
            .containsSubsequence("Hoshino Trading\nSato Kenji 様\n\nいつもお世話になっております。\n"
                + "Meridian Demo Trading Co., Ltd. 受注管理部のSam Salesでございます。\n\nご注文を以下のとおり確認いたしました。");
        assertThat(email.html()).contains("<p>いつもお世話になっております。<br/>Meridian Demo Trading Co., Ltd. 受注管理部のSam Salesでございます。</p>");
        assertThat(email.text().substring(japanese.length())).as("the English part has no opening line")
            .doesNotContain("お世話").doesNotContain("でございます");
        assertThat(MessageTemplates.wellFormed(email.html())).isNull();
    }

    @Test
    void shouldThankForTheInquiryInAFirstReplyRatherThanForAnExchangeThatHasNotBegun() {
        Map<String, Object> first = quoteValues(false);
        Map<String, Object> revised = quoteValues(true);

        String firstQuote = japanesePart(renderer.render(MessageKind.QUOTE, client("ja", "FAMILY_NAME_HONORIFIC"), first, List.of("ja", "en")));
        String revisedQuote = japanesePart(renderer.render(MessageKind.QUOTE, client("ja", "FAMILY_NAME_HONORIFIC"), revised, List.of("ja", "en")));

        assertThat(firstQuote).doesNotContain("いつもお世話になっております")
            .contains("\n\nMeridian Demo Trading Co., Ltd. 海外営業部のSam Salesでございます。\n\nお問い合わせいただき誠にありがとうございます。");
        assertThat(revisedQuote).contains("いつもお世話になっております。\nMeridian Demo Trading Co., Ltd. 海外営業部のSam Salesでございます。");
    }

    @Test
    void shouldNameTheCompanyAndTheSendingTeamInAnAutomaticEmail() {
        Map<String, Object> values = orderValues(null);

        String japanese = japanesePart(renderer.render(MessageKind.ORDER_CONFIRMATION, client("ja", "FAMILY_NAME_HONORIFIC"), values,
            List.of("ja", "en")));

        assertThat(japanese).contains("いつもお世話になっております。\nMeridian Demo Trading Co., Ltd. 受注管理部でございます。\n");
    }

    @Test
    void shouldGreetAKoreanClientFormallyAndNameWhoWrites() {
        RenderedEmail email = renderer.render(MessageKind.ORDER_CONFIRMATION, client("ko", "TITLE_AND_FAMILY_NAME"),
            orderValues("Sam Sales"), List.of("ko", "en"));

        assertThat(email.text()).containsSubsequence("님께\n\n안녕하십니까.\nMeridian Demo Trading Co., Ltd. 수주관리팀 Sam Sales입니다.\n\n");
    }

    @Test
    void shouldGreetAChineseClientOnItsOwnLineUnlessTheSalutationAlreadyDoes() {
        String formal = renderer.render(MessageKind.ORDER_CONFIRMATION, client("zh", "TITLE_AND_FAMILY_NAME"), orderValues("Sam Sales"),
            List.of("zh", "en")).text();
        String byGivenName = renderer.render(MessageKind.ORDER_CONFIRMATION, client("zh", "GIVEN_NAME"), orderValues("Sam Sales"),
            List.of("zh", "en")).text();

        assertThat(formal).startsWith("尊敬的Sato先生：\n\n您好！\n\n");
        assertThat(byGivenName).startsWith("Kenji，您好：\n\n").doesNotContain("您好！");
    }

    @Test
    void shouldLeaveLanguagesWithoutAnOpeningAsTheyWere() {
        RenderedEmail email = renderer.render(MessageKind.ORDER_CONFIRMATION, client("en", "TITLE_AND_FAMILY_NAME"), orderValues("Sam Sales"),
            List.of("en"));

        assertThat(email.text()).startsWith("Dear Mr Sato,\n\nWe confirm your order:");
    }

    /**
     * Each email is signed by the team that sends it, in each part's language, below the company's name and above its
     * other lines, where every email was signed "Export sales": the order desk's order confirmation, logistics' tracking
     * number, support's complaint answers; the Japanese part names the same department in its 名乗り and signs with the
     * person after the department, before the phone (company, department, name, then how to reach them).
     */
    @Test
    void shouldSignEachEmailByTheTeamThatSendsItInEachPartsLanguage() {
        RenderedEmail order = renderer.render(MessageKind.ORDER_CONFIRMATION, client("ja", "FAMILY_NAME_HONORIFIC"),
            orderValues("Olivia Desk"), List.of("ja", "en"));
        assertThat(japanesePart(order)).contains("Meridian Demo Trading Co., Ltd. 受注管理部のOlivia Deskでございます。")
            .endsWith("何卒よろしくお願い申し上げます。\n\nMeridian Demo Trading Co., Ltd.\n受注管理部\nOlivia Desk\n+86 21 5555 0100\n"
                + "\n本メールは日本語と英語で記載しております。両者の内容に相違がある場合は、英語版が優先いたします。\n");
        assertThat(order.html()).as("in Japanese the person after the department, before the phone")
            .contains("<p class=\"signature\" dir=\"auto\">Meridian Demo Trading Co., Ltd.<br/>受注管理部<br/>Olivia Desk<br/>+86 21 5555 0100</p>");
        assertThat(order.text()).endsWith("Yours sincerely,\n\nOlivia Desk\nMeridian Demo Trading Co., Ltd.\nOrder desk\n+86 21 5555 0100\n"
                + "\nThis email is written in two languages. If they differ, the English version is binding.\n")
            .doesNotContain("Export sales");
        assertThat(order.html()).contains("<p class=\"signature\" dir=\"auto\">Meridian Demo Trading Co., Ltd.<br/>Order desk<br/>+86 21 5555 0100</p>");

        Map<String, Object> shipped = new HashMap<>(SampleValues.of(MessageKind.TRACKING_NUMBER));
        Addressee weber = new Addressee("weber@example.de", "Weber GmbH", "Hans Weber", "Hans", "Weber", "MR", null, "de",
            ZoneId.of("Europe/Berlin"), "de", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", false, "FORMAL", true);
        assertThat(renderer.render(MessageKind.TRACKING_NUMBER, weber, shipped, List.of("de", "en")).text())
            .contains("Mit freundlichen Grüßen\n\nMeridian Demo Trading Co., Ltd.\nLogistik\n")
            .endsWith("Yours sincerely,\n\nMeridian Demo Trading Co., Ltd.\nLogistics\n+86 21 5555 0100\n");

        Map<String, Object> answer = new HashMap<>(SampleValues.of(MessageKind.COMPLAINT_DIAGNOSIS));
        answer.put(ClientMessages.WRITER, "Sue Support");
        Addressee silva = new Addressee("joao@example.com.br", "Luz do Sul", "Joao Silva", "Joao", "Silva", "MR", null, "pt",
            ZoneId.of("America/Sao_Paulo"), "pt", "GIVEN_FIRST", "TITLE_AND_FAMILY_NAME", false, "FORMAL", true);
        assertThat(renderer.render(MessageKind.COMPLAINT_DIAGNOSIS, silva, answer, List.of("pt", "en")).text())
            .contains("Atenciosamente,\n\nSue Support\nMeridian Demo Trading Co., Ltd.\nAtendimento ao cliente\n")
            .endsWith("Sue Support\nMeridian Demo Trading Co., Ltd.\nCustomer support\n+86 21 5555 0100\n");

        answer.put(ClientMessages.TEAM, "logistics");
        assertThat(renderer.render(MessageKind.COMPLAINT_DIAGNOSIS, silva, answer, List.of("pt", "en")).text())
            .as("a complaint its handling team answers: logistics for a delivery delay")
            .contains("Sue Support\nMeridian Demo Trading Co., Ltd.\nLogística\n").endsWith("Ltd.\nLogistics\n+86 21 5555 0100\n");

        assertThat(renderer.render(MessageKind.QUOTE, client("en", "TITLE_AND_FAMILY_NAME"), quoteValues(false), List.of("en")).text())
            .as("sales' quote").endsWith("Sam Sales\nMeridian Demo Trading Co., Ltd.\nExport sales\n+86 21 5555 0100\n");
    }

    /**
     * The etiquette builds the relationship before business for Saudi, Emirati, Brazilian and Indian clients (Opening
     * RELATIONSHIP_FIRST; Saudi Arabia's advice: "Start with small talk and build the relationship before business",
     * Brazil's "Open with personal conversation before business"), where their quote, order confirmation and the other
     * business emails went from the salutation straight to the matter: they open with a courtesy line in each part's
     * language. A US client's email still goes straight to business, and a complaint's answer opens with the matter.
     */
    @Test
    void shouldOpenWithACourtesyLineForAClientWhoseEtiquetteBuildsTheRelationshipFirst() {
        Instant now = Instant.parse("2027-03-01T08:00:00Z");
        Addressee omar = Addressee.of("omar@example.sa", "Al Noor Trading", "Omar Al-Harbi", "Omar", "Al-Harbi", "MR", null, null,
            null, EtiquetteFixture.decideAfresh("SA", now, Tier.B));
        Addressee joao = Addressee.of("joao@example.com.br", "Luz do Sul", "Joao Silva", "Joao", "Silva", "MR", null, null,
            null, EtiquetteFixture.decideAfresh("BR", now, Tier.B));
        Addressee pat = Addressee.of("pat@example.com", "Bright Inc", "Pat Doe", "Pat", "Doe", "MS", null, null,
            null, EtiquetteFixture.decideAfresh("US", now, Tier.B));

        RenderedEmail saudi = renderer.render(MessageKind.QUOTE, omar, quoteValues(false), List.of("ar", "en"));
        assertThat(saudi.text()).containsSubsequence("السيد Al-Harbi المحترم،\n\nتحية طيبة وبعد، نأمل أن تكونوا بخير.\n\nنشكركم",
            "Dear Mr Al-Harbi,\n\nWe hope this email finds you well.\n\nThank you for your inquiry.");
        assertThat(saudi.html()).contains("<p><bdi>تحية طيبة وبعد، نأمل أن تكونوا بخير.</bdi></p>",
            "<p>We hope this email finds you well.</p>");
        assertThat(MessageTemplates.wellFormed(saudi.html())).isNull();
        assertThat(renderer.render(MessageKind.ORDER_CONFIRMATION, joao, orderValues("Olivia Desk"), List.of("pt", "en")).text())
            .containsSubsequence("Prezado Sr. Silva,\n\nEsperamos que esteja tudo bem.\n\n", "Dear Mr Silva,\n\nWe hope this email finds you well.\n\n");

        assertThat(renderer.render(MessageKind.QUOTE, pat, quoteValues(false), List.of("en")).text())
            .as("a business-first client").startsWith("Dear Ms Doe,\n\nThank you for your inquiry.");
        Map<String, Object> diagnosis = new HashMap<>(SampleValues.of(MessageKind.COMPLAINT_DIAGNOSIS));
        assertThat(renderer.render(MessageKind.COMPLAINT_DIAGNOSIS, omar, diagnosis, List.of("ar", "en")).text())
            .as("a complaint's answer").doesNotContain("We hope this email finds you well", "نأمل أن تكونوا بخير");
    }

    private static String japanesePart(RenderedEmail email) {
        return email.text().split("\n-{40}\n")[0];
    }

    private static Addressee client(String language, String salutationForm) {
        return new Addressee("kenji@example.com", "Hoshino Trading", "Kenji Sato", "Kenji", "Sato", "MR", null, language,
            ZoneId.of("Asia/Tokyo"), language, "FAMILY_FIRST", salutationForm, false, "FORMAL", true);
    }

    private static Map<String, Object> orderValues(String writer) {
        Map<String, Object> values = new HashMap<>(SampleValues.of(MessageKind.ORDER_CONFIRMATION));
        values.put(ClientMessages.WRITER, writer);
        return values;
    }

    private static Map<String, Object> quoteValues(boolean revised) {
        Map<String, Object> values = new HashMap<>(SampleValues.of(MessageKind.QUOTE));
        values.put(ClientMessages.WRITER, "Sam Sales");
        values.put("revised", revised);
        return values;
    }
}
