package io.meridian.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
 * swapped in atomically. Old versions can be restored. On start the version the database
 * names wins once its cells pass this server's first check (else the newest earlier one that
 * does); a workbook in the folder that the database has never seen is submitted like an upload. Several nodes share the database and follow each other's
 * activations through {@link #sync()}.
 */
@Service
public class RuleVersions implements InitializingBean {

    /** The author of versions that came in through the rules folder (or, without one, the jar). */
    public static final String FILE_AUTHOR = "file";
    private static final Logger log = LoggerFactory.getLogger(RuleVersions.class);

    /**
     * Who put a version in force when a start found the version the database names failing this server's first check:
     * the last stored version that passes it, or the workbook packed into the application.
     */
    public static final String START_UP_AUTHOR = "start-up check";

    /** Why a version is loaded when this node follows another node's activation. */
    private static final String FOLLOWED = "another node";

    /**
     * A refused attempt to change a table, kept for the health endpoint and the workbench.
     *
     * @param note for a stored version refused here (at a start, or another node's activation): which version was
     *             refused and which one answers instead; null for a workbook refused on its way in
     */
    public record Refusal(String table, String author, Instant at, List<RuleProblem> problems, String note) {
        Refusal(String table, String author, Instant at, List<RuleProblem> problems) {
            this(table, author, at, problems, null);
        }
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
    /** The stored version of each table this node refused to put in force, so that it is refused once, not at every sync. */
    private final Map<String, StoredRefusal> refusedStored = new ConcurrentHashMap<>();
    /** The checksum of each table's workbook packed into the application ("" for none), read once. */
    private final Map<String, String> packedChecksums = new ConcurrentHashMap<>();
    /** Each table's build in force on this node with the activation that put it in force, replaced as one. */
    private final Map<String, InForce> inForce = new ConcurrentHashMap<>();

    /**
     * A table in force on this node and the activation it came with: one consistent pair, whatever another node activates
     * meanwhile (the database may name a newer version already while this node still builds it).
     *
     * @param activation null for a build put in force without one (a test's rule book)
     */
    public record InForce(CompiledTable table, Activation activation) {
    }

    RuleVersions(RuleBook book, WorkbookValidator validator, RuleVersionRepository repository, RulesSettings settings,
                 ObjectMapper json) {
        this.book = book;
        this.validator = validator;
        this.repository = repository;
        this.settings = settings;
        this.json = json;
    }

    /**
     * Loads every table before anything can ask for a decision; fails start-up only if a table has no usable version. The
     * version the database names goes in force only when its cells pass this server's first check (it may have been stored
     * by a server that checked fewer cells); otherwise the newest older version that passes does, or the workbook packed
     * into the application, put in force in the database for every node ({@value #START_UP_AUTHOR}), and the refusal is
     * kept for the health endpoint and the workbench.
     */
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
                if (!loaded && !putInForceInstead(table, activation)) {
                    unusable.add("table '" + table + "' has no usable version in the database and no workbook"
                        + refusedStored(table).map(r -> " (" + r + ")").orElse(""));
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
            if (!loaded && activation != null && known.isPresent() && known.get() == activation.version()) {
                // the folder holds the version refused above (the server wrote it there): the same cells, refused again
                if (!putInForceInstead(table, activation)) {
                    unusable.add(noVersionInstead(table, activation));
                }
                continue;
            }
            try {
                CompiledTable accepted = submit(table, file, FILE_AUTHOR);
                log.info("Rule table '{}' version {} came from {} (new workbook, all checks passed)", table, accepted.version(), source());
                if (!loaded && activation != null) {
                    inForceInstead(table, activation, "version " + accepted.version() + ", the new workbook in " + source() + ",");
                }
            } catch (RuleBookException e) {
                if (loaded) {
                    log.warn("Rule table '{}': the workbook in {} is refused, version {} from the database stays in force: {}",
                        table, source(), activation.version(), e.problems());
                } else if (!validator.knows(table)) {
                    // a copy saved under another name (etiquette-v2.drl.xlsx): nothing reads it, so it stops no start
                    log.warn("Rules folder file {}{} is left alone: {}", table, RuleBook.SUFFIX, validator.unknownTable(table));
                } else if (activation == null || !putInForceInstead(table, activation)) {
                    unusable.add(activation == null ? e.getMessage() : e.getMessage() + "; " + noVersionInstead(table, activation));
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

    /** A stored version this node found failing its first check (or its build), and why. */
    private record StoredRefusal(int version, List<RuleProblem> problems) {
        @Override
        public String toString() {
            return "version " + version + " in the database is refused: " + problems;
        }
    }

    private Optional<StoredRefusal> refusedStored(String table) {
        return Optional.ofNullable(refusedStored.get(table));
    }

    private String noVersionInstead(String table, Activation refused) {
        return "table '" + table + "': " + refusedStored(table).map(StoredRefusal::toString)
            .orElse("version " + refused.version() + " in the database cannot be used")
            + ", and no earlier version nor the application's packed workbook passes the checks in its place";
    }

    /**
     * In place of {@code refused}, the version the database names, which this start could not put in force: the newest
     * older stored version whose cells pass the first check, else the workbook packed into the application (every check).
     * It is put in force in the database too, so that every node answers with it, and written to the folder.
     */
    private boolean putInForceInstead(String table, Activation refused) {
        if (refused == null || !validator.knows(table)) {
            return false;
        }
        for (StoredVersion stored : repository.versions(table)) {
            if (stored.version() >= refused.version()) {
                continue;
            }
            Optional<CompiledTable> passing = passingFirstCheck(table, stored.version());
            if (passing.isPresent()) {
                putInForce(passing.get(), repository.activate(table, stored.version(), START_UP_AUTHOR));
                writeToFolder(passing.get());
                inForceInstead(table, refused, "version " + stored.version() + ", the newest earlier version whose cells pass,");
                return true;
            }
        }
        Optional<byte[]> packed = packedWorkbook(table);
        if (packed.isPresent()) {
            try {
                CompiledTable accepted = submit(table, packed.get(), FILE_AUTHOR);
                inForce.put(table, new InForce(accepted, repository.activate(table, accepted.version(), START_UP_AUTHOR)));
                inForceInstead(table, refused, "version " + accepted.version() + ", the workbook packed into the application,");
                return true;
            } catch (RuleBookException e) {
                log.error("Rule table '{}': the workbook packed into the application is refused too: {}", table, e.problems());
            }
        }
        return false;
    }

    private void inForceInstead(String table, Activation refused, String instead) {
        StoredRefusal refusal = refusedStored.get(table);
        List<RuleProblem> problems = refusal == null ? List.of() : refusal.problems();
        String note = "version " + refused.version() + " in the database was not put in force at start-up: " + problems.size()
            + (problems.size() == 1 ? " problem" : " problems") + "; " + instead + " is in force instead";
        refusals.put(table, new Refusal(table, START_UP_AUTHOR, Instant.now(), problems, note));
        log.error("Rule table '{}': {}", table, note);
    }

    /** A stored version built and checked as {@link #activate} checks it, when its cells pass; nothing is put in force. */
    private Optional<CompiledTable> passingFirstCheck(String table, int version) {
        try {
            byte[] workbook = repository.workbook(table, version).orElseThrow(() -> new NoSuchVersionException(table, version));
            CompiledTable compiled = validator.rebuild(table, workbook, version);
            return validator.firstCheck(compiled).isEmpty() ? Optional.of(compiled) : Optional.empty();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The workbook of {@code table} packed into the application (the jar's {@code rules/}), if it packs one. */
    private static Optional<byte[]> packedWorkbook(String table) {
        Resource resource = new PathMatchingResourcePatternResolver().getResource("classpath:rules/" + table + RuleBook.SUFFIX);
        if (!resource.exists()) {
            return Optional.empty();
        }
        try (InputStream in = resource.getInputStream()) {
            return Optional.of(in.readAllBytes());
        } catch (IOException e) {
            return Optional.empty();
        }
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
                // a workbook saved into the rules folder has no page to show its problems: the note puts them on the workbench
                String note = !FILE_AUTHOR.equals(author) ? null : "the workbook saved in the rules folder (" + table + RuleBook.SUFFIX
                    + ") was refused: " + e.problems().size() + (e.problems().size() == 1 ? " problem" : " problems") + "; "
                    + book.find(table).map(t -> "version " + t.version() + " keeps serving").orElse("no version is in force")
                    + ". Correct the cells named below and save it again.";
                refusals.put(table, new Refusal(table, author, Instant.now(), e.problems(), note));
                book.refused(table, e.problems().size());
                log.warn("Rule table '{}': workbook from {} refused, {} problem(s): {}", table, author, e.problems().size(), e.problems());
                throw e;
            }
            CompiledTable candidate = checked.candidate();
            Optional<Integer> known = repository.findByChecksum(table, candidate.checksum());
            Activation activation = known.isPresent() ? repository.activate(table, known.get(), author)
                : repository.storeAndActivate(table, candidate.checksum(), author, candidate.ruleCount(),
                    checked.scenarioCount(), scenarioJson(checked.scenarios()), workbook);
            int number = activation.version();
            CompiledTable accepted = candidate.withVersion(number);
            putInForce(accepted, activation);
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
            putInForce(compiled, repository.activate(table, version, author));
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
                    if (loadStored(activation, FOLLOWED)) {
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

    /**
     * Why {@code table} is none of this server's tables, naming those there are (and the one probably meant), or empty
     * when it is one: the API answers such a path 404 before it reads a workbook.
     */
    public Optional<String> unknown(String table) {
        return validator.knows(table) ? Optional.empty() : Optional.of(validator.unknownTable(table));
    }

    /** The tables whose scenarios run again when {@code table} changes. */
    public List<String> dependentsOf(String table) {
        return validator.dependentsOf(table);
    }

    public Optional<Activation> activation(String table) {
        return repository.activation(table);
    }

    /**
     * The tables in force on this node, by name, each with the activation that put it in force here: what to show of a
     * table, where the database's activation may already name the next version this node is still loading.
     */
    public List<InForce> inForce() {
        return book.tables().stream().map(t -> {
            InForce pair = inForce.get(t.table());
            // the pair, not the book's build: the book takes a new build a moment before the pair is replaced
            return pair == null ? new InForce(t, null) : pair;
        }).toList();
    }

    /** Puts {@code table} in force here with the activation that names it. */
    private void putInForce(CompiledTable table, Activation activation) {
        book.activate(table);
        inForce.put(table.table(), new InForce(table, activation));
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

    /**
     * Puts the stored version {@code activation} names in force, once its cells pass this server's first check: a version
     * stored by a server that checked fewer cells may hold one no decision can read. A refused version is kept with its
     * problems (logged naming the workbook, sheet and cell) and not tried again while the database names it.
     */
    private boolean loadStored(Activation activation, String reason) {
        String table = activation.table();
        StoredRefusal before = refusedStored.get(table);
        if (before != null && before.version() == activation.version()) {
            return false;
        }
        List<RuleProblem> problems;
        long start = System.nanoTime();
        try {
            byte[] workbook = repository.workbook(table, activation.version())
                .orElseThrow(() -> new NoSuchVersionException(table, activation.version()));
            CompiledTable compiled = validator.rebuild(table, workbook, activation.version());
            problems = isPacked(table, compiled.checksum()) ? List.of() : validator.firstCheck(compiled);
            if (problems.isEmpty()) {
                putInForce(compiled, activation);
                refusedStored.remove(table);
                // how long a node takes to follow: the poll interval, then the build (README "Several nodes")
                String followed = !FOLLOWED.equals(reason) || activation.activatedAt() == null ? ""
                    : ", in force here " + Duration.between(activation.activatedAt(), Instant.now()).toMillis() / 100 / 10.0
                        + " s after its activation";
                log.info("Rule table '{}' version {} loaded from the database ({}; activated {} by {}; built and checked here in"
                        + " {} ms{})", table, activation.version(), reason, activation.activatedAt(), activation.activatedBy(),
                    (System.nanoTime() - start) / 1_000_000, followed);
                return true;
            }
        } catch (RuleBookException e) {
            problems = e.problems();
        } catch (RuntimeException e) {
            problems = List.of(RuleProblem.ofWorkbook("it cannot be built: " + e.getMessage()));
        }
        refusedStored.put(table, new StoredRefusal(activation.version(), problems));
        book.refused(table, problems.size());
        String inForce = book.find(table).map(t -> "version " + t.version() + " stays in force").orElse("nothing is in force yet");
        log.error("Rule table '{}' version {} from the database ({}; activated {} by {}) is not put in force, {}; workbook {}{},"
                + " {} problem(s): {}", table, activation.version(), reason, activation.activatedAt(), activation.activatedBy(),
            inForce, table, RuleBook.SUFFIX, problems.size(), problems);
        if (book.find(table).isPresent()) {
            refusals.put(table, new Refusal(table, activation.activatedBy(), Instant.now(), problems, "version "
                + activation.version() + " in the database (activated by " + activation.activatedBy() + " on another node) was not put"
                + " in force here: " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; "
                + inForce + "."));
        }
        return false;
    }

    /**
     * Whether {@code checksum} is the workbook this application packs for {@code table}: it passed every check when the
     * application was built (the test run checks the shipped workbooks), so a start that loads it from its build need not
     * open it with POI to check its cells again.
     */
    private boolean isPacked(String table, String checksum) {
        return packedChecksums.computeIfAbsent(table, t -> packedWorkbook(t).map(DecisionTableCompiler::checksum).orElse(""))
            .equals(checksum);
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
