package io.meridian.inquiry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.meridian.benchmark.SqlStatementCounter;
import io.meridian.inquiry.ClientJourney.Var;
import io.meridian.testsupport.MeridianTest;
import io.meridian.process.ClientVariables;
import io.meridian.process.EmailPreview;
import io.meridian.process.TaskGuidance;
import io.meridian.process.TaskLabels;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What one journey start writes (issue 16): the process keeps ids and what its gateways, task lists and
 * the escalation sweep read, not copies of the client and inquiry ledgers; one JSON value for the
 * etiquette, kept with the inquiry; no history detail row per variable write, nor of the texts a task's
 * form renders. Counted by the shared context's
 * {@link SqlStatementCounter}.
 */
@MeridianTest
class StartWritesTest {

    private static final Logger log = LoggerFactory.getLogger(StartWritesTest.class);

    @Autowired
    InquiryService inquiries;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    TaskService tasks;
    @Autowired
    SqlStatementCounter sql;
    @Autowired
    InquiryLedger ledger;

    @Test
    void anInquiryStartWritesTheLedgersAndOnlyTheVariablesTheProcessReads() throws Exception {
        // warm: the first start of a context parses and caches what later starts reuse
        inquiries.start(NewInquiry.from(JourneyFixture.startVariables("DE", "warm-writes@example.com"), UnaryOperator.identity(), Instant.now()));
        sql.reset();
        InquiryService.Started started = inquiries.start(NewInquiry.from(
            JourneyFixture.startVariables("JP", "writes@example.com"), UnaryOperator.identity(), Instant.now()));
        Map<String, Long> counts = sql.snapshot();
        log.info("One inquiry start: {}", counts);

        Set<String> processVariables = runtime.createVariableInstanceQuery().processInstanceIdIn(started.processInstanceId()).list()
            .stream().filter(v -> v.getTaskId() == null).map(VariableInstance::getName).collect(Collectors.toSet());
        assertThat(processVariables).as("the ledgers keep the client's and the inquiry's facts")
            .doesNotContain(Var.EMAIL, Var.CONTACT_NAME, Var.PRODUCT, Var.QUANTITY, Var.MESSAGE, Var.RECEIVED_AT, Var.REPLY_DUE_AT,
                Var.PREFERRED_CHANNEL, Var.LANGUAGE, Var.PURCHASE_CYCLE, Var.MAIN_CATEGORY)
            .as("one JSON value for the etiquette decision, no copies of its fields")
            .doesNotContain(Var.FIRED_RULES, Var.NEXT_CONTACT_WINDOW, Var.RULES_VERSION, Var.CLIENT_ZONE, Var.MAX_FOLLOW_UPS,
                Var.FOLLOW_UP_AFTER_BUSINESS_DAYS)
            .as("the inquiry ledger keeps the etiquette decided; no follow-up counted before the first")
            .doesNotContain(Var.ETIQUETTE, Var.FOLLOW_UPS_SENT)
            .contains(Var.INQUIRY_ID, Var.CLIENT_ID, Var.COMPANY, Var.COUNTRY, Var.TIER);
        assertThat(ledger.etiquette(started.id())).as("the etiquette the inquiry ledger keeps")
            .hasValueSatisfying(json -> assertThat(json).contains("\"country\":\"JP\"", "\"firedRules\":[{", "\"rulesVersion\""));
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(started.etiquette()).path("country").asText())
            .as("the start still answers with the etiquette").isEqualTo("JP");
        assertThat(started.etiquette()).as("the same JSON the inquiry ledger keeps").isEqualTo(ledger.etiquette(started.id()).orElseThrow());
        assertThat(started.nextContactWindow()).as("the start still answers with the next contact window").isNotNull();
        assertThat(started.replyDueAt()).as("and with the reply's due time, which the inquiry ledger keeps")
            .isEqualTo(ledger.byId(started.id()).orElseThrow().replyDueAt().truncatedTo(java.time.temporal.ChronoUnit.MILLIS));
        org.camunda.bpm.engine.task.Task replyTask = tasks.createTaskQuery().processInstanceId(started.processInstanceId()).singleResult();
        assertThat(replyTask.getDueDate().toInstant()).as("the reply task is due then").isEqualTo(started.replyDueAt());
        assertThat(history.createHistoricDetailQuery().processInstanceId(started.processInstanceId()).count())
            .as("history detail rows").isZero();
        assertThat(counts).as("statements of one start").containsKey("insert ACT_RU_EXECUTION").doesNotContainKey("insert ACT_HI_DETAIL")
            .as("no query for the variables of the task the start made (newtasks)").doesNotContainKey("select ACT_RU_VARIABLE");
        assertThat(counts).as("byte-array rows: none since the etiquette JSON is no variable").doesNotContainKey("insert ACT_GE_BYTEARRAY")
            .as("the etiquette kept with the inquiry").containsEntry("update INQUIRY", 1L)
            .as("no look-up of the inquiry id the API has just made (a random UUID), nor of an externalRef it was not given")
            .doesNotContainKey("select INQUIRY");
        // measured 162 inserts with every input copied into variables and history level full; 54 with the
        // etiquette's fields copied next to its JSON, 44 with the JSON as a variable and the task's renderings
        // in history, 32 now and 33 with an auto-reply out of the team's hours (the engine's metrics reporter, on its
        // own clock, is not the start's); a value kept with every task for a rare reader made it 34
        long inserts = counts.entrySet().stream().filter(e -> e.getKey().startsWith("insert ") && !e.getKey().contains("METER_LOG"))
            .mapToLong(Map.Entry::getValue).sum();
        assertThat(inserts).as("inserts for one inquiry start").isBetween(1L, 33L);
        assertThat(counts.get("insert ACT_HI_VARINST")).as("history rows of variables: the instance's 5 and the task's why").isEqualTo(6);

