package io.meridian.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.system.CachedBodyRequest;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on every POST that changes a journey, order or complaint. The request runs
 * in one transaction with the storing of its answer: a 2xx and its stored answer commit together or
 * not at all. A repeat (same caller, same key) gets the stored answer again with
 * {@code Idempotency-Replayed: true} and changes nothing; a repeat racing the first waits for the
 * first's answer instead of getting a 409; the same key with another request is a 422. Answers
 * other than 2xx are not stored: the request changed nothing, so sending it again is safe.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = IdempotentRequests.KEY;
    static final String REPLAYED = IdempotentRequests.REPLAYED;
    private static final String LOCATION = "Location";
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final int MAX_STORED_BODY = 100_000;
    private static final ObjectMapper JSON = new ObjectMapper();

    private enum Outcome { STORED, LOST_RACE, NOT_STORED }

    private final IdempotencyKeys keys;
    private final TransactionTemplate transactions;
    private final IdentityService identity;
    private final IdempotencySettings settings;

    IdempotencyFilter(IdempotencyKeys keys, TransactionTemplate transactions, IdentityService identity, IdempotencySettings settings) {
        this.keys = keys;
        this.transactions = transactions;
        this.identity = identity;
        this.settings = settings;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return request.getHeader(HEADER) == null || !IdempotentRequests.takesKey(request.getMethod(), path);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        String key = request.getHeader(HEADER).trim();
        if (!IdempotentRequests.validKey(key)) {
            // named in errors as a body's field is, so a client that reads errors finds the header it got wrong
            String message = HEADER + " must be 1 to 200 visible ASCII characters";
            problem(response, request, 400, "Invalid request", message, List.of(Map.of("field", HEADER, "message", message)));
            return;
        }
        Authentication caller = identity.getCurrentAuthentication();
        if (caller == null) {
            chain.doFilter(request, response);
            return;
        }
        String user = caller.getUserId();
        byte[] body = request.getInputStream().readAllBytes();
        String path = request.getRequestURI();
        String fingerprint = fingerprint(request.getMethod(), path, body);
        Optional<IdempotencyKeys.Stored> first = keys.find(user, key);
        if (first.isPresent()) {
            replay(response, request, first.get(), fingerprint);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        Outcome outcome;
        try {
            outcome = transactions.execute(tx -> {
                try {
                    chain.doFilter(new CachedBodyRequest(request, body), answer);
                } catch (IOException | ServletException e) {
                    throw new ChainFailure(e);
                }
                if (answer.getStatus() < 200 || answer.getStatus() >= 300) {
                    tx.setRollbackOnly();
                    return Outcome.NOT_STORED;
                }
                String text = new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8);
                if (text.length() > MAX_STORED_BODY) {
                    log.warn("Answer to {} with {} too long to keep for repeats ({} characters)", path, HEADER, text.length());
                    return Outcome.NOT_STORED;
                }
                try {
                    keys.store(user, key, new IdempotencyKeys.Stored(fingerprint, request.getMethod(), path, answer.getStatus(),
                        answer.getContentType(), text, answer.getHeader(LOCATION)));
                    return Outcome.STORED;
                } catch (DataAccessException e) {
                    tx.setRollbackOnly();
                    return Outcome.LOST_RACE;
                }
            });
        } catch (ChainFailure e) {
            if (e.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw (IOException) e.getCause();
        } catch (TransactionException e) {
            log.info("Request with {} {} did not commit: {}", HEADER, key, e.getMessage());
            outcome = Outcome.LOST_RACE;
        }
        if (outcome == Outcome.LOST_RACE || (outcome == Outcome.NOT_STORED && (answer.getStatus() == 409 || answer.getStatus() >= 500))) {
            // the same key may be answering in another request right now: its answer is this one's
            Optional<IdempotencyKeys.Stored> winner = awaitFirst(user, key);
            if (winner.isPresent()) {
                response.reset();
                replay(response, request, winner.get(), fingerprint);
                return;
            }
            if (outcome == Outcome.LOST_RACE) {
                response.reset();
                problem(response, request, 409, "Conflict with the current state",
                    "another request changed this record at the same time; send it again");
                return;
            }
        }
        answer.copyBodyToResponse();
    }

    private Optional<IdempotencyKeys.Stored> awaitFirst(String user, String key) {
        long end = System.nanoTime() + settings.waitForFirst().toNanos();
        Duration pause = Duration.ofMillis(20);
        while (true) {
            Optional<IdempotencyKeys.Stored> stored = keys.find(user, key);
            if (stored.isPresent() || System.nanoTime() > end) {
                return stored;
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            pause = pause.multipliedBy(2).compareTo(Duration.ofMillis(500)) > 0 ? Duration.ofMillis(500) : pause.multipliedBy(2);
        }
    }

    private static void replay(HttpServletResponse response, HttpServletRequest request, IdempotencyKeys.Stored first, String fingerprint)
        throws IOException {
        if (!first.fingerprint().equals(fingerprint)) {
            // named in errors as the malformed key is, so a client that reads errors finds the header to change
            String message = HEADER + " was used for another request (" + first.method() + " " + first.path()
                + " with another body); use a new key";
            problem(response, request, 422, "Idempotency-Key reused", message, List.of(Map.of("field", HEADER, "message", message)));
            return;
        }
        response.setStatus(first.status());
        response.setHeader(REPLAYED, "true");
        if (first.location() != null) {
            response.setHeader(LOCATION, first.location());
        }
        // the first answer's type as it was (application/json is UTF-8 without a charset parameter: RFC 8259)
        if (first.contentType() != null) {
            response.setContentType(first.contentType());
        }
        if (first.body() != null) {
            response.getOutputStream().write(first.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A problem as the API's other answers give it, with the request's path as its {@code instance}. */
    private static void problem(HttpServletResponse response, HttpServletRequest request, int status, String title, String detail)
        throws IOException {
        problem(response, request, status, title, detail, null);
    }

    private static void problem(HttpServletResponse response, HttpServletRequest request, int status, String title, String detail,
                                List<Map<String, String>> errors) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>(Map.of("type", "about:blank", "title", title, "status", status,
            "detail", detail, "instance", request.getRequestURI()));
        if (errors != null) {
            problem.put("errors", errors);
        }
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    private static String fingerprint(String method, String path, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A checked failure of the filter chain carried out of the transaction callback. */
    private static final class ChainFailure extends RuntimeException {
        ChainFailure(Exception cause) {
            super(cause);
        }
    }
}
