package io.meridian.complaint;

import static io.meridian.complaint.ComplaintProcessTest.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.meridian.complaint.ComplaintHandling.Activity;
import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.messages.MessageKind;
import io.meridian.outbox.MailServerFixture;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.outbox.ReceivedMail;
import io.meridian.outbox.RefusingSmtpServer;
import io.meridian.process.ClientVariables;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A complaint received outside the team's working hours (Shanghai, 08:00–22:00, Monday to Friday) is confirmed
 * to the client at once, with its reference, when the team is back and when the personal answer comes; its first
 * response is due at the end of the team's first working day back when the rule's time falls earlier. A crisis
 * keeps its 7×24 channel and its 2 hours.
 */
@MeridianTest
class ComplaintReceiptTest {

    /** Saturday 16 January 2027, 10:00 in Shanghai, 11:00 in Tokyo. */
    static final Instant SATURDAY = Instant.parse("2027-01-16T02:00:00Z");
    /** The end of the team's Monday, 22:00 in Shanghai. */
    static final Instant MONDAY_ENDS = Instant.parse("2027-01-18T14:00:00Z");

    @RegisterExtension
    final MailServerFixture mail = new MailServerFixture();

    @Autowired
    ComplaintService complaints;
    @Autowired
    DetractorComplaints detractors;
    @Autowired
    ComplaintLedger ledger;
    @Autowired
    Outbox outbox;
    @Autowired
    TaskService tasks;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldConfirmAWeekendComplaintAtOnceAndWantTheAnswerByTheEndOfTheTeamsFirstDayBack() {
        ClockUtil.setCurrentTime(Date.from(SATURDAY));
        Map<String, Object> v = complaint("JP", "receipt-weekend@tokyo.example", "B", "DELIVERY_DELAY", "NEUTRAL");
        v.put(ClientVariables.LANGUAGE, "ja");
        v.put(ClientVariables.FAMILY_NAME, "Nakamura");
        v.put(ClientVariables.GIVEN_NAME, "Kenji");
        v.put(ClientVariables.SALUTATION, "MR");
        ComplaintService.Opened opened = complaints.open(v, UnaryOperator.identity());
        String number = ledger.byId(opened.id()).orElseThrow().complaintNumber();

        // ordinary feedback (48 hours: Monday 10:00 in Shanghai), but nobody works until Monday 08:00: due when that day ends
        assertDue(opened.id(), MONDAY_ENDS);
        assertThat(outbox.about(opened.id())).filteredOn(m -> MessageKind.COMPLAINT_RECEIVED.name().equals(m.content().messageKind()))
            .singleElement().satisfies(m -> assertThat(m.plannedAt()).as("at once").isEqualTo(SATURDAY));
        mail.deliverDue();
        List<ReceivedMail> received = mail.receivedBy("receipt-weekend@tokyo.example");
        assertThat(received).hasSize(1);
        ReceivedMail m = received.get(0);
        assertThat(m.subject()).isEqualTo("[" + number + "] お申し出を受け付けました / [" + number + "] The matter you raised has reached us");
        assertThat(m.body()).contains("Nakamura Kenji 様", "お問い合わせ番号：" + number, "受信日時：2027年1月16日（土）11:00（日本時間）",
            "次の営業開始：2027年1月18日（月）9:00（日本時間）", "Your reference: " + number, "- Monday–Friday: 09:00–23:00");
        // due at 23:00 on Monday in Tokyo, when no email lands: the answer is promised for Tuesday's opening
        assertThat(m.body()).contains("担当者からのご回答（遅くとも）：2027年1月19日（火）9:00（日本時間）",
            "Our personal answer at the latest: Tuesday, 19 January 2027, 09:00 (Japan Time)");
        // a delivery delay is logistics' to handle (complaint-handling.drl.xlsx): its receipt is signed by that team
        assertThat(m.body()).as("signed by the handling team, in each part's language").contains("Meridian Demo Trading Co., Ltd. 物流部でございます。",
            "Meridian Demo Trading Co., Ltd.\n物流部", "Meridian Demo Trading Co., Ltd.\nLogistics").doesNotContain("Customer support");
        assertThat(acknowledgeBriefing(opened)).as("the team reads what the client was told")
            .contains("**Automatic receipt:** sent at once, as the complaint came outside our working hours; it gave the client the"
                + " reference and told them our personal answer comes by Tue 19 Jan 2027 08:00 team time (Asia/Shanghai)"
                + " = Tue 19 Jan 2027 09:00 client time (Asia/Tokyo)");
    }

