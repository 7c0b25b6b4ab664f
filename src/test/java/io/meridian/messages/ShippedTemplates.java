package io.meridian.messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** The template files the repository ships under {@code messages/}, for the tests that read them as files. */
final class ShippedTemplates {

    private ShippedTemplates() {
    }

    /** The shipped {@code .mustache} files that {@code which} accepts, sorted by path. */
    static List<Path> files(Predicate<Path> which) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("messages"))) {
            return files.filter(f -> f.toString().endsWith(".mustache")).filter(which).sorted().toList();
        }
    }

    /** The language templates of one kind, greeting and layout aside. */
    static List<Path> of(MessageKind kind) throws IOException {
        return files(f -> f.getParent().endsWith(kind.folder()));
    }
}
