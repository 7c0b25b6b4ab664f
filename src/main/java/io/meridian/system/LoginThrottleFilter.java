package io.meridian.system;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with {@code Retry-After} while the calling address must wait before it may try the
 * named user again ({@link LoginThrottle}), before any password is checked: HTTP Basic of
 * {@code /api}, {@code /engine-rest} and {@code /actuator}, the webapps' login form and the workbench's (whose form it
 * sends back to, saying how long to wait: 303 to {@code /workbench/login?held=SECONDS}). Otherwise
 * it lets the request through with its address known to the {@link ThrottledIdentityProvider},
 * which counts how the password check ended.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    /** Camunda webapps' login: {@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}, form fields username and password. */
    static final Pattern WEBAPP_LOGIN = Pattern.compile(".*/api/admin/auth/user/[^/]+/login(/.*)?");
    /** The workbench's sign-in form: {@code POST /workbench/login}, form fields username and password (Spring Security). */
    static final String WORKBENCH_LOGIN = "/workbench/login";
    private static final int MAX_LOGIN_FORM = 16 * 1024;

    private final LoginThrottle throttle;
    private final ClientAddressResolver addresses;

    LoginThrottleFilter(LoginThrottle throttle, ClientAddressResolver addresses) {
        this.throttle = throttle;
        this.addresses = addresses;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        HttpServletRequest served = request;
        String user = basicUser(request.getHeader("Authorization"));
        if (user == null && "POST".equals(request.getMethod()) && isLoginForm(request)) {
            LoginForm form = LoginForm.read(request);
            served = form;
            user = form.parameter("username");
        }
        String address = addresses.resolve(request);
        if (user != null) {
            Optional<Duration> wait = throttle.waitFor(address, user);
            if (wait.isPresent()) {
                long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
                response.setHeader("Retry-After", Long.toString(seconds));
                if (WORKBENCH_LOGIN.equals(path(request))) {
                    // a person at the workbench's form: back to it, which says how long to wait
                    response.setStatus(303);
                    response.setHeader("Location", request.getContextPath() + WORKBENCH_LOGIN + "?held=" + seconds);
                    return;
                }
                ProblemResponses.write(response, 429, "Too many wrong passwords",
                    "Too many wrong passwords for this user from your address; try again in " + seconds + " s.");
                return;
            }
        }
        LoginThrottle.callerAddress(address);
        try {
            chain.doFilter(served, response);
        } finally {
            LoginThrottle.callerAddress(null);
        }
    }

    private static boolean isLoginForm(HttpServletRequest request) {
        String path = path(request);
        return WEBAPP_LOGIN.matcher(path).matches() || WORKBENCH_LOGIN.equals(path);
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    static String basicUser(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The login form read once, replayed to the webapp as body and as parameters. */
    static final class LoginForm extends CachedBodyRequest {
        private final Map<String, String[]> parameters = new LinkedHashMap<>();

        private LoginForm(HttpServletRequest request, byte[] body) {
            super(request, body);
            // the body is read: the container gives the query string's parameters only
            parameters.putAll(request.getParameterMap());
            String contentType = request.getContentType();
            if (contentType != null && contentType.toLowerCase().startsWith("application/x-www-form-urlencoded")) {
                for (String pair : new String(body, StandardCharsets.ISO_8859_1).split("&")) {
                    int eq = pair.indexOf('=');
                    if (eq > 0) {
                        parameters.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            new String[] {URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8)});
                    }
                }
            }
        }

        static LoginForm read(HttpServletRequest request) throws IOException {
            byte[] body = request.getInputStream().readNBytes(MAX_LOGIN_FORM);
            return new LoginForm(request, body);
        }

        String parameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 || values[0].isEmpty() ? null : values[0];
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters.get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return Collections.unmodifiableMap(parameters);
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters.keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters.get(name);
        }
    }
}