    @Test
    void shouldKeepTheRulesTimeWhenItEndsAfterTheTeamsFirstDayBack() {
        // Sunday 12:00 in Shanghai: 48 hours end on Tuesday 12:00, after the team's Monday and while it works
        Instant sunday = Instant.parse("2027-01-17T04:00:00Z");
        ComplaintService.Opened opened = openAt(sunday, "receipt-sunday@tokyo.example");
        assertDue(opened.id(), sunday.plus(Duration.ofHours(48)));
        assertThat(kinds(opened.id())).contains(MessageKind.COMPLAINT_RECEIVED.name());
    }

    @Test
    void shouldWantTheAnswerBeforeTheTeamLeavesWhenTheRulesTimeEndsWhileItIsAway() {
        // Sunday 23:30 in Shanghai: 48 hours end on Tuesday 23:30, after the team's Tuesday (08:00-22:00), which it had
        // whole: due when that day ends
        ComplaintService.Opened sunday = openAt(Instant.parse("2027-01-17T15:30:00Z"), "receipt-sunday-night@tokyo.example");
        assertDue(sunday.id(), Instant.parse("2027-01-19T14:00:00Z"));
        // Thursday 17:00 in Shanghai, while the team works (no receipt): 48 hours end on Saturday; the team has all of
        // Friday, so the answer is due when Friday ends, within the 48 hours the client expects, not on Saturday
        ComplaintService.Opened thursday = openAt(Instant.parse("2027-01-14T09:00:00Z"), "receipt-thursday@tokyo.example");
        assertDue(thursday.id(), Instant.parse("2027-01-15T14:00:00Z"));
        assertThat(kinds(thursday.id())).doesNotContain(MessageKind.COMPLAINT_RECEIVED.name());
    }

    @Test
    void shouldLeaveACrisisToItsSevenDayChannel() {
        ClockUtil.setCurrentTime(Date.from(SATURDAY));
        ComplaintService.Opened opened = complaints.open(complaint("US", "receipt-crisis@ny.example", "A", "QUALITY", "STRONG"),
            UnaryOperator.identity());
        assertThat(ledger.byId(opened.id()).orElseThrow().severity()).isEqualTo(Severity.CRITICAL);
        assertThat(ledger.byId(opened.id()).orElseThrow().firstResponseDueAt()).isEqualTo(SATURDAY.plus(Duration.ofHours(2)));
        assertThat(kinds(opened.id())).doesNotContain(MessageKind.COMPLAINT_RECEIVED.name());
    }

    @Test
    void shouldNeitherConfirmNorMoveAComplaintReceivedWhileTheTeamWorks() {
        Instant tuesday = Instant.parse("2027-01-12T02:00:00Z");
        ComplaintService.Opened opened = openAt(tuesday, "receipt-tuesday@tokyo.example");
        assertDue(opened.id(), tuesday.plus(Duration.ofHours(48)));
        assertThat(kinds(opened.id())).doesNotContain(MessageKind.COMPLAINT_RECEIVED.name());
        assertThat(acknowledgeBriefing(opened)).doesNotContain("Automatic receipt");
    }

    @Test
    void shouldMoveButNotConfirmAComplaintOpenedFromADetractorScore() {
        // the client gave a score, not a complaint: no "your complaint has reached us"; the team still answers in working time
        ClockUtil.setCurrentTime(Date.from(SATURDAY));
        String id = detractors.open(complaint("JP", "receipt-detractor@tokyo.example", "B", "DELIVERY_DELAY", "NEUTRAL"), SATURDAY).id();
        assertDue(id, MONDAY_ENDS);
        assertThat(kinds(id)).doesNotContain(MessageKind.COMPLAINT_RECEIVED.name());
    }

