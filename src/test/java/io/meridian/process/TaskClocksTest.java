package io.meridian.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import io.meridian.calendar.AnnouncedDays;
import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.TeamCalendar;
import io.meridian.calendar.TeamSettings;
import io.meridian.testsupport.RunsBeside;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/** A task no capability has a rule for (a quote follow-up, an objection): answered within 24 hours, in working time. */
@RunsBeside
class TaskClocksTest {

    /** A Shanghai team, 08:00-22:00, Monday to Friday. */
    private static final TeamCalendar SHANGHAI = new TeamCalendar(new TeamSettings(ZoneId.of("Asia/Shanghai"), LocalTime.of(8, 0),
        LocalTime.of(22, 0), Duration.ZERO, Duration.ZERO, "MONDAY-FRIDAY", "CN"), new ObservanceCalendar(), country -> AnnouncedDays.NONE);

    private final TaskClocks clocks = new TaskClocks(null, List.of());
    private final ClientClocks.Client client = new ClientClocks.Client(null, null, Optional.empty(), SHANGHAI);

    @Test
    void aTaskWithoutARuleIsDueInTwentyFourHoursWhileTheTeamWorks() {
        // made Tuesday 12 January 2027, 10:00 in Shanghai
        Instant tuesday = Instant.parse("2027-01-12T02:00:00Z");
        assertThat(clocks.due(mock(DelegateTask.class), tuesday, client)).isEqualTo(tuesday.plus(TaskClocks.ANSWER_WITHIN));
    }

    @Test
    void aTaskWithoutARuleMadeOnFridayIsDueWhenTheTeamsMondayEnds() {
        // made Friday 15 January 2027, 16:00 in Shanghai: not Saturday 16:00, but Monday 22:00 in Shanghai
        assertThat(clocks.due(mock(DelegateTask.class), Instant.parse("2027-01-15T08:00:00Z"), client))
            .isEqualTo(Instant.parse("2027-01-18T14:00:00Z"));
    }
}
