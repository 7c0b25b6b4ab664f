package io.meridian.inquiry;

import java.util.Optional;
import java.util.function.Supplier;

import io.meridian.calendar.ContactWindow;
import org.springframework.stereotype.Component;

/**
 * Hands the request that {@code POST /api/inquiries} validated to the journey's first step in memory,
 * and what the etiquette step decided back to the start's answer: both steps run in the start's own
 * command, on the starting thread (nothing waits before them), so they find the start here by its
 * business key. As a transient object variable the request was written as JSON twice per start (when
 * set, and when the command closed, to look for changes): 3.5 % of an inquiry's CPU; the answer's
 * etiquette and contact window were written as JSON variables and parsed again for the answer, 2 %
 * more (README "Benchmarks", issue 16). A start without a request here (engine-rest, Cockpit) is read
 * from its variables and keeps its answer in them, as before.
 */
@Component
class StartingInquiries {

    /** What the etiquette step decided, for the start's answer: the decision as JSON, the client's next call window (null: none). */
    record Decided(String etiquette, ContactWindow nextContactWindow) {
    }

    /** What the start returned, and what its etiquette step handed back (empty: the step did not run in the start). */
    record Outcome<T>(T value, Optional<Decided> decided) {
    }

    private static final class Starting {
        private final String businessKey;
        private final NewInquiry inquiry;
        private Decided decided;

        private Starting(String businessKey, NewInquiry inquiry) {
            this.businessKey = businessKey;
            this.inquiry = inquiry;
        }
    }

    private final ThreadLocal<Starting> starting = new ThreadLocal<>();

    /** Runs {@code start} with {@code inquiry} handed to the first step of the instance with {@code businessKey}. */
    <T> Outcome<T> start(String businessKey, NewInquiry inquiry, Supplier<T> start) {
        Starting outer = starting.get();
        Starting now = new Starting(businessKey, inquiry);
        starting.set(now);
        try {
            T value = start.get();
            return new Outcome<>(value, Optional.ofNullable(now.decided));
        } finally {
            if (outer == null) {
                starting.remove();
            } else {
                starting.set(outer);
            }
        }
    }

    /** The validated request of the instance with {@code businessKey} (null: none) this thread is starting, if it is one. */
    Optional<NewInquiry> of(String businessKey) {
        return starting(businessKey).map(s -> s.inquiry);
    }

    /**
     * Hands the etiquette step's decision to the start of the instance with {@code businessKey}; false when
     * this thread is not starting it over the API (the instance keeps it in its variables instead).
     */
    boolean decided(String businessKey, String etiquette, ContactWindow nextContactWindow) {
        Optional<Starting> now = starting(businessKey);
        now.ifPresent(s -> s.decided = new Decided(etiquette, nextContactWindow));
        return now.isPresent();
    }

    private Optional<Starting> starting(String businessKey) {
        Starting now = starting.get();
        return now != null && now.businessKey.equals(businessKey) ? Optional.of(now) : Optional.empty();
    }
}
