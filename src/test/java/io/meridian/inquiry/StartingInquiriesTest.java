package io.meridian.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;

import io.meridian.calendar.ContactWindow;
import io.meridian.calendar.WindowKind;
import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/** The validated request, handed to the first step of the instance being started on this thread, and to no other. */
@RunsBeside
class StartingInquiriesTest {

    private final StartingInquiries starting = new StartingInquiries();
    private final NewInquiry inquiry = NewInquiry.from(JourneyFixture.startVariables("JP", "hand-off@example.com"),
        UnaryOperator.identity(), Instant.now());
    private final NewInquiry other = NewInquiry.from(JourneyFixture.startVariables("DE", "hand-off-2@example.com"),
        UnaryOperator.identity(), Instant.now());

    /** What the first step of each instance would find, asked while a start runs. */
    private record Seen(Optional<NewInquiry> own, Optional<NewInquiry> otherKey, Optional<NewInquiry> otherThread) {
    }

    @Test
    void onlyTheStartingInstanceOnThisThreadFindsTheRequest() throws Exception {
        assertThat(starting.of("a")).isEmpty();
        assertThat(starting.of(null)).as("an instance without a business key").isEmpty();
        Seen seen = starting.start("a", inquiry, () -> new Seen(starting.of("a"), starting.of("b"), onAnotherThread("a"))).value();
        assertThat(seen.own()).containsSame(inquiry);
        assertThat(seen.otherKey()).as("another instance's first step").isEmpty();
        assertThat(seen.otherThread()).as("another thread").isEmpty();
        assertThat(starting.of("a")).as("after the start").isEmpty();
    }

    @Test
    void aStartWithinAStartHandsOnItsOwnRequestAndGivesTheOuterOneBack() {
        Seen[] inner = new Seen[1];
        Optional<NewInquiry> outerAfterInner = starting.start("outer", inquiry, () -> {
            inner[0] = starting.start("inner", other, () -> new Seen(starting.of("inner"), starting.of("outer"), Optional.empty())).value();
            return starting.of("outer");
        }).value();
        assertThat(inner[0].own()).containsSame(other);
        assertThat(inner[0].otherKey()).as("the outer start, inside the inner one").isEmpty();
        assertThat(outerAfterInner).as("the outer start, after the inner one").containsSame(inquiry);
        assertThat(starting.of("outer")).isEmpty();
    }

    private Optional<NewInquiry> onAnotherThread(String businessKey) {
        AtomicReference<Optional<NewInquiry>> found = new AtomicReference<>();
        Thread thread = new Thread(() -> found.set(starting.of(businessKey)));
        thread.start();
        try {
            thread.join();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        return found.get();
    }

    @Test
    void theEtiquetteStepHandsItsDecisionBackToItsOwnStartOnly() {
        ContactWindow window = new ContactWindow(Instant.parse("2027-01-12T00:00:00Z"), Instant.parse("2027-01-12T02:00:00Z"),
            WindowKind.CALL, false, null, null, null, null, null);
        boolean[] handed = new boolean[3];
        StartingInquiries.Outcome<String> outcome = starting.start("a", inquiry, () -> {
            handed[0] = starting.decided("b", "{\"country\":\"DE\"}", null);
            handed[1] = starting.decided("a", "{\"country\":\"JP\"}", window);
            return "started";
        });
        handed[2] = starting.decided("a", "{}", null);
        assertThat(outcome.value()).isEqualTo("started");
        assertThat(handed).as("another instance's step, its own step, after the start").containsExactly(false, true, false);
        assertThat(outcome.decided()).contains(new StartingInquiries.Decided("{\"country\":\"JP\"}", window));
        assertThat(starting.start("c", inquiry, () -> "no etiquette step").decided()).as("a start whose step did not run").isEmpty();
    }

    @Test
    void aFailedStartLeavesNothingBehind() {
        assertThatThrownBy(() -> starting.start("failing", inquiry, () -> {
            throw new IllegalArgumentException("refused");
        })).hasMessage("refused");
        assertThat(starting.of("failing")).isEmpty();
    }
}
