package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.meridian.rules.CompiledTable;
import io.meridian.rules.DecisionPreview;
import io.meridian.rules.DecisionTableCompiler;
import io.meridian.rules.PreviewSource;
import io.meridian.rules.RuleBook;
import io.meridian.rules.RuleBookFixture;
import io.meridian.rules.Workbooks;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * Escalation's what-if: each task kind's ladder (pace, and per level the share it comes at and what
 * it does) in force against a candidate, and the open tasks whose level now would differ.
 */
@RunsBeside
class EscalationPreviewTest {

    private final RuleBook book = RuleBookFixture.shippedTables();
    private final EscalationDecisionService decisions = new EscalationDecisionService(book);
    private final EscalationScenarios runner = new EscalationScenarios(decisions, new TableNames(java.util.TreeSet::new, java.util.TreeSet::new));

    @Test
    void aLadderSaysAtWhatShareEachLevelComesAndWhatItDoes() {
        CompiledTable shipped = book.active(EscalationDecisionService.TABLE);

        assertThat(runner.preview(shipped, given("replyToInquiry", "B", "NORMAL")))
            .containsEntry("pace", "NORMAL")
            .containsEntry("ladder", "1 at 80 %: REMIND assignee; 2 at 100 %: ESCALATE managers; 3 at 150 %: NOTIFY managers");
        assertThat(runner.preview(shipped, given("replyToInquiry", "A", "NORMAL")))
            .containsEntry("pace", "FAST")
            .containsEntry("ladder", "1 at 50 %: REMIND assignee; 2 at 80 %: ESCALATE managers; 3 at 100 %: NOTIFY managers");
        assertThat(runner.preview(shipped, given("updateProductionProgress", "C", "LOW")))
            .containsEntry("ladder", "1 at 100 %: REMIND assignee; 2 at 200 %: ESCALATE managers");
    }

    /** An analyst sees in the ladder when a group's notice would reach nobody in it, as none of its members has an address. */
    @Test
    void aLadderSaysWhenNobodyInTheNotifiedGroupHasAnAddress() {
        java.util.List<String> asked = new java.util.ArrayList<>();
        EscalationScenarios silentManagers = new EscalationScenarios(decisions, new TableNames(java.util.TreeSet::new, java.util.TreeSet::new,
            group -> {
                asked.add(group);
                return !group.equals("managers");
            }));
        CompiledTable shipped = book.active(EscalationDecisionService.TABLE);

        assertThat(silentManagers.preview(shipped, given("replyToInquiry", "B", "NORMAL"))).containsEntry("ladder",
            "1 at 80 %: REMIND assignee; 2 at 100 %: ESCALATE managers;"
                + " 3 at 150 %: NOTIFY managers (nobody there has an email address: the administrators get it)");
        silentManagers.preview(shipped, given("replyToInquiry", "A", "NORMAL"));
        assertThat(asked).as("a group's reach read once for the what-if's many ladders").containsExactly("managers");
    }

    @Test
    void anEarlierReminderChangesTheLaddersOfTheNormalPaceAndTheOpenTasksPastItsShare() throws Exception {
        CompiledTable shipped = book.active(EscalationDecisionService.TABLE);
        byte[] earlier = Workbooks.edit(EscalationScenariosTest.shipped(), "Steps!C10", "0.5");
        CompiledTable candidate = new DecisionTableCompiler().compile(EscalationDecisionService.TABLE, earlier, 0);
        PreviewSource.RunningWork pastHalf = task("t1", "replyToInquiry", "B", "NORMAL", 0.6);
        PreviewSource.RunningWork early = task("t2", "replyToInquiry", "B", "NORMAL", 0.3);
        PreviewSource.RunningWork keyAccount = task("t3", "replyToInquiry", "A", "NORMAL", 0.6);
        EscalationPreviewSource source = new EscalationPreviewSource(null, null, null, null) {
            @Override
            public List<RunningWork> running() {
                return List.of(pastHalf, early, keyAccount);
            }
        };

        DecisionPreview.Preview preview = new DecisionPreview(List.of(source), List.of(runner)).preview(shipped, candidate);

        // the 6 task kinds the Pace sheet names and any other task, each tier and severity
        assertThat(preview.compared()).isEqualTo(7 * 3 * 4);
        assertThat(preview.changed()).extracting(DecisionPreview.ChangedDecision::label)
            .contains("any other task, tier B, NORMAL", "any other task, tier C, LOW", "fixRootCause, tier B, LOW")
            .doesNotContain("any other task, tier A, NORMAL", "acknowledgeComplaint, tier B, NORMAL", "diagnoseComplaint, tier B, CRITICAL",
                "updateProductionProgress, tier B, NORMAL");
        assertThat(preview.changed()).filteredOn(c -> c.label().equals("fixRootCause, tier B, LOW")).singleElement()
            .satisfies(c -> assertThat(c.fields()).singleElement().satisfies(f -> {
                assertThat(f.field()).isEqualTo("ladder");
                assertThat(f.before()).startsWith("1 at 80 %: REMIND assignee;");
                assertThat(f.after()).startsWith("1 at 50 %: REMIND assignee;");
            }));
        // every NORMAL ladder changes the same way: one row of the page names the 18 decisions
        assertThat(preview.sameChanges()).singleElement().satisfies(same -> {
            assertThat(same.labels()).hasSize(18).hasSameElementsAs(preview.changed().stream().map(DecisionPreview.ChangedDecision::label).toList());
            assertThat(same.fields()).extracting(DecisionPreview.FieldChange::field).containsExactly("ladder");
        });
        assertThat(preview.running()).isEqualTo(3);
        assertThat(preview.affected()).isEqualTo(1);
        assertThat(preview.dueTimes()).isEqualTo(1);
        assertThat(preview.examples()).singleElement().satisfies(w -> {
            assertThat(w.id()).isEqualTo("t1");
            assertThat(w.fields()).contains("level", "actions");
        });
        assertThat(preview.words().running()).isEqualTo("open tasks with a due time");
    }

    @Test
    void theSweepsShareIsTheTimeUsedOfTheTimeGiven() {
        java.time.Instant created = java.time.Instant.parse("2026-12-01T08:00:00Z");
        java.time.Instant due = created.plus(java.time.Duration.ofHours(10));

        assertThat(ShareClock.ELAPSED.share(created, due, created.plus(java.time.Duration.ofHours(6)))).isEqualTo(0.6);
        assertThat(ShareClock.ELAPSED.share(created, created, created.plusSeconds(30))).as("no time given: against one minute").isEqualTo(0.5);
        assertThat(ShareClock.ELAPSED.share(created, due, created.minusSeconds(1))).isZero();
    }

    private static Map<String, String> given(String kind, String tier, String severity) {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("taskKind", kind);
        given.put("tier", tier);
        given.put("severity", severity);
        return given;
    }

    private static PreviewSource.RunningWork task(String id, String kind, String tier, String severity, double share) {
        Map<String, String> given = given(kind, tier, severity);
        given.put("elapsedShare", String.valueOf(share));
        return new PreviewSource.RunningWork("Reply to inquiry", id, "Client " + id, given, 1);
    }
}
