package io.meridian.inquiry;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Hands the request that {@code POST /api/inquiries} validated to the journey's first step in memory:
 * "Register inquiry" runs in the start's own command, on the starting thread (nothing waits before it),
 * so it finds the request here by the start's business key. As a transient object variable the request
 * was written as JSON twice per start (when set, and when the command closed, to look for changes):
 * 3.5 % of an inquiry's CPU (README "Benchmarks", issue 16). A start without a request here (engine-rest,
 * Cockpit) is read from its variables, as before.
 */
@Component
class StartingInquiries {

    private record Starting(String businessKey, NewInquiry inquiry) {
    }

    private final ThreadLocal<Starting> starting = new ThreadLocal<>();

    /** Runs {@code start} with {@code inquiry} handed to the first step of the instance with {@code businessKey}. */
    <T> T start(String businessKey, NewInquiry inquiry, Supplier<T> start) {
        Starting outer = starting.get();
        starting.set(new Starting(businessKey, inquiry));
        try {
            return start.get();
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
        Starting now = starting.get();
        return now != null && now.businessKey().equals(businessKey) ? Optional.of(now.inquiry()) : Optional.empty();
    }
}
