package io.meridian.messages;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import io.meridian.folders.FolderSettings;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the client email templates live and how often a node looks for changes; without the
 * folder the templates packed into the jar are used and nothing is watched (as for the rules).
 *
 * @param signature         the lines that sign every client email, after each language part's closing
 *                          (the company's name, address, phone, website): line breaks, or the two
 *                          characters {@code \n} as an environment variable writes them, separate the lines
 * @param signatureRequired whether a start without a signature is refused (the {@code prod} profile:
 *                          no client gets an unsigned email)
 */
@ConfigurationProperties("meridian.messages")
public record MessageSettings(@DefaultValue("./messages") Path folder,
                              @DefaultValue("5s") Duration pollInterval,
                              @DefaultValue("1s") Duration watchInterval,
                              @DefaultValue("") String signature,
                              @DefaultValue("false") boolean signatureRequired) implements FolderSettings {

    /** At most this many lines: a signature, not a letterhead. */
    static final int MAX_SIGNATURE_LINES = 8;
    /** At most this many characters a line. */
    static final int MAX_SIGNATURE_LINE = 200;

    public MessageSettings {
        List<String> lines = lines(signature);
        if (signatureRequired && lines.isEmpty()) {
            throw new IllegalArgumentException("meridian.messages.signature is empty: every client email would go out unsigned."
                + " Set MERIDIAN_SIGNATURE to the lines that sign them (e.g. the company's name, address and phone), separated by \\n");
        }
        if (lines.size() > MAX_SIGNATURE_LINES) {
            throw new IllegalArgumentException("meridian.messages.signature has " + lines.size() + " lines; at most "
                + MAX_SIGNATURE_LINES + " sign an email");
        }
        for (String line : lines) {
            if (line.length() > MAX_SIGNATURE_LINE) {
                throw new IllegalArgumentException("meridian.messages.signature has a line of " + line.length()
                    + " characters; at most " + MAX_SIGNATURE_LINE + ": '" + line.substring(0, 40) + "…'");
            }
        }
    }

    /** The signature's lines, each stripped, without blank lines at its start and end. */
    public List<String> signatureLines() {
        return lines(signature);
    }

    private static List<String> lines(String signature) {
        List<String> lines = Arrays.stream((signature == null ? "" : signature).split("\\R|\\\\n", -1)).map(String::strip).toList();
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isEmpty()) {
            from++;
        }
        while (to > from && lines.get(to - 1).isEmpty()) {
            to--;
        }
        return List.copyOf(lines.subList(from, to));
    }
}
