package io.meridian.folders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The files of a watched folder that have settled since they were last taken: saved (a new size, time
 * or file, as an editor's save-and-rename makes one), then unchanged over one more scan. An editor
 * writing a file over several seconds is not taken half-written; a file taken once is not taken again
 * until it changes. One instance per folder, used by one scanning thread.
 */
public final class SettledFiles {

    /** What a scan sees of a file: a save changes at least one of them. */
    private record Look(long size, long modified, Object key) {

        static Look of(Path file) throws IOException {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            return new Look(attributes.size(), attributes.lastModifiedTime().toMillis(), attributes.fileKey());
        }
    }

    private final Map<Path, Look> seen = new HashMap<>();
    private final Map<Path, Look> taken = new HashMap<>();

    /**
     * True when {@code file} looks as it did at the previous scan and not as it did when last taken: the
     * caller takes it now. Files no longer in the folder are forgotten by {@link #keepOnly(Set)}.
     */
    public boolean settledSinceTaken(Path file) throws IOException {
        Look now = Look.of(file);
        Look before = seen.put(file, now);
        if (!now.equals(before) || now.equals(taken.get(file))) {
            return false;
        }
        taken.put(file, now);
        return true;
    }

    /** Forgets the files that a scan no longer found, so that one saved again under that name is taken. */
    public void keepOnly(Set<Path> present) {
        Set<Path> gone = new HashSet<>(seen.keySet());
        gone.removeAll(present);
        gone.forEach(file -> {
            seen.remove(file);
            taken.remove(file);
        });
    }
}
