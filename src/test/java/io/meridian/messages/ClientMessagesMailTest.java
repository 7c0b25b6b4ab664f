package io.meridian.messages;

import static io.meridian.inquiry.JourneyFixture.quote;
import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.inquiry.ClientJourney;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.outbox.MailServerFixture;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.outbox.ReceivedMail;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Quotes arrive as real multipart email addressed as the client's etiquette says, in English and the client's language. */
@MeridianTest
class ClientMessagesMailTest {

    static final Instant START = Instant.parse("2027-01-12T02:00:00Z");

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    Outbox outbox;

    @BeforeEach
    void startOfTheDay() {
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldSendAJapaneseTierAClientABilingualQuoteWithTheFamilyNameFirstAndSama() {
        ReceivedMail m = quoteTo("JP", "kenji@nakamura.example", Map.of(Var.GIVEN_NAME, "Kenji", Var.FAMILY_NAME, "Nakamura",
            Var.SALUTATION, "MR", Var.TIER, "A"));
        assertThat(m.multipart()).isTrue();
        assertThat(m.subject()).isEqualTo("LED panel 60x60 お見積りのご案内 / Quotation for LED panel 60x60");
        assertThat(m.body()).startsWith("Acme Trading\nNakamura Kenji 様").contains("Dear Nakamura-sama,", "下記のとおりお見積り申し上げます。", "積出港：Ningbo",
            "Port of loading: Ningbo", "ご検討いただけますと幸いです。\n\n何卒よろしくお願い申し上げます。");
        assertThat(m.body()).as("one closing phrase, not the closing's words twice").containsOnlyOnce("よろしくお願い申し上げます");
        assertThat(m.body().indexOf("様")).as("Japanese first, English after").isLessThan(m.body().indexOf("Dear"));
        assertThat(m.html()).contains("lang=\"ja\" dir=\"ltr\"", "lang=\"en\" dir=\"ltr\"", "Nakamura Kenji 様", "<td>Ningbo</td>")
            .as("the company and the person on lines of their own, as in the text part").contains("Acme Trading<br/>Nakamura Kenji 様");
    }

    @Test
    void shouldSignTheQuoteWithTheNameOfWhoeverRepliedToTheInquiryAboveTheCompanysSignatureAndBelowItInJapanese() {
        // sam replies in Tasklist (an authenticated user): the quote is his, signed "Sam Demo" (the demo identity's names)
        ReceivedMail m = quoteTo("JP", "signed@nakamura.example", Map.of(Var.GIVEN_NAME, "Kenji", Var.FAMILY_NAME, "Nakamura",
            Var.SALUTATION, "MR", Var.TIER, "A"), "sam");
        String[] parts = m.body().split("\n-{40}\n");
        assertThat(parts[0].strip()).as("the Japanese part: company, department, then the person")
            .endsWith("何卒よろしくお願い申し上げます。\n\nMeridian Demo Trading Co., Ltd.\n海外営業部\nSam Demo"
                + "\n\n本メールは日本語と英語で記載しております。両者の内容に相違がある場合は、英語版が優先いたします。");
        assertThat(parts[1].strip()).as("the English part: the person above the company")
            .endsWith("Yours sincerely,\n\nSam Demo\nMeridian Demo Trading Co., Ltd.\nExport sales"
                + "\n\nThis email is written in two languages. If they differ, the English version is binding.");
        assertThat(m.html()).contains("<p class=\"writer\" dir=\"auto\">Sam Demo</p>");
    }

    @Test
    void shouldSignAsTheTeamWhenTheUserWhoRepliedHasNoName() {
        IdentityService identity = engine.getIdentityService();
        User nameless = identity.newUser("nameless" + System.nanoTime() % 1_000_000);
        identity.saveUser(nameless);
        identity.createMembership(nameless.getId(), "sales");
        ReceivedMail m;
        try {
            m = quoteTo("US", "nameless@bright.example", Map.of(), nameless.getId());
        } finally {
            identity.deleteMembership(nameless.getId(), "sales");
            identity.deleteUser(nameless.getId());
        }
        assertThat(m.body()).endsWith("Kind regards,\n\nMeridian Demo Trading Co., Ltd.\nExport sales");
        assertThat(m.html()).doesNotContain("class=\"writer\"");
    }

    @Test
    void shouldAddressAGermanClientWithSehrGeehrterHerrAndAddAnEnglishPart() {
        ReceivedMail m = quoteTo("DE", "jan@weber.example", Map.of(Var.GIVEN_NAME, "Jan", Var.FAMILY_NAME, "Weber",
            Var.SALUTATION, "MR", Var.LANGUAGE, "de"));
        assertThat(m.multipart()).isTrue();
        assertThat(m.body()).startsWith("Sehr geehrter Herr Weber,\n\nvielen Dank für Ihre Anfrage. Gerne unterbreiten wir Ihnen folgendes Angebot:")
            .contains("Mit freundlichen Grüßen", "Dear Mr Weber,", "Thank you for your inquiry. We are pleased to make you the following offer:");
        assertThat(m.body()).as("the amounts as each language writes them")
            .contains("Stückpreis: 12,50 USD", "Gesamtpreis für die angefragte Menge: 6.250,00 USD",
                "Unit price: 12.50 USD", "Total for the quantity asked: 6,250.00 USD");
        assertThat(m.html()).contains("lang=\"de\"", "lang=\"en\"", "<p>Sehr geehrter Herr Weber,</p>", "<td>6.250,00 USD</td>");
    }

    @Test
    void shouldSendASaudiClientAnArabicRightToLeftPart() {
        ReceivedMail m = quoteTo("SA", "omar@alnoor.example", Map.of(Var.FAMILY_NAME, "Al-Harbi", Var.SALUTATION, "MR"));
        assertThat(m.multipart()).isTrue();
        assertThat(m.html()).contains("lang=\"ar\" dir=\"rtl\"", "السيد Al-Harbi المحترم،", "lang=\"en\" dir=\"ltr\"",
            "Dear Mr Al-Harbi,");
        assertThat(m.subject()).startsWith("عرض سعر لـ LED panel 60x60");
        assertThat(m.body()).contains("يسعدنا أن نقدم لكم عرضنا التالي:", "We are pleased to make you the following offer:");
        String arabicPart = m.html().substring(m.html().indexOf("dir=\"rtl\""), m.html().indexOf("lang=\"en\""));
        assertThat(arabicPart).as("the Latin signature in the right-to-left part keeps its own direction (its full stop stays at its end)")
            .contains("<p class=\"signature\" dir=\"auto\">Meridian Demo Trading Co., Ltd.<br/>قسم مبيعات التصدير</p>");
    }

    @Test
    void shouldFallBackToTheContactNameWhenNoFamilyNameIsKnown() {
        ReceivedMail m = quoteTo("US", "pat@bright.example", Map.of());
        assertThat(m.multipart()).isTrue();
        assertThat(m.subject()).isEqualTo("Quotation for LED panel 60x60");
        assertThat(m.body()).startsWith("Dear Pat Client,\n\n");
        assertThat(m.html()).contains("<p>Dear Pat Client,</p>").doesNotContain("lang=\"ja\"");
    }

    @Test
    void shouldPreviewTheQuoteInTheReplyFormWithSalutationLanguagesAndBothClocks() {
        Map<String, Object> start = startVariables("JP", "preview@nakamura.example");
        start.putAll(Map.of(Var.GIVEN_NAME, "Kenji", Var.FAMILY_NAME, "Nakamura", Var.SALUTATION, "MR"));
        ProcessInstance journey = runtime.startProcessInstanceByKey(ClientJourney.KEY, start);
        String task = tasks.createTaskQuery().processInstanceId(journey.getId()).taskDefinitionKey(Activity.REPLY_TO_INQUIRY)
            .singleResult().getId();
        // Tuesday 10:00 in Shanghai is 11:00 in Tokyo: the client is open, the quote would go at once; the form says so
        // with the client's business hours, which stay true whenever the form is opened
        assertThat((String) tasks.getVariableLocal(task, "emailPreview")).contains(
            "Subject: LED panel 60x60 お見積りのご案内 / Quotation for LED panel 60x60",
            "Salutation: Acme Trading / Nakamura Kenji 様", "Languages: ja + en",
            "- Goes out: when you complete this task, at once if the client's business hours are open then, else when they next open",
            "Their business hours: Tue 12 Jan 2027 08:00–17:00 team time (Asia/Shanghai) = Tue 12 Jan 2027 09:00–18:00 client time"
                + " (Asia/Tokyo); Wed 13 Jan 2027 08:00–17:00 team time (Asia/Shanghai)")
            .as("an inquiry without the shop's reference: no reference for the form to fill in").doesNotContain("your inquiry", "…）");
        assertThat((String) tasks.getVariableLocal(task, "emailPreview"))
            .as("the name in Latin letters: found in Tasklist naming the record as {id}, which the team had to look up, by an API"
                + " call Tasklist cannot make; it names the client's record, who changes it and where in a browser")
            .contains("- Name: in Latin letters only on the client record, so the Japanese part addresses the client in them; if the"
                + " client writes their name in Japanese script, put it in the client's contact name (sales or a manager changes it:"
                + " PATCH /api/clients/" + runtime.getVariable(journey.getId(), "clientId") + ", in the browser on the API page"
                + " /api/docs under \"Clients\") and the next emails use it");
    }

    private ReceivedMail quoteTo(String country, String email, Map<String, Object> client) {
        return quoteTo(country, email, client, null);
    }

    /** The quote after {@code user} (null: no authenticated user) replied to the inquiry, as Tasklist completes the task. */
    private ReceivedMail quoteTo(String country, String email, Map<String, Object> client, String user) {
        Map<String, Object> start = startVariables(country, email);
        start.putAll(client);
        ProcessInstance journey = runtime.startProcessInstanceByKey(ClientJourney.KEY, start);
        String task = tasks.createTaskQuery().processInstanceId(journey.getId()).taskDefinitionKey(Activity.REPLY_TO_INQUIRY)
            .singleResult().getId();
        if (user != null) {
            engine.getIdentityService().setAuthentication(user, List.of("sales"));
        }
        try {
            tasks.complete(task, quote());
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        AsyncContinuations.run(engine, journey.getId()); // the quote goes out after the reply (the job executor's work)
        OutboxMessage planned = outbox.about(journey.getBusinessKey()).stream()
            .filter(m -> MessageKind.QUOTE.name().equals(m.content().messageKind())).findFirst().orElseThrow();
        ClockUtil.setCurrentTime(Date.from(planned.plannedAt()));
        mail.deliverDue();
        return mail.receivedBy(email).stream().filter(m -> m.subject().contains("LED panel")).findFirst().orElseThrow();
    }
}
