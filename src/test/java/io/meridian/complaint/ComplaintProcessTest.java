package io.meridian.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import io.meridian.client.Client;
import io.meridian.client.ClientLedger;
import io.meridian.complaint.ComplaintHandling.Activity;
import io.meridian.complaint.ComplaintHandling.Var;
import io.meridian.jobs.AsyncContinuations;
import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import io.meridian.process.ClientVariables;
import io.meridian.process.EmailPreview;
import io.meridian.process.RoundTheClock;
import io.meridian.system.InvalidInputException;
import io.meridian.testsupport.MeridianTest;
import io.meridian.testsupport.StaffWithoutAddresses;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every path of complaint handling (satisfied at once, reopened, crisis), with a controlled clock. */
@MeridianTest
class ComplaintProcessTest {

    @Autowired
    ProcessEngine continuationEngine;

    /** Runs the asynchronous continuations the job executor would run next (tests run without one). */
    private void runContinuations() {
        AsyncContinuations.runAll(continuationEngine);
    }

    /** A Tuesday morning in Shanghai. */
    static final Instant START = Instant.parse("2027-01-12T02:00:00Z");

    @Autowired
    ProcessEngine engine;
    @Autowired
    ComplaintService complaints;
    @Autowired
    ComplaintLedger ledger;
    @Autowired
    ClientLedger clients;
    @Autowired
    Outbox outbox;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestRestTemplate http;

    @BeforeEach
    void init() {
        BpmnAwareTests.init(engine);
        ClockUtil.setCurrentTime(Date.from(START));
    }

    @AfterEach
    void reset() {
        ClockUtil.reset();
    }

    static Map<String, Object> complaint(String country, String email, String tier, String category, String wording) {
        Map<String, Object> v = new HashMap<>();
        v.put(Var.COMPANY, "Client of " + country);
        v.put(Var.CONTACT_NAME, "Alex Client");
        v.put(Var.EMAIL, email);
        v.put(Var.COUNTRY, country);
        v.put(Var.TIER, tier);
        v.put(Var.CATEGORY, category);
        v.put(Var.WORDING, wording);
        v.put(Var.DESCRIPTION, "The last shipment had scratched panels.");
        return v;
    }

    ProcessInstance open(Map<String, Object> variables) {
        ComplaintService.Opened opened = complaints.open(variables, UnaryOperator.identity());
        runContinuations();
        return runtimeService().createProcessInstanceQuery().processInstanceId(opened.processInstanceId()).singleResult();
    }

    void acknowledgeDiagnoseAndFix(ProcessInstance pi) {
        complete(task(Activity.ACKNOWLEDGE_COMPLAINT, pi), withVariables(Var.ACKNOWLEDGEMENT, "We are sorry and on it."));
        runContinuations();
        diagnoseAndFix(pi);
    }

    void diagnoseAndFix(ProcessInstance pi) {
        complete(task(Activity.DIAGNOSE_COMPLAINT, pi), withVariables(Var.DIAGNOSIS, "Pallets were stacked too high."));
        runContinuations();
        complete(task(Activity.PROVIDE_INTERIM_SOLUTION, pi), withVariables(Var.INTERIM_SOLUTION, "Replacement panels by air this week."));
        runContinuations();
        complete(task(Activity.FIX_ROOT_CAUSE, pi), withVariables(Var.ROOT_CAUSE, "No stacking limit on the label.",
            Var.CORRECTIVE_ACTION, "Stacking limit printed on every carton."));
        runContinuations();
    }

    /** The client answers once the fix email has reached them: when it waits for their business hours, then. */
    void confirm(ProcessInstance pi, boolean satisfied, String comment) {
        outbox.about(pi.getBusinessKey()).stream()
            .filter(m -> "COMPLAINT_ROOT_CAUSE_FIX".equals(m.content().messageKind()) && m.status() == OutboxMessage.Status.PLANNED)
            .map(m -> m.delivery().nextAttemptAt()).max(Instant::compareTo).filter(at -> at.isAfter(ClockUtil.now().toInstant()))
            .ifPresent(at -> ClockUtil.setCurrentTime(Date.from(at)));
        complaints.confirm(pi.getBusinessKey(), satisfied, comment);
    }

    List<String> subjects(ProcessInstance pi, String recipient) {
        return outbox.about(pi.getBusinessKey()).stream().filter(m -> m.recipient().equals(recipient))
            .map(OutboxMessage::subject).toList();
    }

