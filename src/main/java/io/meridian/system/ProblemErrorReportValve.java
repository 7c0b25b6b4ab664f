package io.meridian.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;

/**
 * Tomcat's own error page as problem details. Tomcat answers some requests before any filter or
 * Spring MVC sees them: a path with an encoded slash or a NUL, a malformed URL or header. Its
 * default valve writes an HTML page with the server's version; this one writes
 * {@code application/problem+json} naming the problem, and never a stack trace. Public because Tomcat
 * instantiates the valve by its class name.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title(status));
        body.put("status", status);
        body.put("detail", detail(status, throwable));
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getOutputStream().write(JSON.writeValueAsBytes(body));
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client went away or the response is already committed: nothing more to say
        }
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 431 -> "Request Header Fields Too Large";
            default -> status >= 500 ? "Server Error" : "Request Refused";
        };
    }

    private static String detail(int status, Throwable throwable) {
        if (throwable instanceof SizeException) {
            return "the request body is too large";
        }
        return switch (status) {
            case 400 -> "the request is malformed: its path, query or headers cannot be read (an encoded slash, "
                + "backslash or NUL in the path, or an invalid escape, is refused)";
            case 404 -> "no such resource";
            case 413 -> "the request body is too large";
            default -> status >= 500 ? "the server could not answer; the log has the details" : "the request was refused";
        };
    }
}
