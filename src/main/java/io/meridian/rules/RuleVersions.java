package io.meridian.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.rules.RuleVersionRepository.Activation;
import io.meridian.rules.RuleVersionRepository.StoredVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;

/**
 * Decides which version of each table is in force: a candidate goes live only after every
 * check of {@link WorkbookValidator}, is stored in the database with a new number, and is
 * swapped in atomically. Old versions can be restored. On start the newest accepted version
 * in the database wins; a workbook in the folder that the database has never seen is
 * submitted like an upload. Several nodes share the database and follow each other's
 * activations through {@link #sync()}.
 */
@Service
public class RuleVersions implements InitializingBean {

    /** The author of versions that came in through the rules folder (or, without one, the jar). */
    public static final String FILE_AUTHOR = "file";
    private static final Logger log = LoggerFactory.getLogger(RuleVersions.class);

    /** A refused attempt to change a table, kept for the health endpoint. */
    public record Refusal(String table, String author, Instant at, List<RuleProblem> problems) {
    }

    private final RuleBook book;
    private final WorkbookValidator validator;
    private final RuleVersionRepository repository;
    private final RulesSettings settings;
    private final ObjectMapper json;
    private final ReentrantLock changes = new ReentrantLock();
    private final Map<String, Refusal> refusals = new ConcurrentHashMap<>();
    /** Checksum of each folder file as last taken (or written) by this node, so that a file is taken once. */
    private final Map<String, String> folderChecksums = new ConcurrentHashMap<>();
    private volatile Instant lastSync;

    RuleVersions(RuleBook book, WorkbookValidator validator, RuleVersionRepository repository, RulesSettings settings,
                 ObjectMapper json) {
        this.book = book;
        this.validator = validator;
        this.repository = repository;
        this.settings = settings;
        this.json = json;
    }

    /** Loads every table before anything can ask for a decision; fails start-up only if a table has no usable version. */
    @Override
    public void afterPropertiesSet() {
        Map<String, byte[]> files = readWorkbooks();
        Map<String, Activation> activations = repository.activations();
        List<String> unusable = new ArrayList<>();
        for (String table : validator.loadOrder(union(files.keySet(), activations.keySet()))) {
            byte[] file = files.get(table);
            Activation activation = activations.get(table);
            if (file != null) {
                folderChecksums.put(table, DecisionTableCompiler.checksum(file));
            }
            boolean loaded = activation != null && loadStored(activation, "start-up");
            if (file == null) {
                if (!loaded) {
                    unusable.add("table '" + table + "' has no usable version in the database and no workbook");
                }
                continue;
            }
            String checksum = DecisionTableCompiler.checksum(file);
            Optional<Integer> known = repository.findByChecksum(table, checksum);
            if (loaded && known.isPresent()) {
                if (known.get() != activation.version()) {
                    log.info("Rule table '{}': the workbook in {} is version {}; version {} stays in force as the database says",
                        table, source(), known.get(), activation.version());
                }
                continue;
            }
            try {
                CompiledTable accepted = submit(table, file, FILE_AUTHOR);
                log.info("Rule table '{}' version {} came from {} (new workbook, all checks passed)", table, accepted.version(), source());
            } catch (RuleBookException e) {
                if (loaded) {
                    log.warn("Rule table '{}': the workbook in {} is refused, version {} from the database stays in force: {}",
                        table, source(), activation.version(), e.problems());
                } else if (!validator.knows(table)) {
                    // a copy saved under another name (etiquette-v2.drl.xlsx): nothing reads it, so it stops no start
                    log.warn("Rules folder file {}{} is left alone: {}", table, RuleBook.SUFFIX, validator.unknownTable(table));
                } else {
                    unusable.add(e.getMessage());
                }
            }
        }
        log.info("Rule tables loaded; so far in this JVM {} workbook(s) opened with POI, {} built by Drools, {} loaded as stored builds",
            WorkCounter.OPENS.inJvm(), WorkCounter.BUILDS.inJvm(), WorkCounter.LOADS.inJvm());
        if (!unusable.isEmpty()) {
            throw new IllegalStateException("Cannot start, no accepted rule version to use: " + String.join("; ", unusable));
        }
        lastSync = Instant.now();
    }

    /** Every check, nothing activated. */
    public CheckedWorkbook validate(String table, byte[] workbook) {
        return validator.check(table, workbook);
    }

