package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.meridian.outbox.Outbox;
import io.meridian.system.OnPostgres;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The escalation sweep on PostgreSQL, the production database: its one query over Camunda's
 * tables, and once per level where it differs most from H2: a duplicate key there aborts the
 * whole transaction, which must then roll back cleanly and leave the level to the retry.
 */
class EscalationSweepOnPostgresTest extends OnPostgres {

    static final Duration DAY = Duration.ofHours(24);

    @Autowired
    ProcessEngine engine;
    @Autowired
    EscalationSweep sweep;
    @Autowired
    TaskEscalations ledger;
    @Autowired
    Outbox outbox;
    @Autowired
    ApplicationContext context;

    EscalationProbe probe;

    @BeforeEach
    void init() {
        probe = new EscalationProbe(engine);
    }

    @AfterEach
    void cleanUp() {
        probe.cleanUp();
    }

    @Test
    void shouldClimbEachLevelOnceWithTheJob() {
        String keyAccount = probe.startTask(Map.of("tier", "A"), DAY);
        String regular = probe.startTask(Map.of("tier", "B", "severity", "LOW"), DAY);

        probe.sweepAt(Duration.ofHours(20));
        assertThat(ledger.levels(keyAccount)).containsExactly(1, 2);
        assertThat(ledger.levels(regular)).containsExactly(1);

        probe.sweepAt(Duration.ofHours(40));
        probe.sweepAt(Duration.ofHours(40));

        assertThat(ledger.levels(keyAccount)).containsExactly(1, 2, 3);
        assertThat(ledger.levels(regular)).containsExactly(1, 2, 3);
        assertThat(probe.comments(keyAccount)).hasSize(2);
        assertThat(probe.candidateGroups(regular)).containsExactlyInAnyOrder("sales", "managers");
        assertThat(engine.getTaskService().getVariableLocal(regular, EscalationActions.LEVEL)).isEqualTo(3);
        assertThat(outbox.about(regular)).hasSize(4);
    }

    @Test
    void shouldApplyEachTaskOnItsOwnWhenARunDecidedOnAStalePicture() {
        String first = probe.startTask(Map.of(), DAY);
        String second = probe.startTask(Map.of(), DAY);
        Instant now = EscalationProbe.T0.plus(Duration.ofHours(40));
        List<DueEscalation> seenByNodeOne = mine(sweep.check(now), first, second);
        List<DueEscalation> seenByNodeTwo = mine(sweep.check(now), first, second);

        try (SecondNode nodeTwo = new SecondNode(context)) {
            assertThat(sweep.apply(engine, seenByNodeOne.stream().filter(e -> e.task().id().equals(first)).toList(), now)).isEqualTo(1);

            // node two's picture is stale for the first task only: that task is skipped, the second escalated
            assertThat(sweep.apply(nodeTwo.engine(), seenByNodeTwo, now)).isEqualTo(1);
        }
        assertThat(ledger.levels(second)).containsExactly(1, 2, 3);
        assertThat(probe.comments(second)).hasSize(1);
        assertThat(ledger.levels(first)).containsExactly(1, 2, 3);
        assertThat(probe.comments(first)).as("not twice").hasSize(1);
        assertThat(outbox.about(first)).as("sam reminded, each manager notified once, not twice").hasSize(3);
    }

    private static List<DueEscalation> mine(EscalationSweep.Check check, String... tasks) {
        List<String> ids = List.of(tasks);
        return check.due().stream().filter(e -> ids.contains(e.task().id())).toList();
    }
}
