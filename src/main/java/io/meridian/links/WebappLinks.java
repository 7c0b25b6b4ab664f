package io.meridian.links;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.stereotype.Component;

/**
 * Links into Camunda's webapps from the server's public address: one task in Tasklist
 * ({@code <public url><application path>/app/tasklist/default/#/?task=ID}; Tasklist keeps the task through its
 * sign-in), a user's profile and a group's members in Admin; none where the public address is not configured.
 * A public address that is not an http or https address stops the start, naming the property.
 */
@Component
public class WebappLinks {

    private static final String TASKLIST = "/app/tasklist/default/#/?task=";
    private static final String ADMIN = "/app/admin/default/#/";

    /** The webapps' address ({@code <public url><application path>}); null for no links. */
    private final String base;

    /**
     * @param publicUrl       the address the team opens the server at ({@code meridian.public-url}); blank for no links
     * @param applicationPath where Camunda's webapps are served ({@code camunda.bpm.webapp.application-path})
     */
    public WebappLinks(@Value("${meridian.public-url:}") String publicUrl,
                         @Value("${camunda.bpm.webapp.application-path:/camunda}") String applicationPath) {
        this.base = base(publicUrl, applicationPath);
    }

    /** The task in Tasklist. */
    public Optional<String> task(String taskId) {
        return link(TASKLIST + taskId);
    }

    /** Tasklist itself, opening on the reader's filters. */
    public Optional<String> tasklist() {
        return link(TASKLIST.substring(0, TASKLIST.indexOf('#')));
    }

    /** The user's profile in Admin, where their email address is corrected. */
    public Optional<String> userProfile(String userId) {
        return link(ADMIN + "users/" + segment(userId) + "?tab=profile");
    }

    /** The group's members in Admin. */
    public Optional<String> groupMembers(String groupId) {
        return link(ADMIN + "groups/" + segment(groupId) + "?tab=users");
    }

    private Optional<String> link(String path) {
        return base == null ? Optional.empty() : Optional.of(base + path);
    }

    /** Camunda's ids are letters and digits unless its whitelist was widened: anything else is escaped. */
    private static String segment(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String base(String publicUrl, String applicationPath) {
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
            throw new InvalidConfigurationPropertyValueException("meridian.public-url", publicUrl, "MERIDIAN_PUBLIC_URL is not an "
                + "http or https address such as https://meridian.example.com: the links in staff emails are made from it");
        }
        String path = applicationPath == null || applicationPath.isBlank() ? "" : "/" + applicationPath.trim().replaceAll("^/+|/+$", "");
        return base + path;
    }
}
