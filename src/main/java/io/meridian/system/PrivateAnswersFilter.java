package io.meridian.system;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The answers of {@code /api}, {@code /engine-rest} and the webapps' API ({@code /camunda/api}, where Tasklist reads tasks,
 * forms and variables) carry clients' names, email addresses, prices and the team's
 * notes: no browser or proxy keeps a copy ({@code Cache-Control: no-store}; engine-rest said {@code no-cache}, which
 * lets a copy be stored), a browser takes the content type as given ({@code nosniff}) and no other site frames them,
 * Swagger UI included ({@code X-Frame-Options: DENY}). Set before the answer is written, so every answer has them,
 * refusals and errors too.
 */
class PrivateAnswersFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        chain.doFilter(request, new NoStoreKept(response));
    }

    /** Keeps {@code no-store} where engine-rest or a handler would weaken it to {@code no-cache} or a max-age. */
    private static final class NoStoreKept extends HttpServletResponseWrapper {
        NoStoreKept(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.setHeader(name, value);
            }
        }

        @Override
        public void addHeader(String name, String value) {
            if (!"Cache-Control".equalsIgnoreCase(name)) {
                super.addHeader(name, value);
            }
        }
    }
}
