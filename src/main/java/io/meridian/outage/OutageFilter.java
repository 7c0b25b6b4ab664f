package io.meridian.outage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first filter of every request: a failure that comes out of the rest of the chain because the database is out of
 * reach (the sign-in reads the user, a controller its records) is answered 503 with {@code Retry-After} and logged in
 * one line, instead of Tomcat's 500 and a stack trace per request. {@code /api} and the rest of the server get problem
 * details; engine-rest and the webapps' engine API (Tasklist) Camunda's error shape, whose {@code message} Tasklist
 * shows. Any other failure passes on as before. Once a request waited out the pool's timeout, the requests that need
 * the database ({@code /api}, engine-rest, the webapps' engine API) are answered so at once until it answers again
 * ({@link OutageWatch}); pages and scripts, the health check, and a request to {@code /api} or engine-rest without
 * credentials (its sign-in answers 401 without the database) go on as before.
 */
class OutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OutageFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NEED_THE_DATABASE = List.of("/api/", "/engine-rest/", "/camunda/api/");

    private final OutageWatch watch;

    OutageFilter(OutageWatch watch) {
        this.watch = watch;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        if (watch.known() && needsTheDatabase(request) && !withoutCredentials(request)) {
            watch.answeredAtOnce();
            answer(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseOutage.in(failure) || response.isCommitted()) {
                throw failure;
            }
            seen(failure);
            // the failure goes to the log as one line, once a minute for all such requests (OutageLogFilter)
            log.warn("Answered 503 to {} {}: the database cannot be reached", request.getMethod(), request.getRequestURI(), failure);
            answer(request, response);
            return;
        }
        if (request.getAttribute(DatabaseOutage.ANSWERED) instanceof Throwable failure) {
            seen(failure);
        }
    }

    /**
     * The outage is known once a request waited the pool's whole timeout for a connection: a connection a restart of
     * PostgreSQL ended fails at once, and the requests after it wait for a new one rather than being answered 503.
     */
    private void seen(Throwable failure) {
        if (DatabaseOutage.waitedOut(failure)) {
            watch.seen();
        }
    }

    /**
     * A request to {@code /api} or engine-rest without an {@code Authorization} header: its sign-in answers 401 without
     * reading the database, and a 503 would have the caller send again a request that cannot succeed.
     */
    private static boolean withoutCredentials(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getHeader("Authorization") == null && (path.startsWith("/api/") || path.startsWith("/engine-rest/"));
    }

    private static boolean needsTheDatabase(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return NEED_THE_DATABASE.stream().anyMatch(path::startsWith);
    }

    private static void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Map<String, Object> body = new LinkedHashMap<>();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")) {
            response.setContentType("application/json");
            body.put("type", "DatabaseUnavailable");
            body.put("message", DatabaseOutage.MESSAGE);
            body.put("code", null);
        } else {
            response.setContentType("application/problem+json");
            body.put("type", "about:blank");
            body.put("title", "Service Unavailable");
            body.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            body.put("detail", DatabaseOutage.MESSAGE);
            body.put("instance", path);
        }
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
