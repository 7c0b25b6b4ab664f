package io.meridian.system;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over the configured size with 413 before anything parses it: JSON for
 * {@code /api}, engine-rest and the webapps alike. Uploads (multipart, spreadsheets, binary) get
 * the larger upload limit. A body without a declared length is read up to the limit first.
 */
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBody;
    private final long maxUpload;

    RequestSizeLimitFilter(SecuritySettings settings) {
        this.maxBody = settings.maxBodySize().toBytes();
        this.maxUpload = settings.maxUploadSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
        long limit = isUpload(request.getContentType()) ? maxUpload : maxBody;
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            tooLarge(response, limit);
            return;
        }
        // forms and multipart bodies are parsed by Tomcat itself from its own stream, which limits them
        // (server.tomcat.max-http-form-post-size, spring.servlet.multipart.max-request-size)
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null && !isForm(request.getContentType())
            && !isMultipart(request.getContentType())) {
            byte[] body = readAtMost(request.getInputStream(), limit + 1);
            if (body.length > limit) {
                tooLarge(response, limit);
                return;
            }
            request = new CachedBodyRequest(request, body);
        }
        chain.doFilter(request, response);
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    static boolean isUpload(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("multipart/") || type.startsWith("application/octet-stream")
            || type.startsWith("application/vnd.openxmlformats") || type.startsWith("application/vnd.ms-excel");
    }

    private static boolean isForm(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
    }

    private static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while (out.size() < max && (read = in.read(buffer, 0, (int) Math.min(buffer.length, max - out.size()))) != -1) {
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
        response.setHeader("Connection", "close");
        ProblemResponses.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "Payload too large",
            "the request body is larger than the limit of " + limit + " bytes");
    }
}
