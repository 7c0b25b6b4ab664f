package io.meridian.system;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The administrator a production run creates ({@code prod} profile: {@code MERIDIAN_ADMIN_USER},
 * {@code MERIDIAN_ADMIN_PASSWORD}, {@code MERIDIAN_ADMIN_EMAIL}).
 *
 * @param create whether to create the administrator at start-up
 * @param user its user id
 * @param password its password; never logged
 * @param email its email address, blank for none: the administrators get the staff emails whose people have no
 *              address (an escalation, a crisis alert), so without one such an email reaches nobody
 */
@ConfigurationProperties("meridian.admin")
public record AdminSettings(boolean create, @DefaultValue("admin") String user, String password, String email) {

    @Override
    public String toString() {
        return "AdminSettings[create=" + create + ", user=" + user + ", password=***, email=" + email + "]";
    }
}