    /**
     * Checks a workbook and, when it passes, stores it as a new version and puts it in force.
     * A workbook identical to a stored version puts that version back in force.
     *
     * @throws RuleBookException listing every problem; the version in force is untouched
     */
    public CompiledTable submit(String table, byte[] workbook, String author) {
        return submission(table, workbook, author).table();
    }

    /** What {@link #submit} put in force, and whether it stored a new version for it (not for a workbook stored before). */
    public record Submission(CompiledTable table, boolean created) {
    }

    /** As {@link #submit}, saying whether a new version was stored. */
    public Submission submission(String table, byte[] workbook, String author) {
        changes.lock();
        try {
            CheckedWorkbook checked;
            try {
                checked = validator.check(table, workbook);
            } catch (RuleBookException e) {
                refusals.put(table, new Refusal(table, author, Instant.now(), e.problems()));
                book.refused(table, e.problems().size());
                log.warn("Rule table '{}': workbook from {} refused, {} problem(s): {}", table, author, e.problems().size(), e.problems());
                throw e;
            }
            CompiledTable candidate = checked.candidate();
            Optional<Integer> known = repository.findByChecksum(table, candidate.checksum());
            int number;
            if (known.isPresent()) {
                number = known.get();
                repository.activate(table, number, author);
            } else {
                number = repository.storeAndActivate(table, candidate.checksum(), author, candidate.ruleCount(),
                    checked.scenarioCount(), scenarioJson(checked.scenarios()), workbook);
            }
            CompiledTable accepted = candidate.withVersion(number);
            book.activate(accepted);
            log.info("Rule table '{}' version {} accepted from {}: {} scenarios passed", table, number, author, checked.scenarioCount());
            writeToFolder(accepted);
            return new Submission(accepted, known.isEmpty());
        } finally {
            changes.unlock();
        }
    }

    /**
     * Puts a stored version back in force (roll back, or forward again), once its cells pass the first check of this
     * server (a version stored before a check was added may hold a value no decision can read) and the tables that
     * depend on it pass their scenarios with it.
     */
    public CompiledTable activate(String table, int version, String author) {
        changes.lock();
        try {
            byte[] workbook = repository.workbook(table, version)
                .orElseThrow(() -> new NoSuchVersionException(table, version));
            CompiledTable compiled = validator.rebuild(table, workbook, version);
            List<RuleProblem> problems = validator.firstCheck(compiled);
            if (problems.isEmpty()) {
                problems = validator.dependentProblems(compiled);
            }
            if (!problems.isEmpty()) {
                refusals.put(table, new Refusal(table, author, Instant.now(), problems));
                log.warn("Rule table '{}': version {} not put back in force for {}, {} problem(s): {}", table, version, author,
                    problems.size(), problems);
                throw new RuleBookException(table, problems);
            }
            repository.activate(table, version, author);
            book.activate(compiled);
            log.info("Rule table '{}' version {} put back in force by {}", table, version, author);
            writeToFolder(compiled);
            return compiled;
        } finally {
            changes.unlock();
        }
    }

    /** Follows activations made by other nodes: anything in the database that is not in force here is loaded. */
    public void sync() {
        changes.lock();
        try {
            for (Activation activation : repository.activations().values()) {
                Optional<CompiledTable> current = book.find(activation.table());
                if (current.isEmpty() || current.get().version() != activation.version()) {
                    if (loadStored(activation, "another node")) {
                        book.find(activation.table()).ifPresent(this::writeToFolder);
                    }
                }
            }
            lastSync = Instant.now();
        } finally {
            changes.unlock();
        }
    }

    /**
     * One scan of the rules folder: a workbook whose content this node has not taken yet is
     * submitted with the author {@value #FILE_AUTHOR}. The caller makes sure the file is no
     * longer being written.
     */
    void takeFromFolder(String table, byte[] workbook) {
        String checksum = DecisionTableCompiler.checksum(workbook);
        if (checksum.equals(folderChecksums.get(table))) {
            return;
        }
        folderChecksums.put(table, checksum);
        Optional<CompiledTable> current = book.find(table);
        if (current.isPresent() && current.get().checksum().equals(checksum)) {
            return;
        }
        try {
            submit(table, workbook, FILE_AUTHOR);
        } catch (RuleBookException e) {
            // already logged and kept for the health endpoint; the version in force keeps answering
        }
    }

    public List<StoredVersion> versions(String table) {
        return repository.versions(table);
    }

    public Optional<StoredVersion> version(String table, int version) {
        return repository.version(table, version);
    }

    /** The workbook of a stored version, as it was uploaded. */
    public Optional<byte[]> workbook(String table, int version) {
        return repository.workbook(table, version);
    }

