package io.meridian.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Folders a benchmark fills and nobody needs after it: the H2 file of a start benchmark grows by
 * gigabytes a minute under load, and a few runs left behind fill the disk (a run on a full disk fails
 * with Camunda's "exception in the persistence layer"). A benchmark empties its folder before it
 * starts, for what a run that was killed left, and deletes it when its class has run; its server may
 * still hold the files open then, and on Linux the space comes back when that JVM ends.
 */
public final class ScratchFolders {

    private ScratchFolders() {
    }

    /** Deletes {@code folder} and everything in it (or the file of that name); nothing happens when there is no such thing. */
    public static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot delete " + path + " of the scratch folder " + folder, e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the scratch folder " + folder, e);
        }
    }
}
