package io.meridian.links;

import java.net.URI;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The link that opens one task in Tasklist ({@code <public url><application path>/app/tasklist/default/#/?task=ID};
 * Tasklist keeps the task through its sign-in), or none where the server's public address is not configured.
 * A public address that is not an http or https address stops the start, naming the property.
 */
@Component
public class TasklistLinks {

    /** The link up to the task id; null for no links. */
    private final String prefix;

    /**
     * @param publicUrl       the address the team opens the server at ({@code meridian.public-url}); blank for no links
     * @param applicationPath where Camunda's webapps are served ({@code camunda.bpm.webapp.application-path})
     */
    public TasklistLinks(@Value("${meridian.public-url:}") String publicUrl,
                         @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        this.prefix = prefix(publicUrl, applicationPath);
    }

    public Optional<String> task(String taskId) {
        return prefix == null ? Optional.empty() : Optional.of(prefix + taskId);
    }

    static String prefix(String publicUrl, String applicationPath) {
        if (publicUrl == null || publicUrl.isBlank()) {
            return null;
        }
        String base = publicUrl.trim().replaceAll("/+$", "");
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            throw new IllegalStateException("meridian.public-url (MERIDIAN_PUBLIC_URL) '" + publicUrl
                + "' is not an http or https address such as https://meridian.example.com: the links in staff emails are made from it");
        }
        String path = applicationPath == null || applicationPath.isBlank() ? "" : "/" + applicationPath.trim().replaceAll("^/+|/+$", "");
        return base + path + "/app/tasklist/default/#/?task=";
    }
}
