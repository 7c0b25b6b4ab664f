package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How the sweep reads the tasks it checks: each task's tier and severity through its own process
 * instance's variables, whatever the number of open journeys.
 */
@MeridianTest
class DueTasksTest {

    private static final int JOURNEYS = 120;
    private static final Pattern JOIN_SCAN = Pattern.compile("ACT_RU_VARIABLE\" \"(TIER|SEVERITY)\"(.*?)scanCount: (\\d+)",
        Pattern.DOTALL);

    @Autowired
    ProcessEngine engine;
    @Autowired
    DueTasks dueTasks;
    @Autowired
    JdbcClient jdbc;

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
    void shouldReadATasksVariablesThroughItsOwnProcessInstanceOnly() {
        List<String> tasks = new ArrayList<>();
        for (int i = 0; i < JOURNEYS; i++) {
            tasks.add(probe.startTask(Map.of("tier", i % 2 == 0 ? "A" : "C", "severity", "HIGH", "note", "n" + i),
                Duration.ofHours(24)));
        }
        String plan = jdbc.sql("explain analyze " + DueTasks.TASKS_BY_ID.replace("{prefix}", "")
            .replace(":ids", "'" + tasks.get(7) + "'")).query(String.class).single();

        Matcher scans = JOIN_SCAN.matcher(plan);
        List<Integer> counts = new ArrayList<>();
        while (scans.find()) {
            counts.add(Integer.parseInt(scans.group(3)));
        }
        assertThat(counts).as("index entries read for the tier and the severity of one task:%n%s", plan)
            .hasSize(2).allSatisfy(count -> assertThat(count).isLessThan(10));

        List<OpenTask> read = dueTasks.toCheck(EscalationProbe.T0.plusSeconds(60), "no such version").stream()
            .filter(t -> tasks.contains(t.id())).toList();
        assertThat(read).hasSize(JOURNEYS);
        assertThat(read).filteredOn(t -> t.id().equals(tasks.get(7))).singleElement()
            .satisfies(t -> assertThat(t.tier()).isEqualTo("C"))
            .satisfies(t -> assertThat(t.severity()).isEqualTo("HIGH"));
    }
}
