package io.meridian.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits that keep one request or query from exhausting the server.
 *
 * @param maxBodySize largest request body in general (JSON, forms)
 * @param maxUploadSize largest body of an upload (multipart, workbooks, deployments)
 * @param queryMaxResults most rows one engine query may return to an authenticated user
 */
@ConfigurationProperties("meridian.security")
public record SecuritySettings(
    @DefaultValue("1MB") DataSize maxBodySize,
    @DefaultValue("5MB") DataSize maxUploadSize,
    @DefaultValue("2000") int queryMaxResults) {
}
