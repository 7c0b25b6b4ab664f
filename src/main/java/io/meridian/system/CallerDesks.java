package io.meridian.system;

import java.util.List;
import java.util.Optional;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The desk groups an {@code /api} caller is limited to in this request: present when {@link GroupCheckInterceptor}
 * let the caller in through {@link OpenToDesks} only (a member of a desk, in none of the endpoint's own groups),
 * empty for everyone else and outside a request.
 */
public final class CallerDesks {

    static final String ATTRIBUTE = CallerDesks.class.getName();

    private CallerDesks() {
    }

    /** The caller's desk groups when the caller may touch those desks' clients only; empty: no such limit. */
    @SuppressWarnings("unchecked")
    public static Optional<List<String>> groups() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return Optional.empty();
        }
        return Optional.ofNullable((List<String>) request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST));
    }
}
