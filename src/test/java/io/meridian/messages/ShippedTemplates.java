package io.meridian.messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The template files the repository ships under {@code messages/}, for the tests that read them as files. */
final class ShippedTemplates {

    private ShippedTemplates() {
    }

    /**
     * The shipped {@code .mustache} files that {@code which} accepts, sorted by path; fails when there is none, so that a
     * test run from another folder, or a filter that matches nothing, cannot pass by checking no file at all.
     */
    static List<Path> files(Predicate<Path> which) throws IOException {
        List<Path> found;
        try (Stream<Path> files = Files.walk(Path.of("messages"))) {
            found = files.filter(f -> f.toString().endsWith(".mustache")).filter(which).sorted().toList();
        }
        assertThat(found).as("shipped templates under messages/ that the test asks for").isNotEmpty();
        return found;
    }

    /** The language templates of one kind, greeting and layout aside. */
    static List<Path> of(MessageKind kind) throws IOException {
        return files(f -> f.getParent().endsWith(kind.folder()));
    }

    /** A renderer with the shipped layout, and the greetings and templates of {@code kind} in {@code languages}, each parsed without a problem. */
    static Renderer renderer(MessageKind kind, List<String> languages) throws IOException {
        Map<String, CompiledTemplate> files = new HashMap<>();
        put(files, TemplateFiles.LAYOUT);
        for (String language : languages) {
            put(files, TemplateFiles.kindFile(kind, language));
            put(files, TemplateFiles.greetingFile(language));
        }
        return new Renderer(file -> Optional.ofNullable(files.get(file)), List.of());
    }

    /** A renderer with every shipped template, each parsed without a problem, signing with {@code signature}. */
    static Renderer renderer(List<String> signature) {
        Map<String, CompiledTemplate> files = new HashMap<>();
        try {
            for (Path file : files(f -> true)) {
                put(files, Path.of("messages").relativize(file).toString().replace('\\', '/'));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Renderer(file -> Optional.ofNullable(files.get(file)), signature);
    }

    private static void put(Map<String, CompiledTemplate> files, String file) throws IOException {
        TemplateFile parsed = TemplateFile.parse(file, Files.readString(Path.of("messages", file)));
        assertThat(parsed.problems()).as(file).isEmpty();
        files.put(file, CompiledTemplate.compile(parsed, 1, "test"));
    }
}
