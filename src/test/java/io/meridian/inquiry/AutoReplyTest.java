package io.meridian.inquiry;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneOffsetTransition;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.messages.MessageKind;
import io.meridian.outbox.MailServerFixture;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.ReceivedMail;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An inquiry received outside the team's working hours (Shanghai, 08:00–22:00, Monday to Friday,
 * China's public holidays with their make-up working days) gets an automatic reply at once, in the
 * client's language, with the team's hours in the client's clock and when the reply is due.
 */
@MeridianTest
class AutoReplyTest {

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    RuntimeService runtime;
    @Autowired
    Outbox outbox;
    @Autowired
    InquiryLedger inquiries;
    @Autowired
    TaskService taskService;
    @Autowired
    ApiCalls api;

    /** The journey {@link #inquiryAt} started. */
    private ProcessInstance journey;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldAutoReplyInTheTeamsEveningInJapaneseAndEnglish() {
        // Tuesday 23:30 in Shanghai, 00:30 on Wednesday in Tokyo
        ReceivedMail m = inquiryAt("2027-01-12T15:30:00Z", "JP", "auto-evening@tokyo.example",
            Map.of(Var.FAMILY_NAME, "Nakamura", Var.GIVEN_NAME, "Kenji", Var.SALUTATION, "MR"));
        assertThat(m.subject()).isEqualTo("LED panel 60x60 についてのお問い合わせを受け付けました / We have received your inquiry about LED panel 60x60");
        assertThat(m.body()).contains("Nakamura Kenji 様", "受信日時：2027年1月13日（水）0:30（日本時間）",
            "次の営業開始：2027年1月13日（水）9:00（日本時間）", "月曜日～金曜日：09:00～23:00", "Our working hours in your time:",
            "- Monday–Friday: 09:00–23:00");
        // due 24 hours after receipt, 00:30 on Thursday in Tokyo, when no email lands: the reply is promised for when it
        // would arrive, Thursday's opening
        assertThat(m.body()).contains("弊社からのご回答（遅くとも）：2027年1月14日（木）9:00（日本時間）", "Our reply at the latest: Thursday, 14 January 2027, 09:00 (Japan Time)");
        assertThat(m.multipart()).isTrue();
        // the team is back the next morning; the 24 hours end after its day (23:30), so the reply is due when the team's
        // Wednesday ends, 22:00 in Shanghai: the team leaves with it answered rather than being reminded at home
        assertReplyDue("2027-01-13T14:00:00Z");
    }

    @Test
    void shouldAutoReplyOnTheTeamsWeekendWithItsHoursInNewYorkTime() {
        // Saturday 10:00 in Shanghai: the team's Monday 08:00 is Sunday 19:00 in New York; the reply is promised by the end
        // of the team's Monday (22:00, 09:00 in New York), not for Sunday, when nobody is at work to write it
        ReceivedMail m = inquiryAt("2027-01-16T02:00:00Z", "US", "auto-weekend@ny.example", Map.of());
        assertThat(m.subject()).isEqualTo("We have received your inquiry about LED panel 60x60");
        assertThat(m.body()).startsWith("Dear Pat Client,").contains("We are back at work: Sunday, 17 January 2027, 19:00 (Eastern Time)",
            "- Sunday–Thursday: 19:00–09:00 (+1)");
        // due when the team's Monday ends (09:00 in New York), not 24 hours after receipt; the reply lands then, as Monday
        // 18 January 2027, Martin Luther King, Jr. Day (5 U.S.C. 6103), is a federal holiday most businesses work
        assertThat(m.body()).as("the reply promised for when it lands")
            .contains("Our reply at the latest: Monday, 18 January 2027, 09:00 (Eastern Time)");
        // not Sunday 02:00 in Shanghai, 24 hours after receipt, when the escalation would remind and escalate a team at home
        assertReplyDue("2027-01-18T14:00:00Z");
        assertThat(replyBriefing()).as("the salesperson reads what the client was told")
            .contains("**Auto-reply:** sent at once, as the inquiry came outside our working hours; it told the client the reply comes by"
                + " Mon 18 Jan 2027 22:00 team time (Asia/Shanghai) = Mon 18 Jan 2027 09:00 client time (America/New_York)");
    }

