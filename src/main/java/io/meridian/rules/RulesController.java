package io.meridian.rules;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.meridian.system.AllowedGroups;
import io.meridian.system.Groups;
import io.meridian.system.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.Nullable;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code /api/rules}: what is in force, uploads (raw body or multipart field {@code file}),
 * dry runs, the stored versions and roll back. Changing anything needs group
 * {@code analysts} or {@code camunda-admin}; reading needs any authenticated user.
 */
@Tag(name = "Rule tables")
@RestController
@RequestMapping("/api/rules")
class RulesController {

    static final String XLSX_VALUE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final MediaType XLSX = MediaType.parseMediaType(XLSX_VALUE);
    private static final String REFUSED = "Workbook refused: `problems` names every problem of the first check that finds "
        + "any, each with its sheet, row, column and cell; the version in force keeps serving";
    private static final String WORKBOOK = "The workbook's bytes as saved (.drl.xlsx), e.g. curl --data-binary @etiquette.drl.xlsx "
        + "-H 'Content-Type: application/octet-stream'; or the multipart field `file` (curl -F file=@etiquette.drl.xlsx)";
    private static final Set<String> EDITORS = Set.of("analysts", "camunda-admin");

    /** A table in force on this node. */
    record TableInForce(
        @Schema(description = "the rule table") String table,
        @Schema(description = "the version in force") int version,
        @Schema(description = "the workbook's SHA-256") String checksum,
        @Schema(description = "when it was loaded") Instant loadedAt,
        @Schema(description = "how many rules it built") int rules,
        @Schema(description = "when it was put in force; null for the shipped workbook") @Nullable Instant activatedAt,
        @Schema(description = "who put it in force; null for the shipped workbook") @Nullable String activatedBy) {
    }

    /**
     * The answer to an accepted upload or activation: the version in force, whether the upload stored it as a new
     * version ({@code false} for a workbook stored before, which is put back in force, and for an activation), the
     * version's author (who first uploaded it, as the list of versions says) and who put it in force now.
     */
    @Schema(name = "WorkbookAccepted")
    record Accepted(
        @Schema(description = "the rule table") String table,
        @Schema(description = "the version now in force") int version,
        @Schema(description = "true for a new version; false when the same workbook was stored already") boolean created,
        @Schema(description = "the workbook's SHA-256") String checksum,
        @Schema(description = "how many rules it built") int rules,
        @Schema(description = "how many scenarios passed") int scenarios,
        @Schema(description = "who first uploaded this version") String author,
        @Schema(description = "who put it in force now") String activatedBy) {

        static Accepted of(CompiledTable table, boolean created, RuleVersionRepository.StoredVersion stored, String activatedBy) {
            return new Accepted(table.table(), table.version(), created, table.checksum(), table.ruleCount(), stored.scenarioCount(),
                stored.author(), activatedBy);
        }
    }

    /**
     * A dry run's answer: the checks passed, and what the workbook changes against the version in force
     * ({@code comparedWith}; null when the table has none): each sheet's rows added, removed or changed, a changed
     * row with its cells before and after. No change at all means the upload would put nothing new in force.
     */
    @Schema(name = "WorkbookValidated")
    record Validated(
        @Schema(description = "the rule table") String table,
        @Schema(description = "true: it builds and every scenario passes (a refusal is a 422)") boolean valid,
        @Schema(description = "how many rules it builds") int rules,
        @Schema(description = "how many scenarios passed") int scenarios,
        @Schema(description = "each scenario and what it checked") List<ScenarioResult> scenarioResults,
        @Schema(description = "the version in force it was compared with; null when the table has none") @Nullable Integer comparedWith,
        @Schema(description = "what it changes against that version, by sheet") List<WorkbookDiff.SheetDiff> changes) {
    }

    /** One stored version; {@code active} marks the one in force. */
    @Schema(name = "WorkbookVersion")
    record Version(
        @Schema(description = "the version number") int version,
        @Schema(description = "the workbook's SHA-256") String checksum,
        @Schema(description = "who uploaded it") String author,
        @Schema(description = "when") Instant createdAt,
        @Schema(description = "how many rules it builds") int rules,
        @Schema(description = "how many scenarios it has") int scenarios,
        @Schema(description = "true for the version in force") boolean active) {
    }

