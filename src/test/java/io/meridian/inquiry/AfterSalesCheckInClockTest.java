package io.meridian.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.meridian.calendar.AnnouncedDays;
import io.meridian.calendar.ClientCalendar;
import io.meridian.calendar.Clocks;
import io.meridian.calendar.ObservanceCalendar;
import io.meridian.calendar.TeamCalendar;
import io.meridian.calendar.TeamSettings;
import io.meridian.inquiry.ClientJourney.Activity;
import io.meridian.moments.TeamMoments;
import io.meridian.outbox.Outbox;
import io.meridian.process.ClientClocks;
import io.meridian.process.ClientClosedDue;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;

/**
 * The after-sales check-in contacts the client: it is due within 72 hours of the delivery, in a window in which the
 * team can call the client (the team's working time on a business day of the client's), never at night; where that moves
 * it off the 72 hours, its briefing's "Due:" line says why.
 */
class AfterSalesCheckInClockTest {

    /** A Shanghai team, 08:00-22:00, Monday to Friday. */
    static final TeamCalendar SHANGHAI = new TeamCalendar(new TeamSettings(ZoneId.of("Asia/Shanghai"), LocalTime.of(8, 0),
        LocalTime.of(22, 0), Duration.ZERO, Duration.ZERO, "MONDAY-FRIDAY", "CN"), new ObservanceCalendar(), country -> AnnouncedDays.NONE);
    /** A Tokyo client, 09:00-18:00 (08:00-17:00 in Shanghai), Monday to Friday. */
    static final ClientCalendar TOKYO = new ClientCalendar(ZoneId.of("Asia/Tokyo"), EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
        LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of(), Set.of(), LocalDate.of(2027, 12, 31));

    final JourneyClocks clocks = new JourneyClocks(new Clocks(SHANGHAI), Mockito.mock(Outbox.class),
        Mockito.mock(InquiryLedger.class));
    final ClientClocks.Client client = new ClientClocks.Client(null, TOKYO, Optional.empty(), SHANGHAI);

    @Test
    void aCheckInAfterANightDeliveryIsDueAtTheEndOfTheClientsLastBusinessHoursWithinTheSeventyTwo() {
        // delivered Mon 7 Dec 2026 01:11 in Shanghai: 72 hours later is Thursday 01:11, night for both
        Instant due = due(Instant.parse("2026-12-06T17:11:00Z"));

        assertThat(TeamMoments.withZone(due, SHANGHAI.zone()) + " = " + TeamMoments.withZone(due, TOKYO.zone()))
            .isEqualTo("Wed 9 Dec 2026 17:00 (Asia/Shanghai) = Wed 9 Dec 2026 18:00 (Asia/Tokyo)");
        assertThat(ClientClosedDue.why(task).orElseThrow()).as("the briefing's \"Due:\" line says why").isEqualTo("earlier than the team's own rule gives"
            + " (Thu 10 Dec 2026 01:11, 02:11 in Tokyo): that is outside their business hours, so it is due when the call window of"
            + " Wed 9 Dec 2026 ends, the last one before then in which the team can call them");
    }

    @Test
    void aCheckInWhoseSeventyTwoHoursEndOnTheClientsWeekendIsDueOnTheirFriday() {
        // delivered Wed 9 Dec 2026 15:00 in Shanghai: 72 hours later is Saturday
        Instant due = due(Instant.parse("2026-12-09T07:00:00Z"));

        assertThat(TeamMoments.withZone(due, TOKYO.zone())).isEqualTo("Fri 11 Dec 2026 18:00 (Asia/Tokyo)");
        assertThat(ClientClosedDue.why(task).orElseThrow()).contains("(Sat 12 Dec 2026 15:00, 16:00 in Tokyo): that is a day they do not work, so it"
            + " is due when the call window of Fri 11 Dec 2026 ends");
    }

    @Test
    void aCheckInWhoseSeventyTwoHoursEndInTheClientsBusinessHoursIsDueThen() {
        // delivered Mon 7 Dec 2026 11:30 in Shanghai: Thursday 11:30 is inside both days
        Instant due = due(Instant.parse("2026-12-07T03:30:00Z"));

        assertThat(TeamMoments.withZone(due, SHANGHAI.zone())).isEqualTo("Thu 10 Dec 2026 11:30 (Asia/Shanghai)");
        assertThat(ClientClosedDue.why(task)).as("the rule's own time: nothing to explain").isEmpty();
    }

    /** The check-in task, holding the task-local variables its due time sets (the reason its "Due:" line gives). */
    private final DelegateTask task = checkIn();

    private Instant due(Instant delivered) {
        return clocks.due(task, delivered, client).orElseThrow();
    }

    private static DelegateTask checkIn() {
        DelegateTask task = mock(DelegateTask.class);
        Map<String, Object> local = new HashMap<>();
        when(task.getTaskDefinitionKey()).thenReturn(Activity.AFTER_SALES_CHECK_IN);
        doAnswer(call -> local.put(call.getArgument(0), call.getArgument(1) instanceof TypedValue v ? v.getValue() : call.getArgument(1)))
            .when(task).setVariableLocal(anyString(), any());
        when(task.getVariableLocal(anyString())).thenAnswer(call -> local.get(call.<String>getArgument(0)));
        return task;
    }
}
