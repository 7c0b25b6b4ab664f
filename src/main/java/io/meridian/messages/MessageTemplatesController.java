package io.meridian.messages;

import java.util.List;
import java.util.Map;

import io.meridian.system.AllowedGroups;
import io.meridian.system.Groups;
import io.meridian.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/message-templates}: the client email templates in force, uploads of one template
 * (plain text body), dry runs, versions and roll back. A refused template answers 422 naming
 * file, line and placeholder of each problem; the version in force keeps serving.
 */
@Tag(name = "Message templates")
@RestController
@RequestMapping("/api/message-templates")
class MessageTemplatesController {

    /** The version in force, and whether an upload stored it as a new one ({@code false} for a text stored before, and for an activation). */
    @Schema(name = "TemplateAccepted")
    record Accepted(
        @Schema(description = "the template, e.g. quote/en.mustache") String file,
        @Schema(description = "the version now in force") int version,
        @Schema(description = "true for a new version; false when the same text was stored already or a version was rolled "
            + "back to") boolean created) {
    }

    @Schema(name = "TemplateValidated")
    record Validated(
        @Schema(description = "the template") String file,
        @Schema(description = "true: it renders for every scenario client (a refusal is a 422)") boolean valid) {
    }

    private final MessageTemplates templates;
    private final IdentityService identity;

    MessageTemplatesController(MessageTemplates templates, IdentityService identity) {
        this.templates = templates;
        this.identity = identity;
    }

    @Operation(summary = "The client email templates in force",
        description = "Each template file (kind and language) with its version, author and time.")
    @GetMapping
    List<MessageTemplates.TemplateInForce> inForce() {
        return templates.inForce();
    }

    private static final String TEXT = "The template's Mustache text, as the file holds it: UTF-8, or the charset the Content-Type names";

    private static final String REFUSED = "Template refused: `problems` names every problem with its file, line and placeholder "
        + "(`errors` the same as field and message); the version in force keeps serving";

    @Operation(summary = "One template in force",
        description = "The text of messages/{folder}/{language}.mustache as it serves now.")
    @GetMapping(value = "/{folder}/{language}", produces = MediaType.TEXT_PLAIN_VALUE)
    String get(@PathVariable String folder, @PathVariable String language) {
        return templates.find(file(folder, language)).map(CompiledTemplate::content)
            .orElseThrow(() -> new NotFoundException("no template " + file(folder, language) + " is in force"));
    }

    @Operation(summary = "Upload and activate a template",
        description = "Checked first (known placeholders, every part, renders for every scenario client, well-formed HTML); a refused template answers 422 naming file, line and placeholder, and the version in force keeps serving.")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = REFUSED)
    @RequestBody(description = TEXT, required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN_VALUE,
        schema = @Schema(type = "string")))
    @PutMapping(value = "/{folder}/{language}", consumes = MediaType.TEXT_PLAIN_VALUE)
    @AllowedGroups({Groups.ANALYSTS, Groups.MANAGERS})
    Accepted put(@PathVariable String folder, @PathVariable String language, @Parameter(hidden = true) HttpEntity<byte[]> body) {
        String file = file(folder, language);
        MessageTemplates.Submission submitted = templates.submission(file, text(file, body), author());
        return new Accepted(file, submitted.version(), submitted.created());
    }

    @Operation(summary = "Check a template without activating it",
        description = "The same checks as an upload; nothing changes.")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = REFUSED)
    @RequestBody(description = TEXT, required = true, content = @Content(mediaType = MediaType.TEXT_PLAIN_VALUE,
        schema = @Schema(type = "string")))
    @PostMapping(value = "/{folder}/{language}/validate", consumes = MediaType.TEXT_PLAIN_VALUE)
    @AllowedGroups({Groups.ANALYSTS, Groups.MANAGERS})
    Validated validate(@PathVariable String folder, @PathVariable String language, @Parameter(hidden = true) HttpEntity<byte[]> body) {
        String file = file(folder, language);
        List<TemplateProblem> problems = templates.check(file, text(file, body));
        if (!problems.isEmpty()) {
            throw new TemplateRefusedException(file, problems);
        }
        return new Validated(file, true);
    }

    /** The request's text in the charset its Content-Type names, UTF-8 when it names none; refused where a byte is not text in it. */
    private static String text(String file, HttpEntity<byte[]> body) {
        byte[] bytes = body.getBody() == null ? new byte[0] : body.getBody();
        MediaType type = body.getHeaders().getContentType();
        return TemplateText.decode(file, bytes, type == null ? null : type.getCharset());
    }

    @Operation(summary = "A template's versions",
        description = "Every stored version with author and time.")
    @GetMapping("/{folder}/{language}/versions")
    List<MessageTemplates.Version> versions(@PathVariable String folder, @PathVariable String language) {
        List<MessageTemplates.Version> versions = templates.versions(file(folder, language));
        if (versions.isEmpty()) {
            throw new NotFoundException("template " + file(folder, language) + " has no stored version");
        }
        return versions;
    }

    @Operation(summary = "Activate a stored template version (roll back)",
        description = "The version is checked again and serves on every node.")
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = REFUSED)
    @PostMapping("/{folder}/{language}/versions/{version}/activate")
    @AllowedGroups({Groups.ANALYSTS, Groups.MANAGERS})
    Accepted activate(@PathVariable String folder, @PathVariable String language, @PathVariable int version) {
        String file = file(folder, language);
        return new Accepted(file, templates.activate(file, version, author()), false);
    }

    @ExceptionHandler(TemplateRefusedException.class)
    ProblemDetail refused(TemplateRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
            "Template " + e.file() + " has " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + "; the version in force keeps serving.");
        problem.setTitle("Template refused");
        problem.setProperty("file", e.file());
        problem.setProperty("problems", e.problems());
        problem.setProperty("errors", e.problems().stream().map(p -> Map.of("field", p.file() + (p.line() == null ? "" : ":" + p.line()),
            "message", p.toString())).toList());
        return problem;
    }

    private static String file(String folder, String language) {
        String file = folder + "/" + language + ".mustache";
        if (!TemplateFiles.known(file)) {
            throw new NotFoundException("no template kind '" + folder + "' with language '" + language + "'");
        }
        return file;
    }

    private String author() {
        Authentication authentication = identity.getCurrentAuthentication();
        return authentication == null ? "system" : authentication.getUserId();
    }
}
