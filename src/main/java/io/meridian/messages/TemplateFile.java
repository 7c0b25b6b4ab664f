package io.meridian.messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One template file as an analyst writes it: a header of Mustache comments (at least
 * {@code checked-by:}), then parts, each opened by a line {@code --- name ---} (a message kind
 * has {@code subject}, {@code html} and {@code text}; the greeting {@code salutation} and
 * {@code closing}). Lines are counted from 1 over the whole file, so a problem names the line
 * the analyst sees in an editor.
 */
record TemplateFile(String name, String content, String checkedBy, Map<String, Part> parts, List<TemplateProblem> problems) {

    /** A part's text and the file line its first text line is on. */
    public record Part(String text, int firstLine) {
    }

    private static final Pattern MARKER = Pattern.compile("^---\\s*([a-z]+)\\s*---\\s*$");
    private static final Pattern CHECKED_BY = Pattern.compile("checked-by:\\s*([^}]*?)\\s*(?:}}|$)");

    public static TemplateFile parse(String name, String content) {
        List<TemplateProblem> problems = new ArrayList<>();
        Map<String, Part> parts = new LinkedHashMap<>();
        String checkedBy = null;
        String[] lines = content.replace("\r\n", "\n").split("\n", -1);
        String current = null;
        int first = 0;
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher marker = MARKER.matcher(line);
            if (marker.matches()) {
                if (current != null) {
                    put(parts, problems, name, current, text, first);
                }
                current = marker.group(1);
                first = i + 2;
                text.setLength(0);
                continue;
            }
            if (current == null) {
                Matcher checked = CHECKED_BY.matcher(line);
                if (checked.find() && !checked.group(1).isBlank()) {
                    checkedBy = checked.group(1).trim();
                } else if (!line.isBlank() && !line.trim().startsWith("{{!")) {
                    problems.add(new TemplateProblem(name, i + 1, null,
                        "text before the first part: the header holds only {{! ... }} comments, parts start with a line --- subject ---"));
                }
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(line);
        }
        if (current != null) {
            put(parts, problems, name, current, text, first);
        }
        if (checkedBy == null) {
            problems.add(new TemplateProblem(name, 1, null,
                "the header must say who checked the wording: {{! checked-by: ... }} (e.g. machine translation, not yet reviewed)"));
        }
        return new TemplateFile(name, content, checkedBy, parts, problems);
    }

    private static void put(Map<String, Part> parts, List<TemplateProblem> problems, String name, String part, StringBuilder text,
                            int first) {
        String body = text.toString().strip();
        if (parts.containsKey(part)) {
            problems.add(new TemplateProblem(name, first - 1, null, "part '" + part + "' appears twice"));
        }
        parts.put(part, new Part(body.isEmpty() ? "" : text.toString().replaceAll("\\s+$", ""), first));
    }
}
