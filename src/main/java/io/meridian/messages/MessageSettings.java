package io.meridian.messages;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the client email templates live and how often a node looks for changes; without the
 * folder the templates packed into the jar are used and nothing is watched (as for the rules).
 */
@ConfigurationProperties("meridian.messages")
public record MessageSettings(@DefaultValue("./messages") Path folder,
                              @DefaultValue("5s") Duration pollInterval,
                              @DefaultValue("1s") Duration watchInterval) {
}