        // the reply task's copies of the card variables show on Tasklist's cards; only the instance's own keep history
        String reply = replyTask.getId();
        assertThat(tasks.getVariablesLocal(reply)).containsKeys(TaskLabels.CARD_VARIABLES.toArray(String[]::new));
        assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(reply).variableNameIn(TaskLabels.CARD_VARIABLES.toArray(String[]::new))
            .count()).as("history of the task's card copies").isZero();
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(started.processInstanceId())
            .variableNameIn(TaskLabels.CARD_VARIABLES.toArray(String[]::new)).list()).as("the instance's own card variables")
            .hasSize(TaskLabels.CARD_VARIABLES.size()).allSatisfy(v -> assertThat(v.getTaskId()).isNull());
        assertThat(tasks.getVariablesLocal(reply)).as("what the task's form shows")
            .containsKeys(ClientVariables.BRIEFING, ClientVariables.GUIDANCE, ClientVariables.WHY, EmailPreview.VARIABLE);
        assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(reply).variableNameIn(TaskGuidance.RENDERINGS.toArray(String[]::new))
            .count()).as("history of the form's renderings of what the ledgers keep").isZero();
        assertThat(history.createHistoricVariableInstanceQuery().taskIdIn(reply).variableName(ClientVariables.WHY).singleResult().getValue())
            .as("the rows that decided the task's guidance keep their history").asString().contains("etiquette");
    }

    @Test
    void theLedgersRowsGetIdsThatSortByTheMomentTheyWereMade() {
        InquiryService.Started first = inquiries.start(NewInquiry.from(
            JourneyFixture.startVariables("JP", "ordered-1@example.com"), UnaryOperator.identity(), Instant.now()));
        InquiryService.Started second = inquiries.start(NewInquiry.from(
            JourneyFixture.startVariables("KR", "ordered-2@example.com"), UnaryOperator.identity(), Instant.now()));

        assertThat(java.util.List.of(first.id(), first.clientId(), second.id(), second.clientId()))
            .as("UUIDs of version 7 (io.meridian.ids.Ids): new rows go to the end of each primary-key tree")
            .allSatisfy(id -> assertThat(java.util.UUID.fromString(id).version()).isEqualTo(7));
        assertThat(second.id()).as("the later inquiry's id sorts after the earlier's").isGreaterThan(first.id());
        assertThat(second.clientId()).isGreaterThan(first.clientId());
    }

    @Test
    void anInquiryWithAnExternalRefLooksItUpOnce() {
        Map<String, Object> variables = new java.util.HashMap<>(JourneyFixture.startVariables("DE", "writes-ref@example.com"));
        variables.put(Var.EXTERNAL_REF, "WRITES-" + java.util.UUID.randomUUID());
        sql.reset();
        InquiryService.Started started = inquiries.start(NewInquiry.from(variables, UnaryOperator.identity(), Instant.now()));
        Map<String, Long> counts = sql.snapshot();
        assertThat(started.created()).isTrue();
        assertThat(counts).as("the API's look-up before the start; none by the registering step, which the unique index backs")
            .containsEntry("select INQUIRY", 1L);
    }
}