    @Test
    void shouldCloseWhenTheClientIsSatisfiedAtOnce() {
        ProcessInstance pi = open(complaint("DE", "satisfied@example.com", "B", "QUALITY", "NEUTRAL"));
        assertThat(pi).isWaitingAt(Activity.ACKNOWLEDGE_COMPLAINT).hasPassed(Activity.CLASSIFY_COMPLAINT);
        assertThat(outbox.about(pi.getBusinessKey())).as("no crisis: no manager alerted").noneMatch(m -> m.subject().contains("Crisis"));
        Task acknowledge = task(Activity.ACKNOWLEDGE_COMPLAINT, pi);
        assertThat(acknowledge).hasCandidateGroup("support");
        // the Tasklist card says whom the task is for
        assertThat(acknowledge.getName()).endsWith(" — Client of DE (DE, B)")
            // and which of the client's complaints it is, by the number the emails quote
            .isEqualTo("Acknowledge complaint " + runtimeService().getVariable(pi.getId(), Var.COMPLAINT_NUMBER) + " — Client of DE (DE, B)");
        // ordinary feedback: the first answer within 48 hours of receipt
        assertThat(acknowledge.getDueDate().toInstant()).isEqualTo(START.plus(Duration.ofHours(48)));
        assertThat(acknowledge.getFollowUpDate()).isNotNull();
        assertThat((String) engine.getTaskService().getVariableLocal(acknowledge.getId(), Var.BRIEFING))
            .as("the complaint in words, not its enumerations")
            .containsPattern("\\*\\*Complaint C-[0-9A-F]+:\\*\\* quality, worded neutral, severity normal").doesNotContain("QUALITY", "NEUTRAL")
            .contains("scratched panels");
        assertThat((String) engine.getTaskService().getVariableLocal(acknowledge.getId(), Var.WHY))
            .contains("complaint-handling table").contains("Categories row");

        assertThat((String) engine.getTaskService().getVariableLocal(acknowledge.getId(), EmailPreview.VARIABLE))
            .as("no crisis: the preview has no crisis paragraph").isNotBlank().doesNotContain("Führungskraft", "A manager follows");

        complete(acknowledge, withVariables(Var.ACKNOWLEDGEMENT, "We are sorry and on it."));
        runContinuations();
        assertThat(outbox.about(pi.getBusinessKey())).filteredOn(m -> m.recipient().equals("satisfied@example.com")).singleElement()
            .satisfies(m -> assertThat(m.body()).as("no crisis: no crisis paragraph").contains("We are sorry and on it.")
                .doesNotContain("Führungskraft", "A manager follows"));
        // diagnosis within the response time of its severity (NORMAL: 48 hours)
        assertThat(task(Activity.DIAGNOSE_COMPLAINT, pi).getDueDate().toInstant()).isEqualTo(START.plus(Duration.ofHours(48)));
        complete(task(Activity.DIAGNOSE_COMPLAINT, pi), withVariables(Var.DIAGNOSIS, "Pallets were stacked too high."));
        runContinuations();
        complete(task(Activity.PROVIDE_INTERIM_SOLUTION, pi), withVariables(Var.INTERIM_SOLUTION, "Replacement panels by air this week."));
        runContinuations();
        // NORMAL: the root-cause fix within 5 team working days (Tuesday 12 Jan -> Tuesday 19 Jan)
        assertThat(task(Activity.FIX_ROOT_CAUSE, pi).getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-19T02:00:00Z"));
        complete(task(Activity.FIX_ROOT_CAUSE, pi), withVariables(Var.ROOT_CAUSE, "No stacking limit on the label.",
            Var.CORRECTIVE_ACTION, "Stacking limit printed on every carton."));
        runContinuations();
        assertThat(pi).isWaitingAt(Activity.WAIT_FOR_CLIENT);
        assertThat(ledger.byId(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(ComplaintRecord.Status.ROOT_CAUSE_FIXED);
        confirm(pi, true, "Thank you.");

        assertThat(pi).isEnded().hasPassedInOrder(Activity.REGISTER_COMPLAINT, Activity.CLASSIFY_COMPLAINT,
                Activity.ACKNOWLEDGE_COMPLAINT, Activity.SEND_ACKNOWLEDGEMENT, Activity.DIAGNOSE_COMPLAINT, Activity.SEND_DIAGNOSIS,
                Activity.PROVIDE_INTERIM_SOLUTION, Activity.SEND_INTERIM_SOLUTION, Activity.FIX_ROOT_CAUSE,
                Activity.SEND_ROOT_CAUSE_FIX, Activity.AWAIT_CONFIRMATION, Activity.CLOSE_COMPLAINT, Activity.COMPLAINT_RESOLVED)
            .hasNotPassed(Activity.REOPEN_COMPLAINT);
        ComplaintRecord record = ledger.byId(pi.getBusinessKey()).orElseThrow();
        assertThat(record.status()).isEqualTo(ComplaintRecord.Status.RESOLVED);
        // confirmed by the client once the fix email reached them (it waited for their business hours), not before
        assertThat(record.resolvedAt()).isEqualTo(outbox.about(pi.getBusinessKey()).stream()
            .filter(m -> m.subject().contains("Root cause")).findFirst().orElseThrow().plannedAt()).isAfter(START);
        // the client heard at every stage, and got the closing report
        assertThat(subjects(pi, "satisfied@example.com")).hasSize(5).allMatch(s -> s.startsWith("[" + record.complaintNumber() + "] "))
            .anyMatch(s -> s.contains("Thank you for raising this matter with us")).anyMatch(s -> s.contains("What we found"))
            .anyMatch(s -> s.contains("Interim solution")).anyMatch(s -> s.contains("Root cause and permanent fix, for your review"))
            .anyMatch(s -> s.contains("Closing report"));
        assertThat(outbox.about(pi.getBusinessKey())).filteredOn(m -> m.subject().contains("Root cause"))
            .singleElement().satisfies(m -> assertThat(m.body()).contains("Dear Alex Client")
                .contains("No stacking limit on the label.").contains("Stacking limit printed on every carton."));
    }

    @Test
    void shouldRecordHowToAddressANewClientTheComplaintVariablesName() {
        Map<String, Object> v = complaint("DE", "named@example.com", "B", "QUALITY", "NEUTRAL");
        v.put(ClientVariables.GIVEN_NAME, "Anna");
        v.put(ClientVariables.FAMILY_NAME, "Weber");
        v.put(ClientVariables.SALUTATION, "ms");
        v.put(ClientVariables.TITLE, "Dr.");
        v.put(ClientVariables.PURCHASE_CYCLE, "ANNUAL");
        ProcessInstance pi = open(v);
        assertThat(pi).isWaitingAt(Activity.ACKNOWLEDGE_COMPLAINT).variables()
            .containsEntry(ClientVariables.FAMILY_NAME, "Weber").containsEntry(ClientVariables.SALUTATION, "MS");
        Client recorded = clients.byEmail("named@example.com").orElseThrow();
        assertThat(List.of(recorded.givenName(), recorded.familyName(), recorded.salutation(), recorded.title(), recorded.purchaseCycle()))
            .containsExactly("Anna", "Weber", "MS", "Dr.", "ANNUAL");
    }

    @Test
    void shouldReopenOneLevelHigherWhenTheClientIsNotSatisfied() {
        ProcessInstance pi = open(complaint("DE", "reopened@example.com", "B", "QUALITY", "NEUTRAL"));
        acknowledgeDiagnoseAndFix(pi);
        Instant later = START.plus(Duration.ofDays(3));
        ClockUtil.setCurrentTime(Date.from(later));
        confirm(pi, false, "Still scratched.");

        assertThat(pi).isWaitingAt(Activity.DIAGNOSE_COMPLAINT).hasPassed(Activity.REOPEN_COMPLAINT);
        assertThat(pi).variables().containsEntry(Var.LEVEL, 1).containsEntry(Var.SEVERITY, "HIGH")
            .containsEntry(Var.FIRST_RESPONSE, "PT24H");
        Task diagnose = task(Activity.DIAGNOSE_COMPLAINT, pi);
        // a manager joins, and the raised severity answers faster (HIGH: 24 hours in the table); reopened on Friday
        // 15 January 2027 at 10:00 in Shanghai, the 24 hours end on Saturday, when the team is away: the diagnosis is due
        // when the team's Monday ends (22:00 in Shanghai), not at a weekend hour the escalation would count from
        assertThat(diagnose).hasCandidateGroup("support").hasCandidateGroup("managers");
        assertThat(engine.getTaskService().getVariableLocal(diagnose.getId(), RoundTheClock.VARIABLE))
            .as("no crisis: on the team's working time").isNull();
        assertThat(later.atZone(ZoneId.of("Asia/Shanghai")).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
        assertThat(diagnose.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-18T14:00:00Z"));
        assertThat((String) engine.getTaskService().getVariableLocal(diagnose.getId(), Var.BRIEFING))
            .contains("reopened 1 time").contains("Still scratched.");
        ComplaintRecord reopened = ledger.byId(pi.getBusinessKey()).orElseThrow();
        assertThat(reopened.status()).isEqualTo(ComplaintRecord.Status.REOPENED);
        assertThat(reopened.escalationLevel()).isEqualTo(1);
        assertThat(reopened.severity()).isEqualTo(Severity.HIGH);
        assertThat(subjects(pi, "reopened@example.com")).anyMatch(s -> s.contains("We have taken up the matter again"));

        complete(task(Activity.DIAGNOSE_COMPLAINT, pi), withVariables(Var.DIAGNOSIS, "The new pallets were stacked too high too."));
        runContinuations();
        complete(task(Activity.PROVIDE_INTERIM_SOLUTION, pi), withVariables(Var.INTERIM_SOLUTION, "Second replacement by air."));
        runContinuations();
        // HIGH: the root-cause fix within 2 team working days (Friday 15 Jan 10:00 Shanghai + 2 = Tuesday 19 Jan)
        assertThat(task(Activity.FIX_ROOT_CAUSE, pi).getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-19T02:00:00Z"));
        complete(task(Activity.FIX_ROOT_CAUSE, pi), withVariables(Var.ROOT_CAUSE, "Forklift drivers ignored the label.",
            Var.CORRECTIVE_ACTION, "Training and a stacking frame."));
        runContinuations();
        confirm(pi, false, "Not yet.");
        assertThat(pi).variables().containsEntry(Var.LEVEL, 2).containsEntry(Var.SEVERITY, "CRITICAL");
        diagnoseAndFix(pi);
        confirm(pi, true, null);
        assertThat(pi).isEnded().hasPassed(Activity.CLOSE_COMPLAINT);
        assertThat(ledger.byId(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(ComplaintRecord.Status.RESOLVED);
    }

    /**
     * A HIGH complaint reopened is raised to CRITICAL, which the Response times sheet puts on the crisis channel: from then
     * on it is a crisis like one classified so at once (answered within 2 hours around the clock, managers alerted), where it
     * stayed on the team's working time with nobody told.
     */
    @Test
    void shouldOpenTheCrisisChannelWhenAReopenedComplaintIsRaisedToCritical() {
        ProcessInstance pi = open(complaint("JP", "raised@example.jp", "B", "QUALITY", "MILD"));
        assertThat(pi).variables().containsEntry(Var.SEVERITY, "HIGH").containsEntry(Var.CRISIS, false);
        acknowledgeDiagnoseAndFix(pi);
        // Saturday 16 January 2027, 10:00 in Shanghai: the team is away
        Instant saturday = Instant.parse("2027-01-16T02:00:00Z");
        ClockUtil.setCurrentTime(Date.from(saturday));

        confirm(pi, false, "Still two reels damaged.");

        assertThat(pi).isWaitingAt(Activity.DIAGNOSE_COMPLAINT).variables().containsEntry(Var.SEVERITY, "CRITICAL")
            .containsEntry(Var.CRISIS, true).containsEntry(Var.FIRST_RESPONSE, "PT2H");
        Task diagnose = task(Activity.DIAGNOSE_COMPLAINT, pi);
        assertThat(diagnose.getDueDate().toInstant()).as("2 hours around the clock, on a Saturday too")
            .isEqualTo(saturday.plus(Duration.ofHours(2)));
        assertThat(engine.getTaskService().getVariableLocal(diagnose.getId(), RoundTheClock.VARIABLE)).isEqualTo(true);
        assertThat(diagnose).hasCandidateGroup("managers");
        assertThat(ledger.byId(pi.getBusinessKey()).orElseThrow().crisis()).isTrue();
        assertThat(outbox.about(pi.getBusinessKey())).filteredOn(m -> m.recipient().equals("max@meridian.example")).singleElement()
            .satisfies(m -> {
                assertThat(m.subject()).endsWith("Crisis: answer Client of JP within 2 h");
                assertThat(m.body()).contains("(reopened: the client is not satisfied with the fix; severity now critical)")
                    .contains("The task \"Diagnose complaint\" for Client of JP is in your Tasklist")
                    // the manager who steps in reads the fix the client turned down and what the client said of it
                    .contains("The fix the client was sent:\nRoot cause: No stacking limit on the label.\n"
                        + "Permanent fix: Stacking limit printed on every carton.")
                    .contains("Not satisfied, the client said:\nStill two reels damaged.");
            });
        assertThat(outbox.about(pi.getBusinessKey())).filteredOn(m -> m.recipient().equals("raised@example.jp"))
            .filteredOn(m -> m.subject().contains("取り組んで") || m.subject().contains("taken up the matter again")).singleElement()
            .satisfies(m -> assertThat(m.plannedAt()).as("told at once, as a crisis is, not on the client's Monday").isEqualTo(saturday));
    }

    @Test
    void aComplaintOfAnAustralianClientWithoutATimeZoneSaysItsTimesAreSydneysWhichMayBeHoursOff() {
        ProcessInstance pi = open(complaint("AU", "no-zone-au@example.com", "B", "QUALITY", "NEUTRAL"));
        Task acknowledge = task(Activity.ACKNOWLEDGE_COMPLAINT, pi);
        assertThat((String) engine.getTaskService().getVariableLocal(acknowledge.getId(), Var.BRIEFING))
            .contains("**Client's time zone:** Australia/Sydney, the default for AU: the client record names none, and AU keeps"
                + " other clocks too (Australia/Brisbane, Australia/Perth, Australia/Adelaide and ", "client time (Australia/Sydney)");
    }

    @Test
    void shouldOpenTheCrisisChannelForAStrongQualityComplaintOfAKeyAccount() {
        Map<String, Object> v = complaint("US", "crisis@example.com", "A", "QUALITY", "STRONG");
        v.put(Var.RECEIVED_AT, "2027-01-12T01:30:00Z");
        ProcessInstance pi = open(v);
        assertThat(pi).isWaitingAt(Activity.ACKNOWLEDGE_COMPLAINT)
            .variables().containsEntry(Var.SEVERITY, "CRITICAL").containsEntry(Var.CRISIS, true);
        Task acknowledge = task(Activity.ACKNOWLEDGE_COMPLAINT, pi);
        // crisis: answered within 2 hours of receipt, managers among the candidates
        assertThat(acknowledge.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-12T03:30:00Z"));
        assertThat(acknowledge).hasCandidateGroup("support").hasCandidateGroup("managers");
        // and escalated on the 7×24 clock, not the team's working time
        assertThat(engine.getTaskService().getVariableLocal(acknowledge.getId(), RoundTheClock.VARIABLE)).isEqualTo(true);
        // every manager with an email address is alerted (demo users max and demo)
        assertThat(outbox.about(pi.getBusinessKey())).filteredOn(m -> m.subject().contains("Crisis"))
            .extracting(OutboxMessage::recipient).contains("max@meridian.example", "demo@meridian.example")
            .doesNotContain("crisis@example.com");
        assertThat(outbox.about(pi.getBusinessKey())).filteredOn(m -> m.recipient().equals("max@meridian.example")).singleElement()
            .satisfies(m -> {
                assertThat(m.subject()).as("the time to answer in words, not PT2H").endsWith("Crisis: answer Client of US within 2 h");
                assertThat(m.body()).contains("First response within 2 h, due by ", " team time (", " client time (")
                    .contains("), category quality.").contains("The task \"Acknowledge complaint\" for Client of US is in your Tasklist")
                    .as("the link opens the task, made before the alert").contains("\n\nTasklist: http://localhost:")
                    .endsWith("/app/tasklist/default/#/?task=" + acknowledge.getId() + "\n")
                    .doesNotContain("PT2H", "03:30:00Z", "QUALITY").doesNotContainPattern("http://\\S+/\\.");
            });
        assertThat((String) engine.getTaskService().getVariableLocal(acknowledge.getId(), Var.BRIEFING))
            .contains("(crisis: answer within 2 h, 7×24)");
        acknowledgeDiagnoseAndFix(pi);
        // reopened, a crisis still: the client is told a manager follows it personally, so every manager hears again
        confirm(pi, false, "Still failing.");
        assertThat(outbox.about(pi.getBusinessKey())).filteredOn(m -> m.recipient().equals("max@meridian.example")).hasSize(2)
            .last().satisfies(m -> assertThat(m.body()).contains("(reopened: the client is not satisfied with the fix; severity now critical)",
                "The task \"Diagnose complaint\""));
        diagnoseAndFix(pi);
        confirm(pi, true, null);
        assertThat(pi).isEnded();
    }

    /** A crisis alert reaches someone: with no manager's address in Camunda, the administrators, told it was for the managers. */
    @Test
    void shouldAlertTheAdministratorsToACrisisWhenNoManagerHasAnAddress() {
        try (StaffWithoutAddresses staff = new StaffWithoutAddresses(engine.getIdentityService()).clear("managers")) {
            String ada = staff.user("ada", "{id}@meridian.example", "camunda-admin");
            Map<String, Object> v = complaint("US", "crisis2@example.com", "A", "QUALITY", "STRONG");
            v.put(Var.RECEIVED_AT, "2027-01-12T01:30:00Z");

            ProcessInstance pi = open(v);

            assertThat(outbox.about(pi.getBusinessKey())).filteredOn(m -> m.subject().contains("Crisis")).singleElement().satisfies(m -> {
                assertThat(m.recipient()).isEqualTo(ada + "@meridian.example");
                assertThat(m.subject()).startsWith("For Managers (managers), nobody there to tell: [")
                    .endsWith("Crisis: answer Client of US within 2 h");
                assertThat(m.body()).startsWith("You get this email as an administrator of Meridian: it was meant for Managers (managers),"
                    + " but no member has an email address (").contains("Crisis complaint ");
            });
        }
    }

    @Test
    void shouldRaiseAMildComplaintOfAnIndirectCultureAndHaveASeniorAnswerPrivately() {
        ProcessInstance pi = open(complaint("JP", "mild@example.jp", "B", "QUALITY", "MILD"));
        assertThat(pi).variables().containsEntry(Var.SEVERITY, "HIGH").containsEntry(Var.CHANNEL, "PRIVATE_CALL")
            .containsEntry(Var.SENIOR_CONTACT, true);
        assertThat(task(Activity.ACKNOWLEDGE_COMPLAINT, pi)).hasCandidateGroup("managers");
        // Tuesday 11:00 in Tokyo: within the client's business hours, a call now
        assertThat(acknowledgementBriefing(pi))
            .contains("**Answer by:** private call, confirmed in writing by email").contains("a manager of equal rank");
    }

    /**
     * A crisis at 02:30 in Tokyo (a mild quality complaint of a Japanese key account: CRITICAL, answered privately by a
     * call within 2 hours, 7×24): the form says to email now and call when the client's business hours open, in both
     * clocks, where it said "private call" in the client's night.
     */
    @Test
    void shouldHaveACrisisAtTheClientsNightEmailedNowAndCalledWhenTheClientOpens() {
        // Wednesday 13 January 2027, 02:30 in Tokyo, 01:30 in Shanghai
        Instant night = Instant.parse("2027-01-12T17:30:00Z");
        ClockUtil.setCurrentTime(Date.from(night));
        ProcessInstance pi = tokyoCrisis("night@example.jp", null);

        assertThat(acknowledgementBriefing(pi))
            .contains("**Answer by:** an email now: it is Wed 13 Jan 2027 02:30 for the client (Asia/Tokyo), outside their business"
                + " hours, no time for a call. Then the private call when their business hours open: Wed 13 Jan 2027 08:00 team time"
                + " (Asia/Shanghai) = Wed 13 Jan 2027 09:00 client time (Asia/Tokyo); what it agrees confirmed in writing by email")
            .doesNotContain("**Answer by:** private call");
    }

    /**
     * A crisis at 07:30 in Tokyo, due at 09:30: an email now, and the call when the client's hours open at 09:00, before
     * the due time. The form said "no time for a call" there, and then told to call at 09:00.
     */
    @Test
    void shouldNotSayThereIsNoTimeForACallWhenTheClientOpensBeforeTheDueTime() {
        // Wednesday 13 January 2027, 07:30 in Tokyo, 06:30 in Shanghai
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-12T22:30:00Z")));
        ProcessInstance pi = tokyoCrisis("early@example.jp", null);

        assertThat(acknowledgementBriefing(pi))
            .contains("**Answer by:** an email now: it is Wed 13 Jan 2027 07:30 for the client (Asia/Tokyo), outside their business"
                + " hours. Then the private call when their business hours open: Wed 13 Jan 2027 08:00 team time"
                + " (Asia/Shanghai) = Wed 13 Jan 2027 09:00 client time (Asia/Tokyo)")
            .contains("**Due:** Wed 13 Jan 2027 08:30 team time").doesNotContain("no time for a call");
    }

    /**
     * A crisis received on Monday and keyed in on Wednesday at 02:30 in Tokyo: its 2 hours ran out two days ago. The form
     * said "no time for a call", as if the due time were still ahead; it says the answer is late already, so the email
     * goes now and the call follows when the client opens.
     */
    @Test
    void shouldSayTheAnswerIsLateAlreadyForACrisisEnteredDaysAfterItsDueTime() {
        // Wednesday 13 January 2027, 02:30 in Tokyo; received Monday 11 January, 11:00 in Tokyo
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-01-12T17:30:00Z")));
        ProcessInstance pi = tokyoCrisis("late-crisis@example.jp", "2027-01-11T02:00:00Z");

        assertThat(acknowledgementBriefing(pi))
            .contains("**Answer by:** an email now: it is Wed 13 Jan 2027 02:30 for the client (Asia/Tokyo), outside their business"
                + " hours, and the answer is late already (due Mon 11 Jan 2027 12:00 team time (Asia/Shanghai) = Mon 11 Jan 2027"
                + " 13:00 client time (Asia/Tokyo)). Then the private call when their business hours open")
            .doesNotContain("no time for a call");
    }

    @Test
    void shouldRefuseACompletionWithoutTheTextForTheClient() {
        ProcessInstance pi = open(complaint("DE", "empty@example.com", "B", "BILLING", "NEUTRAL"));
        Task acknowledge = task(Activity.ACKNOWLEDGE_COMPLAINT, pi);
        // refused when the task is completed, not later by the asynchronous step that mails the client
        assertThatThrownBy(() -> engine.getTaskService().complete(acknowledge.getId()))
            .hasRootCauseInstanceOf(InvalidInputException.class).hasMessageContaining("acknowledgement");
        assertThat(pi).isWaitingAt(Activity.ACKNOWLEDGE_COMPLAINT);
        assertThat(outbox.about(pi.getBusinessKey())).isEmpty();
    }

    @Test
    void shouldStartNothingForAComplaintItRefuses() {
        long before = jdbc.sql("select count(*) from complaint").query(Long.class).single();
        long instances = runtimeService().createProcessInstanceQuery().processDefinitionKey(ComplaintHandling.KEY).count();
        Map<String, Object> v = complaint("DE", "refused@example.com", "B", "NOISE", "LOUD");
        v.remove(Var.DESCRIPTION);
        assertThatThrownBy(() -> open(v)).isInstanceOfSatisfying(InvalidInputException.class, e ->
            assertThat(e.fields()).containsKeys(Var.CATEGORY, Var.WORDING, Var.DESCRIPTION));
        // an engine-rest start goes through the same checks inside the process
        assertThatThrownBy(() -> runtimeService().startProcessInstanceByKey(ComplaintHandling.KEY, v))
            .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.sql("select count(*) from complaint").query(Long.class).single()).isEqualTo(before);
        assertThat(runtimeService().createProcessInstanceQuery().processDefinitionKey(ComplaintHandling.KEY).count()).isEqualTo(instances);
        assertThat(jdbc.sql("select count(*) from client where email = 'refused@example.com'").query(Long.class).single()).isZero();
    }

    @Test
    void shouldFollowUpUntilTheClientAnswersAndTakeTheirConfirmationDuringAFollowUp() {
        ProcessInstance pi = open(complaint("DE", "quiet@example.com", "B", "QUALITY", "NEUTRAL"));
        acknowledgeDiagnoseAndFix(pi);
        assertThat(pi).isWaitingAt(Activity.WAIT_FOR_CLIENT);
        // NORMAL: the team follows up 3 working days after the client has the fix: its email waits for the German client's
        // business hours (Tuesday 12 Jan, 08:03 in Berlin), so Friday 15 Jan at that hour
        Job first = followUpTimer(pi);
        assertThat(first.getDuedate().toInstant()).isEqualTo(Instant.parse("2027-01-15T07:03:00Z"));

        ClockUtil.setCurrentTime(first.getDuedate());
        execute(first);
        Task followUp = task(Activity.FOLLOW_UP_COMPLAINT, pi);
        assertThat(followUp).hasCandidateGroup("support");
        // within one working day: Friday -> Monday
        assertThat(followUp.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-18T07:03:00Z"));
        assertThat((String) engine.getTaskService().getVariableLocal(followUp.getId(), Var.BRIEFING))
            .contains("Stacking limit printed on every carton.");
        complete(followUp, withVariables(Var.CLIENT_ANSWER, "NO_ANSWER", Var.CLIENT_COMMENT, "Mailbox full, will call again."));
        runContinuations();

        assertThat(pi).isWaitingAt(Activity.WAIT_FOR_CLIENT);
        Job second = followUpTimer(pi);
        // the fix reached the client long ago: 3 working days from the follow-up's answer (Friday -> Wednesday)
        assertThat(second.getDuedate().toInstant()).isEqualTo(Instant.parse("2027-01-20T07:03:00Z"));
        ClockUtil.setCurrentTime(second.getDuedate());
        execute(second);
        assertThat(pi).isWaitingAt(Activity.FOLLOW_UP_COMPLAINT);

        // the client answers through the API while the team is following up: that ends the follow-up
        confirm(pi, true, "Works now, thank you.");
        assertThat(pi).isEnded().hasPassed(Activity.CONFIRMED_DURING_FOLLOW_UP, Activity.CLOSE_COMPLAINT)
            .variables().containsEntry(Var.FOLLOW_UPS, 1).containsEntry(Var.SATISFIED, true);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        assertThat(ledger.byId(pi.getBusinessKey()).orElseThrow().status()).isEqualTo(ComplaintRecord.Status.RESOLVED);
    }

    @Test
    void shouldHaveTheFollowUpOfAFixDueWhenTheClientIsBackFromTheYearEndClosureAndTheFixItselfOnTheTeamsClock() {
        // Mon 28 Dec 2026, 09:00 in Shanghai, 10:00 in Tokyo: the Japanese client's last day before the year-end closure
        Instant lastDay = Instant.parse("2026-12-28T01:00:00Z");
        ClockUtil.setCurrentTime(Date.from(lastDay));
        ProcessInstance pi = open(complaint("JP", "year-end-fix@example.com", "B", "QUALITY", "MILD"));
        assertThat(pi).variables().containsEntry(Var.SEVERITY, "HIGH");
        complete(task(Activity.ACKNOWLEDGE_COMPLAINT, pi), withVariables(Var.ACKNOWLEDGEMENT, "We are sorry and on it."));
        runContinuations();
        complete(task(Activity.DIAGNOSE_COMPLAINT, pi), withVariables(Var.DIAGNOSIS, "Pallets were stacked too high."));
        runContinuations();
        complete(task(Activity.PROVIDE_INTERIM_SOLUTION, pi), withVariables(Var.INTERIM_SOLUTION, "Replacement panels by air."));
        runContinuations();
        // the fix is the team's own work: 2 of the team's working days (HIGH), Wed 30 Dec 09:00, whatever the client's closure
        Task fix = task(Activity.FIX_ROOT_CAUSE, pi);
        assertThat(fix.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-30T01:00:00Z"));
        assertThat((String) engine.getTaskService().getVariableLocal(fix.getId(), Var.BRIEFING)).doesNotContain("later than the team's own");
        complete(fix, withVariables(Var.ROOT_CAUSE, "No stacking limit on the label.",
            Var.CORRECTIVE_ACTION, "Stacking limit printed on every carton."));
        runContinuations();

        // the fix email reached the client at once; the follow-up comes 1 team working day later, Tue 29 Dec
        Job timer = followUpTimer(pi);
        assertThat(timer.getDuedate().toInstant()).isEqualTo(Instant.parse("2026-12-29T01:00:00Z"));
        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);
        // it asks the client whether the fix works: not due on Wed 30 Dec (1 team working day), when the client is
        // closed, but when the call window of their first day back ends, Mon 4 Jan 2027 17:00 in Shanghai
        Task followUp = task(Activity.FOLLOW_UP_COMPLAINT, pi);
        assertThat(followUp.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-04T09:00:00Z"));
        assertThat((String) engine.getTaskService().getVariableLocal(followUp.getId(), Var.BRIEFING))
            .contains("**Due:** Mon 4 Jan 2027 17:00 team time (Asia/Shanghai) = Mon 4 Jan 2027 18:00 client time (Asia/Tokyo),"
                + " later than the team's own rule gives (Wed 30 Dec 2026 09:00): the client is closed then (");
    }

    @Test
    void shouldHaveTheFollowUpOfAFixForABerlinClientDueInTheirCallWindowNotAtTheirNight() {
        Task followUp = followUpOfAFix("DE", "Europe/Berlin", "fix-follow-up-berlin@example.com");

        // made Wed 13 Jan 10:00 in Shanghai; one working day on is Thu 10:00 there, 03:00 in Berlin: due when Wednesday's call
        // window ends, 22:00 in Shanghai, 15:00 in Berlin
        assertThat(followUp.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-13T14:00:00Z"));
        assertThat((String) engine.getTaskService().getVariableLocal(followUp.getId(), Var.BRIEFING))
            .contains("**Due:** Wed 13 Jan 2027 22:00 team time (Asia/Shanghai) = Wed 13 Jan 2027 15:00 client time (Europe/Berlin),"
                + " earlier than the team's own rule gives (Thu 14 Jan 2027 10:00, 03:00 in Berlin): that is outside their business"
                + " hours, so it is due when today's call window ends");
    }

    @Test
    void shouldHaveTheFollowUpOfAFixForANewYorkClientDueInTheirCallWindowNotAtTheirNight() {
        Task followUp = followUpOfAFix("US", "America/New_York", "fix-follow-up-new-york@example.com");

        // one working day on is Thu 10:00 in Shanghai, Wed 21:00 in New York: due when their Wednesday's last window (the
        // team's early stretch hours, 06:00-08:00 in Shanghai) ends as they close, 18:00 in New York
        assertThat(followUp.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-13T23:00:00Z"));
        assertThat((String) engine.getTaskService().getVariableLocal(followUp.getId(), Var.BRIEFING))
            .contains("= Wed 13 Jan 2027 18:00 client time (America/New_York), earlier than the team's own rule gives (Thu 14 Jan"
                + " 2027 10:00, Wed 21:00 in New York): that is outside their business hours");
    }

    /**
     * The follow-up of a fix for a New York client, due when their Wednesday's last window ends (18:00 in New York), whose
     * contact the team then finds in Berlin and sets on the record: due anew on the new clock, when Wednesday's window ends
     * there (15:00 in Berlin), where it kept New York's time, midnight in Berlin.
     */
    @Test
    void shouldHaveTheFollowUpOfAFixDueAnewInTheCallWindowOfTheClientsCorrectedClock() {
        Task followUp = followUpOfAFix("US", null, "fix-follow-up-zone-corrected@example.com");
        assertThat(followUp.getDueDate().toInstant()).isEqualTo(Instant.parse("2027-01-13T23:00:00Z"));
        String clientId = (String) engine.getRuntimeService().getVariable(followUp.getProcessInstanceId(), Var.CLIENT_ID);

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.valueOf("application/merge-patch+json"));
        assertThat(http.withBasicAuth("sam", "demo").exchange("/api/clients/" + clientId, HttpMethod.PATCH,
            new HttpEntity<>("{\"timeZone\": \"Europe/Berlin\"}", headers), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);

        Task after = engine.getTaskService().createTaskQuery().taskId(followUp.getId()).singleResult();
        assertThat(after.getDueDate().toInstant()).as("Wed 22:00 in Shanghai, 15:00 in Berlin")
            .isEqualTo(Instant.parse("2027-01-13T14:00:00Z"));
        assertThat((String) engine.getTaskService().getVariableLocal(after.getId(), Var.BRIEFING))
            .contains("**Due:** Wed 13 Jan 2027 22:00 team time (Asia/Shanghai) = Wed 13 Jan 2027 15:00 client time (Europe/Berlin),"
                + " earlier than the team's own rule gives (Thu 14 Jan 2027 10:00, 03:00 in Berlin): that is outside their business"
                + " hours, so it is due when today's call window ends");
    }

    /** A key account's strong quality complaint in {@code zone}, handled and fixed on Tuesday: its follow-up, made on Wednesday. */
    private Task followUpOfAFix(String country, String zone, String email) {
        Map<String, Object> v = complaint(country, email, "A", "QUALITY", "STRONG");
        if (zone != null) {
            v.put(Var.TIME_ZONE, zone);
        }
        ProcessInstance pi = open(v);
        acknowledgeDiagnoseAndFix(pi);
        Job timer = followUpTimer(pi);
        assertThat(timer.getDuedate().toInstant()).as("one team working day after the fix").isEqualTo(Instant.parse("2027-01-13T02:00:00Z"));
        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);
        return task(Activity.FOLLOW_UP_COMPLAINT, pi);
    }

    @Test
    void shouldReopenWhenTheClientSaysInAFollowUpThatTheyAreNotSatisfied() {
        ProcessInstance pi = open(complaint("JP", "followup-jp@example.com", "A", "QUALITY", "STRONG"));
        acknowledgeDiagnoseAndFix(pi);
        // HIGH and above: the follow-up comes after one working day
        Job timer = followUpTimer(pi);
        assertThat(timer.getDuedate().toInstant()).isEqualTo(Instant.parse("2027-01-13T02:00:00Z"));
        ClockUtil.setCurrentTime(timer.getDuedate());
        execute(timer);

        complete(task(Activity.FOLLOW_UP_COMPLAINT, pi),
            withVariables(Var.CLIENT_ANSWER, "NOT_SATISFIED", Var.CLIENT_COMMENT, "The new cartons are scratched too."));
        runContinuations();

        assertThat(pi).isWaitingAt(Activity.DIAGNOSE_COMPLAINT).hasPassed(Activity.REOPEN_COMPLAINT)
            .variables().containsEntry(Var.LEVEL, 1).containsEntry(Var.SATISFIED, false);
        assertThat(ledger.byId(pi.getBusinessKey()).orElseThrow().escalationLevel()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAFollowUpWithoutAKnownAnswerAndKeepTheTask() {
        ProcessInstance pi = open(complaint("DE", "unclear@example.com", "B", "BILLING", "NEUTRAL"));
        acknowledgeDiagnoseAndFix(pi);
        execute(followUpTimer(pi));
        Task followUp = task(Activity.FOLLOW_UP_COMPLAINT, pi);

        assertThatThrownBy(() -> engine.getTaskService().complete(followUp.getId(), Map.of(Var.CLIENT_ANSWER, "MAYBE")))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("clientAnswer 'MAYBE' is not one of");
        assertThatThrownBy(() -> engine.getTaskService().complete(followUp.getId(), Map.of()))
            .isInstanceOf(InvalidInputException.class).hasMessageContaining("clientAnswer is required");

        assertThat(task(Activity.FOLLOW_UP_COMPLAINT, pi).getId()).isEqualTo(followUp.getId());
    }

    /** The timer of the wait for the client's confirmation. */
    Job followUpTimer(ProcessInstance pi) {
        return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
            .activityId(Activity.CONFIRMATION_OVERDUE).singleResult();
    }

    /** A Japanese key account's mild quality complaint in Tokyo's clock, received at {@code receivedAt} (else now): a crisis. */
    private ProcessInstance tokyoCrisis(String email, String receivedAt) {
        Map<String, Object> v = complaint("JP", email, "A", "QUALITY", "MILD");
        v.put(Var.TIME_ZONE, "Asia/Tokyo");
        if (receivedAt != null) {
            v.put(Var.RECEIVED_AT, receivedAt);
        }
        ProcessInstance pi = open(v);
        assertThat(pi).variables().containsEntry(Var.CRISIS, true).containsEntry(Var.CHANNEL, "PRIVATE_CALL");
        return pi;
    }

    private String acknowledgementBriefing(ProcessInstance pi) {
        return (String) engine.getTaskService().getVariableLocal(task(Activity.ACKNOWLEDGE_COMPLAINT, pi).getId(), Var.BRIEFING);
    }
}
