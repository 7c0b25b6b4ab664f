package io.meridian.inquiry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;
import java.util.function.UnaryOperator;

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

    @Test
    void onlyTheStartingInstanceOnThisThreadFindsTheRequest() throws Exception {
        assertThat(starting.of("a")).isEmpty();
        Optional<NewInquiry> found = starting.start("a", inquiry, () -> {
            assertThat(starting.of("b")).as("another instance's first step").isEmpty();
            Optional<NewInquiry>[] elsewhere = new Optional[1];
            Thread thread = new Thread(() -> elsewhere[0] = starting.of("a"));
            thread.start();
            try {
                thread.join();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            assertThat(elsewhere[0]).as("another thread").isEmpty();
            return starting.of("a");
        });
        assertThat(found).containsSame(inquiry);
        assertThat(starting.of("a")).as("after the start").isEmpty();
    }

    @Test
    void aStartWithinAStartHandsOnItsOwnRequestAndGivesTheOuterOneBack() {
        starting.start("outer", inquiry, () -> {
            starting.start("inner", other, () -> {
                assertThat(starting.of("inner")).containsSame(other);
                assertThat(starting.of("outer")).isEmpty();
                return null;
            });
            assertThat(starting.of("outer")).containsSame(inquiry);
            return null;
        });
        assertThat(starting.of("outer")).isEmpty();
    }

    @Test
    void aFailedStartLeavesNothingBehind() {
        assertThatThrownBy(() -> starting.start("failing", inquiry, () -> {
            throw new IllegalArgumentException("refused");
        })).hasMessage("refused");
        assertThat(starting.of("failing")).isEmpty();
    }
}
