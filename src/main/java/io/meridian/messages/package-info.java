/**
 * Client emails from templates in {@code messages/}: salutation by etiquette, languages, checks before a
 * template goes live, versions.
 *
 * <p>Public surface: {@link Addressee}, {@link Amounts}, {@link ClientDates}, {@link ClientMessages}, {@link Flags}, {@link Localized}, {@link MessageKind},
 * {@link MessageSettings}, {@link MessageTemplates}, {@link TemplateProblem},
 * {@link TemplateRefusedException}, {@link WriterNames}.
 */
package io.meridian.messages;