    private final RuleBook book;
    private final RuleVersions versions;
    private final IdentityService identity;

    RulesController(RuleBook book, RuleVersions versions, IdentityService identity) {
        this.book = book;
        this.versions = versions;
        this.identity = identity;
    }

    @Operation(summary = "The rule tables in force",
        description = "Each table with its active version, who activated it and when.")
    @GetMapping
    List<TableInForce> tables() {
        // each table with the activation that put its version in force here, not the database's latest, which may name
        // a version another node activated and this node is still loading
        return versions.inForce().stream().map(pair -> {
            CompiledTable t = pair.table();
            Optional<RuleVersionRepository.Activation> activation = Optional.ofNullable(pair.activation());
            return new TableInForce(t.table(), t.version(), t.checksum(), t.loadedAt(), t.ruleCount(),
                activation.map(RuleVersionRepository.Activation::activatedAt).orElse(null),
                activation.map(RuleVersionRepository.Activation::activatedBy).orElse(null));
        }).toList();
    }

    @Operation(summary = "Download the active workbook",
        description = "The workbook of the active version, as the analyst saved it.")
    @ApiResponse(responseCode = "200", description = "The workbook, named in `Content-Disposition`", headers = @Header(name = "Rules-Version",
        description = "The version of the table the workbook is", schema = @Schema(type = "integer")),
        content = @Content(mediaType = XLSX_VALUE, schema = @Schema(type = "string", format = "binary")))
    @GetMapping("/{table}")
    ResponseEntity<byte[]> download(@PathVariable String table) {
        requireTable(table);
        CompiledTable compiled = book.find(table).orElseThrow(() -> unknownTable(table));
        return ResponseEntity.ok()
            .contentType(XLSX)
            .header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(table + RuleBook.SUFFIX).build().toString())
            .header("Rules-Version", String.valueOf(compiled.version()))
            .body(compiled.workbook());
    }

    @Operation(summary = "Upload a workbook (form upload)",
        description = "Same as the raw upload, with the workbook in the multipart field `file`. Analysts only.")
    @AllowedGroups(Groups.ANALYSTS)
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = REFUSED)
    @PutMapping(value = "/{table}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Accepted uploadForm(@PathVariable String table, @RequestParam("file") MultipartFile file) throws java.io.IOException {
        return upload(table, file.getBytes());
    }

    @Operation(summary = "Upload and activate a workbook",
        description = "Validates, compiles and runs the scenarios; a workbook with problems is refused (422) and the active version keeps serving. Analysts only.")
    @AllowedGroups(Groups.ANALYSTS)
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = REFUSED)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = WORKBOOK, content = {
        @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = XLSX_VALUE, schema = @Schema(type = "string", format = "binary")),
        // the form upload's, served by its own method: with a consumes of its own this one no longer takes it over from there
        @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(type = "object", requiredProperties = "file"),
            schemaProperties = @SchemaProperty(name = "file", schema = @Schema(type = "string", format = "binary")))})
    @PutMapping(value = "/{table}", consumes = {MediaType.APPLICATION_OCTET_STREAM_VALUE, XLSX_VALUE})
    Accepted upload(@PathVariable String table, @RequestBody(required = false) byte[] workbook) {
        String author = requireEditor();
        requireTable(table);
        RuleVersions.Submission accepted = versions.submission(table, workbook == null ? new byte[0] : workbook, author);
        RuleVersionRepository.StoredVersion stored = versions.version(table, accepted.table().version()).orElseThrow();
        return Accepted.of(accepted.table(), accepted.created(), stored, author);
    }

    @Operation(summary = "Check a workbook (form upload)",
        description = "Same as the raw check, with the workbook in the multipart field `file`.")
    @AllowedGroups(Groups.ANALYSTS)
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = REFUSED)
    @PostMapping(value = "/{table}/validate", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Validated validateForm(@PathVariable String table, @RequestParam("file") MultipartFile file) throws java.io.IOException {
        return validate(table, file.getBytes());
    }

    @Operation(summary = "Check a workbook without activating it",
        description = "Every problem with its sheet and cell, the scenario results, and what the workbook changes against the version in force (comparedWith, changes: rows added, removed or changed, by sheet). Nothing changes. Analysts only.")
    @AllowedGroups(Groups.ANALYSTS)
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = REFUSED)
    @io.swagger.v3.oas.annotations.parameters.RequestBody(description = WORKBOOK, content = {
        @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM_VALUE, schema = @Schema(type = "string", format = "binary")),
        @Content(mediaType = XLSX_VALUE, schema = @Schema(type = "string", format = "binary")),
        // the form upload's, served by its own method: with a consumes of its own this one no longer takes it over from there
        @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(type = "object", requiredProperties = "file"),
            schemaProperties = @SchemaProperty(name = "file", schema = @Schema(type = "string", format = "binary")))})
    @PostMapping(value = "/{table}/validate", consumes = {MediaType.APPLICATION_OCTET_STREAM_VALUE, XLSX_VALUE})
    Validated validate(@PathVariable String table, @RequestBody(required = false) byte[] workbook) {
        requireEditor();
        requireTable(table);
        CheckedWorkbook checked = versions.validate(table, workbook == null ? new byte[0] : workbook);
        Optional<CompiledTable> inForce = book.find(table);
        return new Validated(table, true, checked.candidate().ruleCount(), checked.scenarioCount(), checked.scenarios(),
            inForce.map(CompiledTable::version).orElse(null),
            inForce.map(t -> WorkbookDiff.compare(t.workbook(), checked.candidate().workbook())).orElse(List.of()));
    }

    @Operation(summary = "A table's versions",
        description = "Every stored version with author, time and checksum, newest first.")
    @GetMapping("/{table}/versions")
    List<Version> versionsOf(@PathVariable String table) {
        requireTable(table);
        List<RuleVersionRepository.StoredVersion> stored = versions.versions(table);
        if (stored.isEmpty()) {
            throw unknownTable(table);
        }
        int active = book.find(table).map(CompiledTable::version).orElse(0);
        return stored.stream().map(v -> new Version(v.version(), v.checksum(), v.author(), v.createdAt(), v.ruleCount(),
            v.scenarioCount(), v.version() == active)).toList();
    }

    @Operation(summary = "Activate a stored version (roll back)",
        description = "The version is checked again and becomes active on every node. Analysts only.")
    @AllowedGroups(Groups.ANALYSTS)
    @ApiResponse(responseCode = "200", description = "OK", useReturnTypeSchema = true)
    @ApiResponse(responseCode = "422", description = REFUSED)
    @PostMapping("/{table}/versions/{version}/activate")
    Accepted activate(@PathVariable String table, @PathVariable int version) {
        String author = requireEditor();
        requireTable(table);
        RuleVersionRepository.StoredVersion stored = versions.version(table, version)
            .orElseThrow(() -> new NotFoundException("rule table '" + table + "' has no version " + version));
        CompiledTable compiled = versions.activate(table, version, author);
        return Accepted.of(compiled, false, stored, author);
    }

    private String requireEditor() {
        Authentication authentication = identity.getCurrentAuthentication();
        if (authentication == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "changing rules needs an authenticated user");
        }
        List<String> groups = authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds();
        if (groups.stream().noneMatch(EDITORS::contains)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                "changing rules needs group 'analysts' or 'camunda-admin'; user '" + authentication.getUserId() + "' has neither");
        }
        return authentication.getUserId();
    }

    /** A path that names no table of this server is a 404 naming the tables there are, before any workbook is read. */
    private void requireTable(String table) {
        versions.unknown(table).ifPresent(why -> {
            throw new NotFoundException(why);
        });
    }

    private static NotFoundException unknownTable(String table) {
        return new NotFoundException("no rule table '" + table + "'");
    }
}
