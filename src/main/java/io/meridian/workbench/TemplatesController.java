package io.meridian.workbench;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.meridian.messages.MessageTemplates;
import io.meridian.messages.TemplateProblem;
import io.meridian.messages.TemplateRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The workbench pages of the client email templates: every template in force, one template's text and
 * versions (put an older one back in force after a confirmation), the check of a new text (pasted or
 * uploaded) with its problems by line and placeholder, and putting a checked text in force. Every check
 * and change goes through {@link MessageTemplates}, exactly as {@code /api/message-templates}; a template
 * is named as there, {@code <kind>/<language>} (e.g. {@code quote/ja}), {@code greeting/<language>} or
 * {@code layout}.
 */
@Controller
@RequestMapping("/workbench")
class TemplatesController {

    /** One template on the overview: the version in force, who stored it and when. */
    record TemplateRow(String name, String folder, String language, int version, String author, Instant storedAt,
                       String checkedBy) {
    }

    private static final String SUFFIX = ".mustache";
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(TemplatesController.class);

    private final MessageTemplates templates;

    TemplatesController(MessageTemplates templates) {
        this.templates = templates;
    }

    @GetMapping("/templates")
    String templates(Model model, Authentication user) {
        Map<String, MessageTemplates.Version> stored = templates.versionsInForce();
        model.addAttribute("templates", templates.inForce().stream().map(t -> {
            String name = name(t.file());
            int slash = name.indexOf('/');
            Optional<MessageTemplates.Version> version = Optional.ofNullable(stored.get(t.file()));
            return new TemplateRow(name, slash < 0 ? name : name.substring(0, slash), slash < 0 ? "" : name.substring(slash + 1),
                t.version(), version.map(MessageTemplates.Version::author).orElse(null),
                version.map(MessageTemplates.Version::createdAt).orElse(t.loadedAt()), t.checkedBy());
        }).toList());
        WorkbenchController.user(model, user);
        return "workbench/templates";
    }

    @GetMapping({"/templates/{folder}/{language}", "/templates/{folder}"})
    String template(@PathVariable String folder, @PathVariable(required = false) String language, Model model, Authentication user) {
        String file = file(folder, language);
        return page(file, model, user, null, null, null);
    }

    @PostMapping({"/templates/{folder}/{language}/check", "/templates/{folder}/check"})
    String check(@PathVariable String folder, @PathVariable(required = false) String language,
                 @RequestParam(required = false) String text, @RequestParam(required = false) MultipartFile upload,
                 @RequestParam(required = false) String client, Model model, Authentication user) throws IOException {
        String file = file(folder, language);
        String candidate = text;
        List<TemplateProblem> problems;
        try {
            if (upload != null && !upload.isEmpty()) {
                candidate = MessageTemplates.decode(file, upload.getBytes());
            }
            candidate = typed(candidate);
            problems = candidate == null
                ? List.of(new TemplateProblem(file, null, null, "no text to check: write it in the field or choose a file"))
                : templates.check(file, candidate);
        } catch (TemplateRefusedException e) {
            problems = e.problems();
        }
        log.info("Workbench: {} checked a text for template {}: {}", user.getName(), file,
            problems.isEmpty() ? "passed" : problems.size() + " problem(s)");
        return page(file, model, user, candidate, problems, client);
    }

    @PostMapping({"/templates/{folder}/{language}/put-in-force", "/templates/{folder}/put-in-force"})
    String putInForce(@PathVariable String folder, @PathVariable(required = false) String language,
                      @RequestParam(required = false) String text, Model model, Authentication user, RedirectAttributes flash) {
        String file = file(folder, language);
        String candidate = typed(text);
        if (candidate == null) {
            return page(file, model, user, null,
                List.of(new TemplateProblem(file, null, null, "no text to put in force: check a text first")), null);
        }
        try {
            MessageTemplates.Submission submitted = templates.submission(file, candidate, user.getName());
            flash.addFlashAttribute("notice", submitted.created()
                ? "Version " + submitted.version() + " of " + name(file) + " is in force."
                : "This text is version " + submitted.version() + " of " + name(file) + ", stored before; it is in force.");
            return "redirect:/workbench/templates/" + name(file);
        } catch (TemplateRefusedException e) {
            return page(file, model, user, candidate, e.problems(), null);
        }
    }

