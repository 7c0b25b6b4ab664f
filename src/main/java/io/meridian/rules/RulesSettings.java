package io.meridian.rules;

import java.nio.file.Path;
import java.time.Duration;

import io.meridian.folders.FolderSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the analysts' workbooks live and how often a node looks for changes. When the folder
 * does not exist (a bare {@code java -jar} somewhere else), the workbooks packed into the jar
 * are used and nothing is watched.
 *
 * @param folder        the watched rules folder
 * @param pollInterval  how often a node asks the database for another node's activation
 * @param watchInterval how often the folder is scanned for saved workbooks; a file is taken
 *                      once it is unchanged over one interval, so that half-saved files are not
 * @param storedBuilds  where the builds in force are kept as Drools' executable model for the next
 *                      start ({@link StoredBuilds}); blank: none kept, every start builds
 */
@ConfigurationProperties("meridian.rules")
public record RulesSettings(@DefaultValue("./rules") Path folder,
                            @DefaultValue("5s") Duration pollInterval,
                            @DefaultValue("1s") Duration watchInterval,
                            @DefaultValue(StoredBuilds.DEFAULT_FOLDER) String storedBuilds) implements FolderSettings {
}