    /** The tables whose scenarios run again when {@code table} changes. */
    public List<String> dependentsOf(String table) {
        return validator.dependentsOf(table);
    }

    public Optional<Activation> activation(String table) {
        return repository.activation(table);
    }

    public Map<String, Refusal> refusals() {
        return Map.copyOf(refusals);
    }

    public Instant lastSync() {
        return lastSync;
    }

    public RulesSettings settings() {
        return settings;
    }

    private boolean loadStored(Activation activation, String reason) {
        try {
            byte[] workbook = repository.workbook(activation.table(), activation.version())
                .orElseThrow(() -> new NoSuchVersionException(activation.table(), activation.version()));
            book.activate(validator.rebuild(activation.table(), workbook, activation.version()));
            log.info("Rule table '{}' version {} loaded from the database ({}; activated {} by {})",
                activation.table(), activation.version(), reason, activation.activatedAt(), activation.activatedBy());
            return true;
        } catch (RuntimeException e) {
            log.error("Rule table '{}' version {} from the database cannot be built: {}", activation.table(),
                activation.version(), e.getMessage());
            return false;
        }
    }

    /** Keeps the folder in line with the version in force, so a restart or a look at the folder shows it. */
    private void writeToFolder(CompiledTable table) {
        Path folder = settings.folder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        Path target = folder.resolve(table.table() + RuleBook.SUFFIX);
        try {
            if (Files.exists(target) && DecisionTableCompiler.checksum(Files.readAllBytes(target)).equals(table.checksum())) {
                folderChecksums.put(table.table(), table.checksum());
                return;
            }
            folderChecksums.put(table.table(), table.checksum());
            // not Files.createTempFile: it makes the file owner-only (0600), and the move would carry
            // that onto the analysts' workbook. A plain new file gets the folder's usual permissions
            // (the umask), and an existing workbook keeps exactly the permissions it had.
            Path temporary = folder.resolve(".meridian-" + java.util.UUID.randomUUID() + ".tmp");
            try {
                Files.write(temporary, table.workbook(), java.nio.file.StandardOpenOption.CREATE_NEW);
                keepPermissions(target, temporary);
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            log.warn("Rule table '{}' version {} is in force but could not be written to {}: {}", table.table(),
                table.version(), target, e.getMessage());
        }
    }

    private static void keepPermissions(Path original, Path replacement) throws IOException {
        if (Files.exists(original) && Files.getFileStore(original).supportsFileAttributeView(java.nio.file.attribute.PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(original));
        }
    }

    private String scenarioJson(List<ScenarioResult> results) {
        try {
            return json.writeValueAsString(results);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String source() {
        return Files.isDirectory(settings.folder()) ? "folder " + settings.folder() : "the application's packed rules";
    }

    private Map<String, byte[]> readWorkbooks() {
        Map<String, byte[]> workbooks = new TreeMap<>();
        Path folder = settings.folder();
        try {
            if (Files.isDirectory(folder)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + RuleBook.SUFFIX)) {
                    for (Path file : files) {
                        if (RulesFolderWatcher.isWorkbook(file)) {
                            workbooks.put(RuleBook.tableName(file.getFileName().toString()), Files.readAllBytes(file));
                        }
                    }
                }
                log.info("Rules folder {} holds workbooks {}", folder.toAbsolutePath().normalize(), workbooks.keySet());
            } else {
                for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:rules/*" + RuleBook.SUFFIX)) {
                    try (InputStream in = resource.getInputStream()) {
                        workbooks.put(RuleBook.tableName(resource.getFilename()), in.readAllBytes());
                    }
                }
                log.info("Rules folder {} does not exist; the application packs workbooks {}",
                    folder.toAbsolutePath().normalize(), workbooks.keySet());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the rule tables: " + e.getMessage(), e);
        }
        return workbooks;
    }

    private static <T> List<T> union(java.util.Collection<T> a, java.util.Collection<T> b) {
        List<T> all = new ArrayList<>(a);
        b.stream().filter(x -> !all.contains(x)).forEach(all::add);
        return all;
    }

    /** A version number that names nothing stored. */
    public static class NoSuchVersionException extends RuntimeException {
        NoSuchVersionException(String table, int version) {
            super("rule table '" + table + "' has no version " + version);
        }
    }

    static Map<String, Object> describe(CompiledTable table) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("table", table.table());
        d.put("version", table.version());
        d.put("checksum", table.checksum());
        d.put("loadedAt", table.loadedAt());
        d.put("rules", table.ruleCount());
        return d;
    }
}
