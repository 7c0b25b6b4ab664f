package io.meridian.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.drools.base.util.Drools;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.definition.rule.Rule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds of the tables in force, kept in a folder as Drools' executable model: a kjar whose rules
 * are already compiled to Java classes. A later start loads such a file in well under a second of CPU
 * ({@link KjarModels}: the knowledge base straight from the kjar's rule classes)
 * instead of opening the workbook with POI, generating its DRL and compiling it (several seconds
 * for the etiquette table, the largest part of what a start does beyond a bare Camunda app's).
 *
 * <p>A file is one table's build of one workbook: it is used only for the same table, the same
 * workbook bytes (SHA-256), the same Drools version and the same fact classes (a hash of their
 * bytecode, since the compiled rules call their methods), and only when it reads back whole.
 * Anything else (another workbook, an upgraded server, a damaged or half-written file) is not an
 * error: the table is built from its workbook as without this class, and the file is replaced
 * later. Files are written by {@link StoredBuildWriter} once a build is in force and its scenarios
 * pass on the stored build; every check a new workbook goes through still runs on the DRL build.
 *
 * <p>The application also brings builds of the workbooks it ships, made when it was built
 * ({@link ShippedBuilds}, on its classpath under {@value #SHIPPED}): with stored builds on, a table
 * whose folder holds no build that fits is loaded from there when that one fits, under the same
 * conditions. So a first start, and the first start after an upgrade, need not build the shipped
 * tables either.
 *
 * <p>The files hold code that the server runs: the folder needs the same protection as the
 * database and the rules folder.
 */
final class StoredBuilds {

    /** Where the server keeps them unless {@code meridian.rules.stored-builds} says otherwise: beside the H2 database. */
    static final String DEFAULT_FOLDER = "./data/rule-builds";
    /** The property naming the folder; blank turns stored builds off. */
    static final String FOLDER_PROPERTY = "meridian.rules.stored-builds";
    private static final Logger log = LoggerFactory.getLogger(StoredBuilds.class);
    /** Bumped when the file's layout changes: older files are then not read. */
    private static final String FORMAT = "1";
    static final String SUFFIX = ".kbuild";
    private static final Pattern FILE_NAME = Pattern.compile("(.+)-[0-9a-f]{64}" + Pattern.quote(SUFFIX));
    private static final String META = "meta.properties";
    private static final String RULES = "rules.tsv";
    private static final String KJAR = "kjar";
    /** How old a file of a write under way must be, on the folder's clock, to count as left by a killed process. */
    private static final Duration UNFINISHED_WRITE_GIVEN_UP = Duration.ofMinutes(10);
    private static final Pattern IMPORT = Pattern.compile("^import\\s+([\\w.$]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    /** Where the builds made with the application are on its classpath ({@link ShippedBuilds}). */
    static final String SHIPPED = "rule-builds/";
    private static final StoredBuilds OFF = new StoredBuilds(null, null);

    /** Null when off. */
    private final Path folder;
    /** Whose resources under {@link #SHIPPED} are the shipped builds; null: none. */
    private final ClassLoader shipped;

    private StoredBuilds(Path folder, ClassLoader shipped) {
        this.folder = folder;
        this.shipped = shipped;
    }

    /**
     * Builds kept in {@code folder} (made when the first one is written), and the application's
     * shipped builds; null or blank: none kept and none used.
     */
    static StoredBuilds in(String folder) {
        return in(folder, StoredBuilds.class.getClassLoader());
    }

    /** As {@link #in(String)}, with the shipped builds among {@code shipped}'s resources (null: none). */
    static StoredBuilds in(String folder, ClassLoader shipped) {
        return folder == null || folder.isBlank() ? OFF : new StoredBuilds(Path.of(folder.trim()), shipped);
    }

    static StoredBuilds off() {
        return OFF;
    }

    boolean enabled() {
        return folder != null;
    }

    Path file(String table, String checksum) {
        return folder.resolve(table + "-" + checksum + SUFFIX);
    }

    /** The table a stored build's file name ({@code <table>-<SHA-256>.kbuild}) is of; empty for another name. */
    static Optional<String> tableOf(String fileName) {
        Matcher name = FILE_NAME.matcher(fileName);
        return name.matches() ? Optional.of(name.group(1)) : Optional.empty();
    }

    /** The resource name of a shipped build of these bytes of {@code table}. */
    static String shippedResource(String table, String checksum) {
        return SHIPPED + table + "-" + checksum + SUFFIX;
    }

    /** Whether the folder holds a file for these bytes of {@code table}, whether or not it fits. */
    boolean holds(String table, String checksum) {
        return enabled() && Files.isRegularFile(file(table, checksum));
    }

    /**
     * Whether a build of these bytes of {@code table} that fits this server is there to load, in
     * the folder or among the shipped builds (reads their descriptions, loads nothing).
     */
    boolean fits(String table, String checksum) {
        if (!enabled()) {
            return false;
        }
        for (Source source : sources(table, checksum)) {
            try {
                byte[] file = source.bytes();
                if (file != null && fitting(source.name(), file, table, checksum, false).isPresent()) {
                    return true;
                }
            } catch (IOException | RuntimeException e) {
                // does not fit
            }
        }
        return false;
    }

    /**
     * The stored build of these bytes of {@code table} (from the folder, else the shipped one), or
     * empty when there is none that may be used (each reason logged). The layout is read from
     * {@code workbook} only when asked for.
     */
    Optional<TableBuilds.Build> load(String table, String checksum, byte[] workbook) {
        if (!enabled()) {
            return Optional.empty();
        }
        boolean found = false;
        for (Source source : sources(table, checksum)) {
            byte[] file;
            try {
                file = source.bytes();
            } catch (IOException | RuntimeException e) {
                log.info("Rule table '{}': the stored build {} cannot be read ({})", table, source.name(),
                    DecisionTableCompiler.rootMessage(e));
                found = true;
                continue;
            }
            if (file != null) {
                found = true;
                Optional<TableBuilds.Build> loaded = fitting(source.name(), file, table, checksum, true)
                    .flatMap(stored -> load(source.name(), stored, table, checksum, workbook));
                if (loaded.isPresent()) {
                    return loaded;
                }
            }
        }
        if (found) {
            log.info("Rule table '{}': no stored build fits; building it from the workbook", table);
        }
        return Optional.empty();
    }

    /** Where a build of these bytes may be, in the order they are tried: the folder, then the shipped builds. */
    private List<Source> sources(String table, String checksum) {
        Path file = file(table, checksum);
        List<Source> sources = new ArrayList<>(2);
        sources.add(new Source(file.toString(), () -> {
            try {
                return Files.readAllBytes(file);
            } catch (NoSuchFileException e) {
                return null;
            }
        }));
        if (shipped != null) {
            String resource = shippedResource(table, checksum);
            sources.add(new Source("the shipped " + resource, () -> {
                try (InputStream in = shipped.getResourceAsStream(resource)) {
                    return in == null ? null : in.readAllBytes();
                }
            }));
        }
        return sources;
    }

    /** A place a build may be read from: its name for the log, and its bytes (null when there is none). */
    private record Source(String name, BytesReader reader) {
        byte[] bytes() throws IOException {
            return reader.read();
        }
    }

    @FunctionalInterface
    private interface BytesReader {
        byte[] read() throws IOException;
    }

    /** A file's contents when they read back whole and their description fits this table, workbook and server. */
    private static Optional<Stored> fitting(String source, byte[] file, String table, String checksum, boolean logReasons) {
        Stored stored;
        try {
            stored = read(file);
        } catch (IOException | RuntimeException e) {
            if (logReasons) {
                log.info("Rule table '{}': the stored build {} cannot be read ({})", table, source, DecisionTableCompiler.rootMessage(e));
            }
            return Optional.empty();
        }
        String unusable = unusable(stored.meta(), table, checksum);
        if (unusable != null) {
            if (logReasons) {
                log.info("Rule table '{}': the stored build {} is not used: {}", table, source, unusable);
            }
            return Optional.empty();
        }
        return Optional.of(stored);
    }

    private Optional<TableBuilds.Build> load(String source, Stored stored, String table, String checksum, byte[] workbook) {
        Map<String, FiredRule> rules;
        KieBase kieBase;
        try {
            rules = stored.rules(table);
            kieBase = kieBase(stored.kjar());
        } catch (RuntimeException | LinkageError e) {
            log.info("Rule table '{}': the stored build {} does not load ({})", table, source, DecisionTableCompiler.rootMessage(e));
            return Optional.empty();
        }
        WorkCounter.LOADS.count();
        log.debug("Rule table '{}': loaded {}", table, source);
        byte[] bytes = workbook.clone();
        return Optional.of(new TableBuilds.Build(table, checksum, kieBase, rules, bytes, LayoutSource.whenAsked(table, bytes)));
    }

    /** Why a file's description does not fit this table, workbook and server; null when it fits. */
    private static String unusable(Properties meta, String table, String checksum) {
        if (!FORMAT.equals(meta.getProperty("format"))) {
            return "written in another format (" + meta.getProperty("format") + ")";
        }
        if (!table.equals(meta.getProperty("table")) || !checksum.equals(meta.getProperty("checksum"))) {
            return "it was built from another workbook";
        }
        if (!Drools.getFullVersion().equals(meta.getProperty("drools"))) {
            return "it was built by Drools " + meta.getProperty("drools") + ", this server runs " + Drools.getFullVersion();
        }
        List<String> facts = List.of(meta.getProperty("facts", "").split(","));
        String now = factsHash(facts);
        if (now == null || !now.equals(meta.getProperty("factsHash"))) {
            return "the fact classes " + facts + " changed since it was built";
        }
        return null;
    }

    /** What an executable-model build of {@code drl} is: its knowledge base (loaded from its own kjar) and the kjar. */
    record Executable(KieBase kieBase, byte[] kjar, String drl) {
    }

    /**
     * Builds the executable model of a table's DRL and loads it back from the kjar's bytes, exactly
     * as a later start will. Slower than the DRL build (every rule becomes Java source, compiled):
     * meant for a background thread.
     *
     * @throws IllegalStateException when Drools reports an error
     */
    static Executable build(String table, String checksum, String drl) {
        return ApplicationClassLoader.around(() -> {
            KieServices services = KieServices.Factory.get();
            ReleaseId id = services.newReleaseId("io.meridian.rules.built", table, "1.0.0-" + checksum.substring(0, 16));
            Matcher pkg = PACKAGE.matcher(drl);
            String folder = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
            KieFileSystem files = services.newKieFileSystem().generateAndWritePomXML(id)
                .write("src/main/resources/" + folder + table + ".drl", drl);
            KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
            try {
                List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
                if (!errors.isEmpty()) {
                    throw new IllegalStateException("Drools' executable model refuses the table: " + errors);
                }
                byte[] kjar = ((InternalKieModule) builder.getKieModule()).getBytes();
                return new Executable(kieBase(kjar), kjar, drl);
            } finally {
                services.getRepository().removeKieModule(id);
            }
        });
    }

    /**
     * Writes a build (atomically: another file, then moved into place) and removes this table's
     * other stored builds.
     */
    void write(String table, String checksum, Executable executable, Map<String, FiredRule> rules) throws IOException {
        if (!enabled()) {
            return;
        }
        List<String> facts = new ArrayList<>();
        Matcher imports = IMPORT.matcher(executable.drl());
        while (imports.find()) {
            facts.add(imports.group(1));
        }
        String hash = factsHash(facts);
        if (hash == null) {
            throw new IOException("the fact classes " + facts + " cannot be read as class files");
        }
        Properties meta = new Properties();
        meta.setProperty("format", FORMAT);
        meta.setProperty("table", table);
        meta.setProperty("checksum", checksum);
        meta.setProperty("drools", Drools.getFullVersion());
        meta.setProperty("facts", String.join(",", facts));
        meta.setProperty("factsHash", hash);
        StringBuilder tsv = new StringBuilder();
        rules.values().forEach(r -> tsv.append(r.rule()).append('\t').append(r.sheet() == null ? "" : r.sheet())
            .append('\t').append(r.row()).append('\n'));

        Files.createDirectories(folder);
        Path target = file(table, checksum);
        Path temporary = Files.createTempFile(folder, table + "-", ".writing");
        try {
            try (OutputStream out = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(out)) {
                zip.putNextEntry(new ZipEntry(META));
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                meta.store(text, "Meridian: a rule table's build as Drools' executable model; delete freely, it is built again");
                zip.write(text.toByteArray());
                zip.putNextEntry(new ZipEntry(RULES));
                zip.write(tsv.toString().getBytes(StandardCharsets.UTF_8));
                zip.putNextEntry(new ZipEntry(KJAR));
                zip.write(executable.kjar());
            }
            try (var channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
        removeOthers(table, target);
    }

    /**
     * Removes this table's other stored builds, and files of writes that stopped half-way (a kill) long ago. "Long ago"
     * is judged on the folder's own clock, against the time of the file just written: on a folder several nodes share,
     * a node whose clock runs ahead of the file server's would otherwise take another node's write under way for a
     * dead one.
     */
    private void removeOthers(String table, Path keep) throws IOException {
        Pattern unfinished = Pattern.compile(Pattern.quote(table) + "-\\d+\\.writing");
        Instant longAgo = Files.getLastModifiedTime(keep).toInstant().minus(UNFINISHED_WRITE_GIVEN_UP);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, table + "-*")) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!file.equals(keep) && tableOf(name).filter(table::equals).isPresent()
                    || unfinished.matcher(name).matches() && Files.getLastModifiedTime(file).toInstant().isBefore(longAgo)) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private record Stored(Properties meta, String rulesTsv, byte[] kjar) {

        Map<String, FiredRule> rules(String table) {
            Map<String, FiredRule> rules = new LinkedHashMap<>();
            for (String line : rulesTsv.split("\n")) {
                if (!line.isEmpty()) {
                    String[] cells = line.split("\t", -1);
                    rules.put(cells[0], new FiredRule(table, cells[1].isEmpty() ? null : cells[1], Integer.parseInt(cells[2]), cells[0]));
                }
            }
            return Map.copyOf(rules);
        }
    }

    private static Stored read(byte[] file) throws IOException {
        Properties meta = null;
        String rules = null;
        byte[] kjar = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                byte[] bytes = zip.readAllBytes();
                switch (entry.getName()) {
                    case META -> {
                        meta = new Properties();
                        meta.load(new StringReader(new String(bytes, StandardCharsets.ISO_8859_1)));
                    }
                    case RULES -> rules = new String(bytes, StandardCharsets.UTF_8);
                    case KJAR -> kjar = bytes;
                    default -> {
                    }
                }
            }
        }
        if (meta == null || rules == null || kjar == null) {
            throw new IOException("the file is incomplete");
        }
        return new Stored(meta, rules, kjar);
    }

    private static KieBase kieBase(byte[] kjar) {
        return ApplicationClassLoader.around(() -> KjarModels.kieBase(kjar));
    }

    /** The names of the rules {@code kieBase} holds. */
    static Set<String> ruleNames(KieBase kieBase) {
        return kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
            .map(Rule::getName).collect(Collectors.toSet());
    }

    /** A hash of the fact classes' bytecode, or null when one of them is not found as a class file. */
    private static String factsHash(List<String> classNames) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            ClassLoader loader = StoredBuilds.class.getClassLoader();
            for (String name : classNames) {
                try (InputStream in = loader.getResourceAsStream(name.replace('.', '/') + ".class")) {
                    if (in == null) {
                        return null;
                    }
                    digest.update(name.getBytes(StandardCharsets.UTF_8));
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return null;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
