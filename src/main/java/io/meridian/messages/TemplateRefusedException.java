package io.meridian.messages;

import java.util.List;

/** A template that cannot go live, with every problem found; the version in force keeps serving. */
public class TemplateRefusedException extends RuntimeException {

    private final String file;
    private final transient List<TemplateProblem> problems;

    public TemplateRefusedException(String file, List<TemplateProblem> problems) {
        super("Template '" + file + "' has " + problems.size() + (problems.size() == 1 ? " problem: " : " problems: ") + problems);
        this.file = file;
        this.problems = List.copyOf(problems);
    }

    public String file() {
        return file;
    }

    public List<TemplateProblem> problems() {
        return problems;
    }
}
