package io.meridian.messages;

import java.util.List;

/**
 * The checks a template passes before it goes live, kept behind this small surface so that a
 * workbench can show them next to the rule checks: every placeholder known to its kind, every
 * part present, renders for every scenario client, HTML well-formed.
 */
interface TemplateCheck {

    /**
     * @param file    the template's path under {@code messages/}, e.g. {@code quote/ja.mustache}
     * @param content the file's text
     * @return every problem found; empty when the template may go live
     */
    List<TemplateProblem> check(String file, String content);
}
