package io.meridian.workbench;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.rules.CheckReport;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.DecisionPreview;
import io.meridian.rules.RuleBook;
import io.meridian.rules.RuleBookException;
import io.meridian.rules.RuleVersionRepository.Activation;
import io.meridian.rules.RuleVersionRepository.StoredVersion;
import io.meridian.rules.RuleVersions;
import io.meridian.rules.SheetRendering;
import io.meridian.rules.WorkbookDiff;
import io.meridian.rules.WorkbookValidator;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
 * The workbench pages: the tables in force, a table's versions (download, roll back), the
 * check of a dropped workbook with its problems on the sheet, its scenario results, the diff
 * against the version in force and the what-if preview, then activation after a confirmation.
 * Every change goes through {@link RuleVersions}, exactly as an upload over {@code /api/rules}.
 */
@Controller
@RequestMapping("/workbench")
class WorkbenchController {

    /** One table on the overview. */
    record TableRow(String table, int version, String activatedBy, Instant activatedAt, int rules, int scenarios) {
    }

    /** One stored version on a table's page. */
    record VersionRow(int version, String checksum, String author, Instant createdAt, int rules, int scenarios,
                      long scenariosPassed, boolean active) {
        public String shortChecksum() {
            return checksum.substring(0, Math.min(12, checksum.length()));
        }
    }

    private static final int CONTEXT_ROWS = 2;
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(WorkbenchController.class);

    private final RuleBook book;
    private final RuleVersions versions;
    private final WorkbookValidator validator;
    private final DecisionPreview preview;
    private final Candidates candidates;
    private final ObjectMapper json;
    private final CalendarReminders reminders;

    WorkbenchController(RuleBook book, RuleVersions versions, WorkbookValidator validator, DecisionPreview preview,
                        Candidates candidates, ObjectMapper json, CalendarReminders reminders) {
        this.book = book;
        this.versions = versions;
        this.validator = validator;
        this.preview = preview;
        this.candidates = candidates;
        this.json = json;
        this.reminders = reminders;
    }

    @GetMapping("/login")
    String login() {
        return "workbench/login";
    }

    @GetMapping({"", "/"})
    String tables(Model model, Authentication user) {
        model.addAttribute("tables", versions.inForce().stream().map(pair -> {
            CompiledTable t = pair.table();
            Optional<Activation> activation = Optional.ofNullable(pair.activation());
            int scenarios = versions.version(t.table(), t.version()).map(StoredVersion::scenarioCount).orElse(0);
            return new TableRow(t.table(), t.version(), activation.map(Activation::activatedBy).orElse(null),
                activation.map(Activation::activatedAt).orElse(t.loadedAt()), t.ruleCount(), scenarios);
        }).toList());
        model.addAttribute("refusedVersions", versions.refusals().values().stream().filter(this::shown)
            .sorted(java.util.Comparator.comparing(RuleVersions.Refusal::table)).toList());
        model.addAttribute("calendarReminders", reminders.at(ClockUtil.getCurrentTime().toInstant()));
        user(model, user);
        return "workbench/tables";
    }

    @GetMapping("/tables/{table}")
    String table(@PathVariable String table, Model model, Authentication user) {
        CompiledTable inForce = inForce(table);
        model.addAttribute("table", table);
        model.addAttribute("inForce", inForce);
        model.addAttribute("versions", versionRows(table, inForce.version()));
        model.addAttribute("dependents", versions.dependentsOf(table));
        model.addAttribute("refusedVersions", Optional.ofNullable(versions.refusals().get(table)).filter(this::shown)
            .stream().toList());
        if (table.equals(EtiquetteService.TABLE)) {
            model.addAttribute("calendarReminders", reminders.at(ClockUtil.getCurrentTime().toInstant()));
        }
        user(model, user);
        return "workbench/table";
    }

