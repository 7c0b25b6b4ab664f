package io.meridian.system;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A browser sends the HTTP Basic credentials it remembers for this server with any request to it, also with a form
 * another site's page submits: a page an analyst or a manager opened could roll the rules or an email template back
 * ({@code POST .../versions/1/activate} needs no body) or confirm a client's milestone. {@code /api} and
 * {@code /engine-rest} take no request that changes anything from another site's page: the browser says so in
 * {@code Sec-Fetch-Site} ({@code cross-site}, {@code same-site}), or, where it sends no such header, in an
 * {@code Origin} other than this server. Programs (curl, the shop's server) send neither and are not concerned, nor
 * is Swagger UI, which is served from this server. Refused with 403 problem+json before anyone is signed in.
 */
class CrossSiteRequestFilter extends OncePerRequestFilter {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        String from = READS.contains(request.getMethod()) ? null : otherSite(request);
        if (from != null) {
            ProblemResponses.write(response, 403, "Request from another site",
                "A " + request.getMethod() + " from a page of " + from + " is refused: a browser sends the credentials it "
                    + "remembers for this server with any page's form. Call the API from a program or from this server's pages.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** The other site a browser says the request comes from, or null for this server's pages and for programs. */
    static String otherSite(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            String site = fetchSite.trim().toLowerCase(Locale.ROOT);
            return site.equals("same-origin") || site.equals("none") ? null : origin == null ? "another site" : origin;
        }
        if (origin == null) {
            return null;
        }
        String authority = authority(origin);
        if (authority == null) {
            return origin.isBlank() ? "another site" : origin;
        }
        String host = request.getHeader("Host");
        boolean same = authority.equalsIgnoreCase(host)
            || authority.equalsIgnoreCase(request.getServerName() + ":" + request.getServerPort())
            || authority.equalsIgnoreCase(request.getServerName()) && isDefaultPort(request);
        return same ? null : origin;
    }

    /** {@code host[:port]} of an origin as a Host header writes it ({@code http://localhost:8080} is {@code localhost:8080}). */
    private static String authority(String origin) {
        try {
            URI uri = URI.create(origin.trim());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return null; // "null" (a sandboxed page, a file) and anything else that names no server
            }
            return uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isDefaultPort(HttpServletRequest request) {
        int port = request.getServerPort();
        return "https".equalsIgnoreCase(request.getScheme()) ? port == 443 : port == 80;
    }
}
