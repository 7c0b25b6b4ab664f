package io.meridian;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;

/**
 * What team members read (the text the code writes into task forms and staff emails, and the forms'
 * own text) does not speak of the project's internal source documents: "seed 003" means nothing to a
 * salesperson. Comments and javadoc may name them; string literals and forms may not.
 */
@RunsBeside
class UserTextTest {

    private static final Pattern SEED = Pattern.compile("(?i)seeds? ?0\\d\\d");

    @Test
    void noStringTheCodeWritesNamesASeed() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                for (String literal : literals(Files.readString(file))) {
                    if (SEED.matcher(literal).find()) {
                        found.add(file + ": \"" + literal + "\"");
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noFormNamesASeed() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path form : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
                if (SEED.matcher(Files.readString(form)).find()) {
                    found.add(form.toString());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theLiteralsOfASourceAreTheStringsOutsideItsComments() {
        assertThat(literals("""
            /** seed 001 */ String a = "one // two"; // "not this"
            /* "nor this" */ char q = '"'; String b = "es\\"caped";
            String c = \"""
                block "quoted"
                \""";
            """)).hasSize(3).startsWith("one // two", "es\\\"caped").last().asString().contains("block \"quoted\"");
    }

    /** The string literals and text blocks of a Java source, as written between their quotes. */
    static List<String> literals(String source) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                i = source.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                i = source.charAt(i + 1) == '\\' ? source.indexOf('\'', i + 3) + 1 : i + 3;
            } else if (source.startsWith("\"\"\"", i)) {
                int start = source.indexOf('\n', i) + 1;
                int end = source.indexOf("\"\"\"", start);
                literals.add(source.substring(i + 3, end));
                i = end + 3;
            } else if (c == '"') {
                int j = i + 1;
                while (source.charAt(j) != '"') {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                literals.add(source.substring(i + 1, j));
                i = j + 1;
            } else {
                i++;
            }
        }
        return literals;
    }
}