    /**
     * A Saudi client's week runs Sunday to Thursday. Written on Thursday at 20:00 in Riyadh (Friday 01:00 in Shanghai) and
     * on Sunday at 10:00 (the team's weekend), the reply lists the team's hours in their week and their clock: Sunday, a
     * working day of theirs the team does not work at all, closed; Monday to Friday 03:00–17:00 (08:00–22:00 in Shanghai),
     * where it listed "Monday–Friday" alone, as if their week began on Monday.
     */
    @Test
    void shouldListTheTeamsHoursInTheSaudiClientsWeekOnThursdayEveningAndOnSunday() {
        for (String at : List.of("2027-01-14T17:00:00Z", "2027-01-17T07:00:00Z")) {
            ReceivedMail m = inquiryAt(at, "SA", "auto-" + at.substring(8, 10) + "@riyadh.example", Map.of());
            assertThat(m.body()).as(at).contains("- الأحد: مغلق\n- الاثنين–الجمعة: 03:00–17:00",
                "- Sunday: closed\n- Monday–Friday: 03:00–17:00");
        }
    }

    /**
     * The week New York's clocks go forward (the second Sunday of March, from the zone's rules) and Shanghai's do not: an
     * inquiry on the Wednesday before at 23:30 in Shanghai; the team is back on Thursday at 08:00, Wednesday 19:00 in New
     * York. Its hours are 19:00–09:00 there until Thursday and 20:00–10:00 from Sunday on, each run named by its dates in
     * the order they come, not "Sunday–Tuesday: 20:00–10:00 (+1)" above "Wednesday–Thursday: 19:00–09:00 (+1)".
     */
    @Test
    void shouldListTheHoursOfTheWeekTheClientsClocksChangeByTheirDates() {
        ZoneId newYork = ZoneId.of("America/New_York");
        ZoneOffsetTransition forward = newYork.getRules().nextTransition(Instant.parse("2027-01-01T00:00:00Z"));
        LocalDate sunday = forward.getDateTimeAfter().toLocalDate();
        assertThat(sunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
        Instant received = sunday.minusDays(4).atTime(23, 30).atZone(ZoneId.of("Asia/Shanghai")).toInstant();

        ReceivedMail m = inquiryAt(received.toString(), "US", "auto-dst@ny.example", Map.of());

        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.UK);
        assertThat(m.body()).contains("We are back at work: " + day.format(sunday.minusDays(4)) + ", 19:00 (Eastern Time)",
            "- " + day.format(sunday.minusDays(4)) + " – " + day.format(sunday.minusDays(3)) + ": 19:00–09:00 (+1)\n"
                + "- " + day.format(sunday) + " – " + day.format(sunday.plusDays(2)) + ": 20:00–10:00 (+1)");
    }

    @Test
    void shouldPromiseTheReplyPastTheClientsPublicHoliday() {
        // Saturday 29 May 2027, 10:00 in Shanghai: the reply is due when the team's Monday ends (22:00 in Shanghai), 10:00 on
        // Monday 31 May in New York, Memorial Day, which nearly every US employer gives (5 U.S.C. 6103; Bloomberg BNA, Holiday
        // Practices Survey): the client is closed, so the reply is promised for when it lands, their Tuesday's opening
        ReceivedMail m = inquiryAt("2027-05-29T02:00:00Z", "US", "auto-memorial@ny.example", Map.of());
        assertThat(m.body()).as("the reply promised past the client's holiday, not on it")
            .contains("Our reply at the latest: Tuesday, 1 June 2027, 09:00 (Eastern Time)")
            .doesNotContain("Our reply at the latest: Monday, 31 May 2027");
        // the team's own due time keeps the team's clock: Memorial Day is no day off for a team in Shanghai
        assertReplyDue("2027-05-31T14:00:00Z");
        assertThat(replyBriefing()).as("the salesperson reads what the client was told")
            .contains("it told the client the reply comes by Tue 1 Jun 2027 21:00 team time (Asia/Shanghai) = Tue 1 Jun 2027 09:00"
                + " client time (America/New_York)");
    }

