package io.meridian.messages;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Something that keeps a template from going live, placed as an analyst looks for it: the file
 * (e.g. {@code quote/ja.mustache}), its line (1-based, null when it concerns the whole file), the
 * placeholder at fault (null when none) and what is wrong.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemplateProblem(String file, Integer line, String placeholder, String message) {

    @Override
    public String toString() {
        return file + (line == null ? "" : ":" + line) + (placeholder == null ? "" : " {{" + placeholder + "}}") + ": " + message;
    }
}
