package io.meridian.rules;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import io.meridian.folders.SettledFiles;
import io.meridian.folders.WatchedFolder;
import org.springframework.stereotype.Component;

/**
 * The node's background work on the rule book: every {@code watch-interval} a scan of the
 * rules folder (polling rather than a WatchService, which misses changes on network and
 * container-mounted folders), and every {@code poll-interval} a look at the database for
 * another node's activation. A saved file is taken once it has kept its size and time over
 * one scan, so a workbook still being written is never read half-way, and once per change
 * ({@link SettledFiles}): a scan of an unchanged folder reads no workbook.
 */
@Component
class RulesFolderWatcher extends WatchedFolder {

    private final RuleVersions versions;
    private final RulesSettings settings;
    private final SettledFiles settled = new SettledFiles();

    RulesFolderWatcher(RuleVersions versions, RulesSettings settings) {
        super("rules folder", "rule versions", settings);
        this.versions = versions;
        this.settings = settings;
    }

    /**
     * What a spreadsheet program may save for a table instead of its {@code .drl.xlsx} (LibreOffice's own format,
     * Excel 97-2003): taken to the check like a workbook, which refuses it saying how to save it as {@code .xlsx}
     * (logged and on the health endpoint, as any refused save), rather than left in the folder without a word.
     */
    static final List<String> OTHER_FORMATS = List.of(".drl.ods", ".drl.xls");

    static boolean isWorkbook(Path file) {
        return isSaved(file) && file.getFileName().toString().endsWith(RuleBook.SUFFIX);
    }

    /** The table a file of the folder was saved for, as a workbook or in another format; empty for any other file. */
    static Optional<String> tableOf(Path file) {
        String name = file.getFileName().toString();
        if (!isSaved(file)) {
            return Optional.empty();
        }
        return Stream.concat(Stream.of(RuleBook.SUFFIX), OTHER_FORMATS.stream()).filter(name::endsWith).findFirst()
            .map(suffix -> name.substring(0, name.length() - suffix.length()));
    }

    /** A file an editor saved, not a lock file: Excel ({@code ~$name}) and LibreOffice ({@code .~lock.name#}) keep those next to an open workbook. */
    private static boolean isSaved(Path file) {
        String name = file.getFileName().toString();
        return !name.startsWith("~$") && !name.startsWith(".") && Files.isRegularFile(file);
    }

    /** The folder's workbooks are taken at once: a save made while the node was down goes into force as it starts. */
    @Override
    protected boolean scanAtStart() {
        return true;
    }

    @Override
    protected void scan() throws IOException {
        Path folder = settings.folder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        Set<Path> present = new HashSet<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.drl.*")) {
            for (Path file : files) {
                Optional<String> table = tableOf(file);
                if (table.isEmpty()) {
                    continue;
                }
                present.add(file);
                if (settled.settledSinceTaken(file)) {
                    versions.takeFromFolder(table.get(), Files.readAllBytes(file));
                }
            }
        }
        settled.keepOnly(present);
    }

    @Override
    protected void sync() {
        versions.sync();
    }
}
