package io.meridian.outage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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
 * shows. Any other failure passes on as before.
 */
class OutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(OutageFilter.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (!DatabaseOutage.in(failure) || response.isCommitted()) {
                throw failure;
            }
            log.warn("Answered 503 to {} {}: the database cannot be reached: {}", request.getMethod(), request.getRequestURI(),
                DatabaseOutage.oneLine(failure));
            answer(request, response);
        }
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
