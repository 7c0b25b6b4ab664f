package io.meridian.messages;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files of {@code messages/}: {@code <kind>/<language>.mustache} for each message kind,
 * {@code greeting/<language>.mustache} (salutation and closing), {@code layout.mustache} (how the
 * language parts make one email). A language is an ISO 639-1 code, optionally with a region (zh-TW).
 */
final class TemplateFiles {

    static final String LAYOUT = "layout.mustache";
    static final String GREETING = "greeting";
    static final String ENGLISH = "en";
    private static final Pattern NAME = Pattern.compile("([a-z][a-z-]*)/([a-z]{2}(?:-[A-Z]{2})?)\\.mustache");

    /** Scripts written right to left (Unicode bidirectional class R/AL of their letters). */
    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "he", "fa", "ur");

    /** A template file's place: kind folder (or greeting) and language; the layout has neither. */
    record Name(String folder, String language) {
        String file() {
            return folder + "/" + language + ".mustache";
        }

        boolean greeting() {
            return GREETING.equals(folder);
        }

        Optional<MessageKind> kind() {
            return MessageKind.byFolder(folder);
        }
    }

    private TemplateFiles() {
    }

    static Optional<Name> parse(String file) {
        Matcher m = NAME.matcher(file);
        if (!m.matches()) {
            return Optional.empty();
        }
        Name name = new Name(m.group(1), m.group(2));
        return name.greeting() || name.kind().isPresent() ? Optional.of(name) : Optional.empty();
    }

    static boolean known(String file) {
        return LAYOUT.equals(file) || parse(file).isPresent();
    }

    static String kindFile(MessageKind kind, String language) {
        return kind.folder() + "/" + language + ".mustache";
    }

    static String greetingFile(String language) {
        return GREETING + "/" + language + ".mustache";
    }

    static String direction(String language) {
        return RIGHT_TO_LEFT.contains(language.substring(0, 2)) ? "rtl" : "ltr";
    }

    /**
     * The parts a file may have besides those it must: a greeting's opening line, for the languages that write one, its
     * team, the sending team's name that signs below the company's, and its binding line, which says under an important
     * document in two languages which version is binding (a greeting without one has the English greeting's).
     */
    static Set<String> optionalParts(String file) {
        return parse(file).filter(Name::greeting).map(n -> Set.of("opening", "team", "binding")).orElse(Set.of());
    }

    /** The parts a file must have. */
    static Set<String> parts(String file) {
        if (LAYOUT.equals(file)) {
            return Set.of("subject", "html", "text");
        }
        return parse(file).map(n -> n.greeting() ? Set.of("salutation", "closing") : Set.of("subject", "html", "text"))
            .orElse(Set.of());
    }
}
