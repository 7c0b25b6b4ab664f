package io.meridian.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.meridian.outbox.Outbox;
import io.meridian.outbox.OutboxMessage;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link FixEmailOut} runs a confirmation on the engine's clock at the fix email's sending time, and puts the clock back. */
class FixEmailOutTest {

    private final Outbox outbox = mock(Outbox.class);

    @AfterEach
    void realClock() {
        ClockUtil.reset();
    }

    @Test
    void shouldConfirmWhenTheFixEmailGoesOutAndPutTheClockBack() throws Exception {
        Instant monday = Instant.now().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MILLIS);
        List<OutboxMessage> emails = List.of(email("COMPLAINT_ACKNOWLEDGED", Instant.now()), email("COMPLAINT_ROOT_CAUSE_FIX", monday));
        when(outbox.about("c-1")).thenReturn(emails);

        Instant confirmedAt = FixEmailOut.whenSent(outbox, "c-1", () -> ClockUtil.now().toInstant());

        assertThat(confirmedAt).isEqualTo(monday);
        assertThat(ClockUtil.now().toInstant()).as("the real clock again").isBefore(monday.minus(Duration.ofDays(2)));
    }

    @Test
    void shouldLeaveTheClockAsItIsForAFixEmailAlreadyOut() throws Exception {
        Instant sent = Instant.now().minus(Duration.ofHours(1));
        List<OutboxMessage> emails = List.of(email("COMPLAINT_ROOT_CAUSE_FIX", sent));
        when(outbox.about("c-2")).thenReturn(emails);

        Instant confirmedAt = FixEmailOut.whenSent(outbox, "c-2", () -> ClockUtil.now().toInstant());

        assertThat(confirmedAt).isAfter(sent.plus(Duration.ofMinutes(59)));
    }

    @Test
    void shouldNameTheComplaintWithoutAFixEmail() {
        List<OutboxMessage> emails = List.of(email("COMPLAINT_ACKNOWLEDGED", Instant.now()));
        when(outbox.about("c-3")).thenReturn(emails);

        assertThatThrownBy(() -> FixEmailOut.at(outbox, "c-3")).hasMessage("no fix email about complaint c-3");
    }

    private static OutboxMessage email(String kind, Instant goesOut) {
        OutboxMessage email = mock(OutboxMessage.class, RETURNS_DEEP_STUBS);
        when(email.content().messageKind()).thenReturn(kind);
        when(email.delivery().nextAttemptAt()).thenReturn(goesOut);
        return email;
    }
}
