package io.meridian.folders;

import java.nio.file.Path;
import java.time.Duration;

/** Where a {@link WatchedFolder} is and how often its node looks at it and at what other nodes stored. */
public interface FolderSettings {

    /** The folder people save into. */
    Path folder();

    /** How often the folder is scanned; a file is taken once it is unchanged over one interval. */
    Duration watchInterval();

    /** How often a node asks the database for another node's activation. */
    Duration pollInterval();
}