    /**
     * A detractor score of a key account that makes a quality crisis, given at 02:16 in Tokyo: the team's tasks run
     * 7×24, but the acknowledgement lands in the client's business hours (the client gave a score, not a complaint),
     * where it went at 02:16.
     */
    @Test
    void shouldMailACrisisOpenedFromADetractorScoreInTheClientsBusinessHours() {
        Instant night = Instant.parse("2027-01-12T17:16:00Z"); // Wednesday 02:16 in Tokyo
        ClockUtil.setCurrentTime(Date.from(night));
        String id = detractors.open(complaint("JP", "receipt-detractor-crisis@tokyo.example", "A", "QUALITY", "STRONG"), night).id();
        ComplaintRecord record = ledger.byId(id).orElseThrow();
        assertThat(record.crisis()).as("a crisis").isTrue();
        Task acknowledge = acknowledgeTask(record.processInstanceId());
        assertThat((String) tasks.getVariableLocal(acknowledge.getId(), "emailPreview")).as("the form's preview says so")
            .contains("- Goes out: when you complete this task, at once if the client's business hours are open then");
        tasks.complete(acknowledge.getId(), Map.of(Var.ACKNOWLEDGEMENT, "We are sorry and on it."));
        AsyncContinuations.runAll(engine);
        OutboxMessage acknowledged = outbox.about(id).stream()
            .filter(m -> MessageKind.COMPLAINT_ACKNOWLEDGED.name().equals(m.content().messageKind())).findFirst().orElseThrow();
        ZonedDateTime inTokyo = acknowledged.plannedAt().atZone(ZoneId.of("Asia/Tokyo"));
        assertThat(inTokyo.toLocalDate()).as("planned for " + inTokyo).isEqualTo(LocalDate.of(2027, 1, 13));
        assertThat(inTokyo.getHour()).as("in the client's business hours, not at night: " + inTokyo).isBetween(8, 18);
    }

    /**
     * A complaint received on Monday 11 January at 10:00 in Shanghai and keyed in on Saturday 16th (the team away): its
     * 48 hours ended on Wednesday while the team worked. No automatic receipt promising an answer by Tuesday 19th, when
     * it is owed since Wednesday, and no fresh due time: it is late from the start, the 201 says so, and the
     * acknowledgement's briefing says to answer at once with an apology in the client's tone.
     */
    @Test
    void shouldNotPromiseAnAnswerAlreadyOwedForAComplaintEnteredAfterItsDueTime() {
        Instant received = Instant.parse("2027-01-11T02:00:00Z");
        Instant owed = received.plus(Duration.ofHours(48));
        ClockUtil.setCurrentTime(Date.from(SATURDAY));
        Map<String, Object> v = complaint("JP", "late-entry@tokyo.example", "B", "DELIVERY_DELAY", "NEUTRAL");
        v.put(Var.RECEIVED_AT, received.toString());
        ComplaintService.Opened opened = complaints.open(v, UnaryOperator.identity());

        assertDue(opened.id(), owed);
        assertThat(kinds(opened.id())).doesNotContain(MessageKind.COMPLAINT_RECEIVED.name());
        assertThat(opened.lateOnEntry()).isEqualTo("the first response was due Wed 13 Jan 2027 10:00 (Asia/Shanghai), before the"
            + " complaint was entered: no automatic receipt went (it would have promised an answer later still); the"
            + " acknowledgement task is late from the start");
        assertThat(acknowledgeBriefing(opened)).doesNotContain("Automatic receipt")
            .contains("**Late on entry:** the first response was due Wed 13 Jan 2027 10:00 team time (Asia/Shanghai) = Wed 13 Jan"
                + " 2027 11:00 client time (Asia/Tokyo), before the complaint was entered; no automatic receipt went, as it would"
                + " have promised an answer later still: answer at once, and open with an apology for the wait, a full and"
                + " sincere one before anything else, as the client's manners are indirect");

        // a German client, whose manners are direct, gets a short apology and the answer
        Map<String, Object> german = complaint("DE", "late-entry@berlin.example", "B", "DELIVERY_DELAY", "NEUTRAL");
        german.put(Var.RECEIVED_AT, received.toString());
        ComplaintService.Opened direct = complaints.open(german, UnaryOperator.identity());
        assertThat(direct.lateOnEntry()).startsWith("the first response was due Wed 13 Jan 2027 10:00 (Asia/Shanghai)");
        assertThat(acknowledgeBriefing(direct)).contains("open with an apology for the wait, a short and plain one, then straight"
            + " to what you are doing about it, as the client's manners are direct");
    }

