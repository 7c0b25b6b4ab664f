package io.meridian.rules;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the analysts' workbooks live. When the folder does not exist (a bare {@code java -jar}
 * somewhere else), the workbooks packed into the jar are used.
 */
@ConfigurationProperties("meridian.rules")
public record RulesSettings(@DefaultValue("./rules") Path folder) {
}