    @GetMapping("/tables/{table}/versions/{version}/workbook")
    ResponseEntity<byte[]> download(@PathVariable String table, @PathVariable int version) {
        byte[] workbook = versions.workbook(table, version).orElseThrow(() -> notFound(table + " has no version " + version));
        return ResponseEntity.ok()
            .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
            .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(table + "-v" + version + RuleBook.SUFFIX).build().toString())
            .body(workbook);
    }

    @GetMapping("/tables/{table}/diff")
    String diff(@PathVariable String table, @RequestParam int from, @RequestParam int to, Model model, Authentication user) {
        byte[] before = versions.workbook(table, from).orElseThrow(() -> notFound(table + " has no version " + from));
        byte[] after = versions.workbook(table, to).orElseThrow(() -> notFound(table + " has no version " + to));
        model.addAttribute("table", table);
        model.addAttribute("title", "Version " + from + " → version " + to);
        model.addAttribute("diff", WorkbookDiff.compare(before, after));
        user(model, user);
        return "workbench/diff";
    }

    @GetMapping("/confirm/tables/{table}/versions/{version}")
    String confirmRollBack(@PathVariable String table, @PathVariable int version, Model model, Authentication user) {
        StoredVersion stored = versions.version(table, version).orElseThrow(() -> notFound(table + " has no version " + version));
        model.addAttribute("table", table);
        model.addAttribute("stored", stored);
        model.addAttribute("inForce", inForce(table).version());
        model.addAttribute("dependents", versions.dependentsOf(table));
        user(model, user);
        return "workbench/confirm-version";
    }

    @PostMapping("/tables/{table}/versions/{version}/activate")
    String activate(@PathVariable String table, @PathVariable int version, Authentication user, RedirectAttributes flash) {
        versions.version(table, version).orElseThrow(() -> notFound(table + " has no version " + version));
        try {
            versions.activate(table, version, user.getName());
            flash.addFlashAttribute("notice", "Version " + version + " of " + table + " is in force.");
        } catch (RuleBookException e) {
            flash.addFlashAttribute("refusal", e.problems());
        }
        return "redirect:/workbench/tables/" + table;
    }

    @PostMapping("/tables/{table}/check")
    String check(@PathVariable String table, @RequestParam("file") MultipartFile file, Authentication user) throws IOException {
        inForce(table);
        byte[] workbook = file.getBytes();
        long start = System.nanoTime();
        WorkbookValidator.Checked checked = validator.report(table, workbook);
        log.info("Workbench: {} checked {} for table '{}' in {} ms: {}", user.getName(), file.getOriginalFilename(), table,
            (System.nanoTime() - start) / 1_000_000, checked.report().passed() ? "passed" : checked.report().allProblems().size() + " problem(s)");
        Candidates.Candidate candidate = candidates.keep(table, file.getOriginalFilename(), user.getName(), workbook,
            checked.report(), checked.candidate());
        return "redirect:/workbench/candidates/" + candidate.id();
    }

    @GetMapping("/candidates/{id}")
    String candidate(@PathVariable String id, Model model, Authentication user) {
        Candidates.Candidate candidate = candidate(id);
        CheckReport report = candidate.report();
        model.addAttribute("candidate", candidate);
        model.addAttribute("table", candidate.table());
        model.addAttribute("report", report);
        model.addAttribute("problems", report.allProblems());
        model.addAttribute("sheets", SheetRendering.around(candidate.workbook(), report.allProblems().stream()
            .filter(p -> p.sheet() != null && !p.sheet().contains(RuleBook.SUFFIX)).toList(), CONTEXT_ROWS));
        if (report.passed() && candidate.build() != null) {
            CompiledTable inForce = inForce(candidate.table());
            model.addAttribute("inForce", inForce);
            model.addAttribute("diff", WorkbookDiff.compare(inForce.workbook(), candidate.workbook()));
            if (preview.supports(candidate.table())) {
                DecisionPreview.Preview whatIf = preview.preview(inForce, candidate.build());
                log.info("Workbench: what-if for table '{}' compared {} decisions and {} running processes in {} ms",
                    candidate.table(), whatIf.compared(), whatIf.running(), whatIf.took().toMillis());
                model.addAttribute("preview", whatIf);
            }
        }
        user(model, user);
        return "workbench/candidate";
    }

    @GetMapping("/candidates/{id}/confirm")
    String confirmCandidate(@PathVariable String id, Model model, Authentication user) {
        Candidates.Candidate candidate = candidate(id);
        model.addAttribute("candidate", candidate);
        model.addAttribute("table", candidate.table());
        model.addAttribute("inForce", inForce(candidate.table()).version());
        model.addAttribute("dependents", versions.dependentsOf(candidate.table()));
        user(model, user);
        return "workbench/confirm-candidate";
    }

    @PostMapping("/candidates/{id}/activate")
    String activateCandidate(@PathVariable String id, Authentication user, RedirectAttributes flash) {
        Candidates.Candidate candidate = candidate(id);
        try {
            CompiledTable accepted = versions.submit(candidate.table(), candidate.workbook(), user.getName());
            candidates.forget(id);
            flash.addFlashAttribute("notice", "Version " + accepted.version() + " of " + candidate.table() + " is in force.");
            return "redirect:/workbench/tables/" + candidate.table();
        } catch (RuleBookException e) {
            flash.addFlashAttribute("refusal", e.problems());
            return "redirect:/workbench/candidates/" + id;
        }
    }

    private List<VersionRow> versionRows(String table, int active) {
        return versions.versions(table).stream().map(v -> new VersionRow(v.version(), v.checksum(), v.author(), v.createdAt(),
            v.ruleCount(), v.scenarioCount(), passed(v.scenarioResults()), v.version() == active)).toList();
    }

    private long passed(String scenarioResults) {
        if (scenarioResults == null || scenarioResults.isBlank()) {
            return 0;
        }
        try {
            List<java.util.Map<String, Object>> results = json.readValue(scenarioResults, new TypeReference<>() { });
            return results.stream().filter(r -> !(r.get("failures") instanceof List<?> f) || f.isEmpty()).count();
        } catch (IOException e) {
            return 0;
        }
    }

    /**
     * A refusal the workbench shows above the tables: a stored version kept out of force, and a workbook saved in the rules
     * folder until a version is put in force after it (a workbench upload's refusal is on the page of its check).
     */
    private boolean shown(RuleVersions.Refusal refusal) {
        if (refusal.note() == null) {
            return false;
        }
        if (!RuleVersions.FILE_AUTHOR.equals(refusal.author())) {
            return true;
        }
        return versions.activation(refusal.table()).map(a -> refusal.at().isAfter(a.activatedAt())).orElse(true);
    }

    private CompiledTable inForce(String table) {
        return book.find(table).orElseThrow(() -> notFound("no rule table '" + table + "'"));
    }

    private Candidates.Candidate candidate(String id) {
        return candidates.find(id).orElseThrow(() -> notFound("this checked workbook is no longer kept (they are kept for "
            + Candidates.KEPT.toMinutes() + " minutes); drop it again"));
    }

    static void user(Model model, Authentication user) {
        model.addAttribute("user", user.getName());
        model.addAttribute("editor", user.getAuthorities().stream()
            .anyMatch(a -> Arrays.asList(WorkbenchSecurity.EDITORS).contains(a.getAuthority())));
    }

    private static ResponseStatusException notFound(String message) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, message);
    }
}