    @Test
    void shouldAutoReplyOnATeamHolidayCountingTheMakeUpWorkingDay() {
        // Monday 5 October 2026, National Day week in China (State Council notice for 2026: 1-7 October, Saturday 10 October
        // worked): back on Thursday; the coming seven days hold Thursday to Saturday and Monday to Wednesday; the reply
        // is promised by the end of Thursday (22:00 in Shanghai, 16:00 in Berlin)
        ReceivedMail m = inquiryAt("2026-10-05T02:00:00Z", "DE", "auto-holiday@berlin.example",
            Map.of(Var.FAMILY_NAME, "Weber", Var.SALUTATION, "MR", Var.LANGUAGE, "de"));
        assertThat(m.body()).startsWith("Sehr geehrter Herr Weber,").contains("Wir sind wieder erreichbar: Donnerstag, 8. Oktober 2026, 02:00 Uhr (Mitteleuropäische Zeit)",
            "- Montag–Samstag: 02:00–16:00", "We are back at work: Thursday, 8 October 2026, 02:00 (Central European Time)", "- Monday–Saturday: 02:00–16:00");
        assertThat(m.body()).as("the reply promised when the team's first day back ends")
            .contains("Unsere Antwort spätestens: Donnerstag, 8. Oktober 2026, 16:00 Uhr (Mitteleuropäische Zeit)");
        assertReplyDue("2026-10-08T14:00:00Z");
    }