    @Test
    void shouldSayNothingLateForAComplaintEnteredInTime() {
        ComplaintService.Opened opened = openAt(SATURDAY, "not-late@tokyo.example");
        assertThat(opened.lateOnEntry()).isNull();
        assertThat(acknowledgeBriefing(opened)).doesNotContain("Late on entry");
    }

    /** An ordinary delivery complaint (48 hours) of a Japanese client, received and entered at {@code at}. */
    /**
     * A bounced complaint email reaches the team that signed it, the complaint's handling team: a delivery delay's receipt,
     * signed "Logistics", goes to logistics, not to support (the kind's team), whom the client never heard from.
     */
    @Test
    void shouldGiveABouncedReceiptToTheHandlingTeamThatSignedIt() throws Exception {
        String email = "receipt-bounced@tokyo.example";
        ComplaintService.Opened opened = openAt(SATURDAY, email);
        try (RefusingSmtpServer server = new RefusingSmtpServer()) {
            server.refuse(email, "550 5.1.1 <" + email + ">: Recipient address rejected: User unknown");
            server.deliverDue(context);
        }
        OutboxMessage receipt = outbox.about(opened.id()).stream()
            .filter(m -> MessageKind.COMPLAINT_RECEIVED.name().equals(m.content().messageKind())).findFirst().orElseThrow();
        assertThat(receipt.status()).isEqualTo(OutboxMessage.Status.FAILED);
        Task reach = tasks.createTaskQuery().processInstanceBusinessKey(receipt.id()).singleResult();
        assertThat(reach).as("the task about the bounced receipt").isNotNull();
        assertThat(tasks.getIdentityLinksForTask(reach.getId())).filteredOn(l -> "candidate".equals(l.getType()))
            .extracting(IdentityLink::getGroupId).contains("logistics").doesNotContain("support");
    }

    private ComplaintService.Opened openAt(Instant at, String email) {
        ClockUtil.setCurrentTime(Date.from(at));
        return complaints.open(complaint("JP", email, "B", "DELIVERY_DELAY", "NEUTRAL"), UnaryOperator.identity());
    }

    /** The first response's due time: the complaint's firstResponseDueAt and its acknowledgement task's due date. */
    private void assertDue(String complaintId, Instant due) {
        ComplaintRecord record = ledger.byId(complaintId).orElseThrow();
        assertThat(record.firstResponseDueAt()).as("the complaint's firstResponseDueAt").isEqualTo(due);
        assertThat(acknowledgeTask(record.processInstanceId()).getDueDate().toInstant())
            .as("the acknowledgement's due date, which the escalation counts from").isEqualTo(due);
    }

    private Task acknowledgeTask(String processInstanceId) {
        return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(Activity.ACKNOWLEDGE_COMPLAINT).singleResult();
    }

    private String acknowledgeBriefing(ComplaintService.Opened opened) {
        return (String) tasks.getVariableLocal(acknowledgeTask(opened.processInstanceId()).getId(), Var.BRIEFING);
    }

    private List<String> kinds(String complaintId) {
        return outbox.about(complaintId).stream().map(OutboxMessage::content).map(c -> c.messageKind()).toList();
    }
}