    @GetMapping({"/confirm/templates/{folder}/{language}/versions/{version}", "/confirm/templates/{folder}/versions/{version}"})
    String confirmVersion(@PathVariable String folder, @PathVariable(required = false) String language, @PathVariable int version,
                          Model model, Authentication user) {
        String file = file(folder, language);
        model.addAttribute("name", name(file));
        model.addAttribute("stored", stored(file, version));
        model.addAttribute("inForce", templates.inForce().stream().filter(t -> t.file().equals(file))
            .map(MessageTemplates.TemplateInForce::version).findFirst().orElse(null));
        WorkbenchController.user(model, user);
        return "workbench/confirm-template-version";
    }

    @PostMapping({"/templates/{folder}/{language}/versions/{version}/activate", "/templates/{folder}/versions/{version}/activate"})
    String activate(@PathVariable String folder, @PathVariable(required = false) String language, @PathVariable int version,
                    Authentication user, RedirectAttributes flash) {
        String file = file(folder, language);
        stored(file, version);
        try {
            templates.activate(file, version, user.getName());
            flash.addFlashAttribute("notice", "Version " + version + " of " + name(file) + " is in force.");
        } catch (TemplateRefusedException e) {
            flash.addFlashAttribute("notice", "Version " + version + " of " + name(file) + " was not put back in force: it fails "
                + "today's checks (" + e.problems().stream().map(TemplateProblem::toString).collect(Collectors.joining("; "))
                + "). The version in force keeps serving.");
        }
        return "redirect:/workbench/templates/" + name(file);
    }

    /**
     * The template's page; after a check, the text checked ({@code null} when none could be read) and its problems (none:
     * it may be put in force), shown for the scenario client the analyst chose ({@code null}: the template's own).
     */
    private String page(String file, Model model, Authentication user, String checked, List<TemplateProblem> problems,
                        String client) {
        String inForce = templates.text(file).orElse(null);
        List<MessageTemplates.Version> versions = new ArrayList<>(templates.versions(file));
        Collections.reverse(versions);
        model.addAttribute("name", name(file));
        model.addAttribute("file", file);
        model.addAttribute("text", inForce);
        model.addAttribute("version", versions.stream().filter(MessageTemplates.Version::active).findFirst().orElse(null));
        model.addAttribute("versions", versions);
        model.addAttribute("draft", checked != null ? checked : inForce == null ? "" : inForce);
        List<String> clients = templates.scenarioClientNames();
        model.addAttribute("clients", clients);
        model.addAttribute("client", client != null && clients.contains(client) ? client : templates.previewClientName(file));
        if (problems != null) {
            model.addAttribute("checked", checked);
            model.addAttribute("problems", problems);
            model.addAttribute("passed", problems.isEmpty() && checked != null);
            if (problems.isEmpty() && checked != null) {
                templates.preview(file, checked, client).ifPresent(preview -> model.addAttribute("preview", preview));
            }
        }
        WorkbenchController.user(model, user);
        return "workbench/template";
    }

    private MessageTemplates.Version stored(String file, int version) {
        return templates.versions(file).stream().filter(v -> v.version() == version).findFirst()
            .orElseThrow(() -> notFound("template " + name(file) + " has no version " + version));
    }

    /** A text as the browser sent it, with the line ends the templates are stored with (a form sends CR LF); null when none. */
    private static String typed(String text) {
        return text == null ? null : text.replace("\r\n", "\n");
    }

    private static String file(String folder, String language) {
        String file = (language == null ? folder : folder + "/" + language) + SUFFIX;
        if (!MessageTemplates.isTemplateFile(file)) {
            throw notFound(language == null ? "no template '" + folder + "'"
                : "no template kind '" + folder + "' with language '" + language + "'");
        }
        return file;
    }

    private static String name(String file) {
        return file.endsWith(SUFFIX) ? file.substring(0, file.length() - SUFFIX.length()) : file;
    }

    private static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }
}