    @Test
    void shouldNotAutoReplyWhileTheTeamWorks() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-12T02:00:00Z")));
        ProcessInstance journey = runtime.startProcessInstanceByKey(ClientJourney.KEY, startVariables("JP", "auto-none@tokyo.example"));
        assertThat(outbox.about(journey.getBusinessKey())).noneMatch(o -> MessageKind.AUTO_REPLY.name().equals(o.content().messageKind()));
        this.journey = journey;
        assertThat(replyBriefing()).startsWith("**Client:** ").doesNotContain("Auto-reply");
    }

    @Test
    void shouldNotAutoReplyToAnInquiryEnteredLateWhileTheTeamWorks() {
        // received on Saturday, entered on Monday at 10:00 in Shanghai: someone at work answers it in person; its 24 hours
        // ended on Sunday, when nobody worked, so it is due when the team's Monday ends, as if it had been entered on Saturday
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-18T02:00:00Z")));
        Map<String, Object> start = startVariables("US", "auto-late@ny.example");
        start.put(Var.RECEIVED_AT, "2027-01-16T02:00:00Z");
        journey = runtime.startProcessInstanceByKey(ClientJourney.KEY, start);
        assertThat(outbox.about(journey.getBusinessKey())).noneMatch(o -> MessageKind.AUTO_REPLY.name().equals(o.content().messageKind()));
        assertReplyDue("2027-01-18T14:00:00Z");
    }

    /**
     * An inquiry received ten days ago (an import, a shop's queue) and posted on Tuesday at 23:00 in Shanghai, while the
     * team is away: its reply was due when the team's Monday 11 January ended (24 hours after a Saturday receipt), long
     * before. An auto-reply would tell the client "we received your inquiry on 9 January ... our reply by Wednesday", a
     * promise after the one broken already: none goes; the reply stays due at the rule's time, late from the start, and
     * the 201 and the reply task say so.
     */
    @Test
    void shouldNotAutoReplyToAnInquiryWhoseReplyWasDueBeforeItWasEntered() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-19T15:00:00Z")));
        var started = api.post("/api/inquiries", """
            {"client": {"company": "Late Imports Inc", "contactName": "Pat Client", "email": "auto-old@ny.example", "country": "US"},
             "inquiry": {"product": "LED panel 60x60", "quantity": 100, "receivedAt": "2027-01-09T02:00:00Z"}}""", "shop");
        assertThat(started.getStatusCode().value()).isEqualTo(201);
        String id = started.getBody().path("id").asText();
        journey = runtime.createProcessInstanceQuery().processInstanceBusinessKey(id).singleResult();
        assertThat(outbox.about(id)).noneMatch(o -> MessageKind.AUTO_REPLY.name().equals(o.content().messageKind()));
        assertReplyDue("2027-01-11T14:00:00Z");
        assertThat(started.getBody().path("replyDueAt").asText()).isEqualTo("2027-01-11T14:00:00Z");
        assertThat(started.getBody().path("lateOnEntry").asText()).isEqualTo("the reply was due Mon 11 Jan 2027 22:00 (Asia/Shanghai),"
            + " before the inquiry was entered: no auto-reply went (it would have promised a reply later still); the reply task"
            + " is late from the start");
        assertThat(replyBriefing()).doesNotContain("**Auto-reply:**").contains("**Late on entry:** the reply was due Mon 11 Jan 2027"
            + " 22:00 team time (Asia/Shanghai) = Mon 11 Jan 2027 09:00 client time (America/New_York), before the inquiry was entered;"
            + " no auto-reply went, as it would have promised a reply later still: answer at once, with an apology for the wait.");
    }

    @Test
    void shouldHoldAFridayAfternoonInquiryToTheTeamsWorkingTime() {
        // Friday 15 January 2027, 16:00 in Shanghai, while the team works: no auto-reply; 24 hours end on Saturday, when
        // nobody works and the escalation would remind a team at home and reach the managers by Monday morning; the team
        // had only part of Friday, so the reply is due when its Monday ends (22:00 in Shanghai)
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-15T08:00:00Z")));
        journey = runtime.startProcessInstanceByKey(ClientJourney.KEY, startVariables("DE", "auto-friday@berlin.example"));
        assertThat(outbox.about(journey.getBusinessKey())).noneMatch(o -> MessageKind.AUTO_REPLY.name().equals(o.content().messageKind()));
        assertReplyDue("2027-01-18T14:00:00Z");
    }

    private String replyBriefing() {
        return (String) taskService.getVariable(taskService.createTaskQuery().processInstanceId(journey.getId())
            .taskDefinitionKey(ClientJourney.Activity.REPLY_TO_INQUIRY).singleResult().getId(), "briefing");
    }

    /** The reply's due time: the inquiry's replyDueAt and its reply task's due date. */
    private void assertReplyDue(String at) {
        Instant due = Instant.parse(at);
        assertThat(inquiries.byId(journey.getBusinessKey()).orElseThrow().replyDueAt()).as("the inquiry's replyDueAt").isEqualTo(due);
        assertThat(taskService.createTaskQuery().processInstanceId(journey.getId()).taskDefinitionKey(ClientJourney.Activity.REPLY_TO_INQUIRY)
            .singleResult().getDueDate().toInstant()).as("the reply task's due date, which the escalation counts from").isEqualTo(due);
    }

    private ReceivedMail inquiryAt(String at, String country, String email, Map<String, Object> client) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(at)));
        Map<String, Object> start = startVariables(country, email);
        start.putAll(client);
        journey = runtime.startProcessInstanceByKey(ClientJourney.KEY, start);
        assertThat(outbox.about(journey.getBusinessKey())).filteredOn(o -> MessageKind.AUTO_REPLY.name().equals(o.content().messageKind()))
            .singleElement().satisfies(o -> assertThat(o.plannedAt()).as("at once").isEqualTo(Instant.parse(at)));
        mail.deliverDue();
        List<ReceivedMail> received = mail.receivedBy(email);
        assertThat(received).hasSize(1);
        return received.get(0);
    }
}
