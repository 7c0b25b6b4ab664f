package io.meridian.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Starts building the workbooks of the rules folder (or, without one, those packed in the jar)
 * on a background thread as soon as the environment is ready, while the application context,
 * the database and the engine start on the main thread: building a table takes seconds, and on
 * start-up the main thread would otherwise build each one while the other cores wait.
 * The builds go into {@link TableBuilds}, where {@link DecisionTableCompiler} finds them when it
 * is asked for the same table and the same bytes (by checksum), waiting for one still under way;
 * it builds itself otherwise. Only the build moves: every check (unsafe cells, Drools' messages,
 * the scenarios of a new workbook) is the same, and a workbook that does not build here is built
 * again by the caller, which reports its problems as before. Bytes already built in this JVM (an
 * earlier application context of a test run) are not built again, and a table whose build of
 * the same bytes was stored by an earlier start ({@link StoredBuilds}) is loaded, not built.
 * Registered in {@code META-INF/spring.factories}; {@code meridian.rules.precompile=false} turns it off.
 */
public class RulesPrecompiler implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    private static final Logger log = LoggerFactory.getLogger(RulesPrecompiler.class);

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        if (!event.getEnvironment().getProperty("meridian.rules.precompile", Boolean.class, true)) {
            return;
        }
        Map<String, byte[]> workbooks = read(Path.of(event.getEnvironment().getProperty("meridian.rules.folder", "./rules")));
        if (workbooks.isEmpty()) {
            return;
        }
        Map<String, CompletableFuture<TableBuilds.Build>> mine = new LinkedHashMap<>();
        Map<String, String> checksums = new LinkedHashMap<>();
        workbooks.forEach((table, bytes) -> {
            String checksum = DecisionTableCompiler.checksum(bytes);
            CompletableFuture<TableBuilds.Build> reserved = TableBuilds.reserve(table, checksum);
            if (reserved != null) {
                mine.put(table, reserved);
                checksums.put(table, checksum);
            }
        });
        if (mine.isEmpty()) {
            return;
        }
        StoredBuilds stored = StoredBuilds.in(event.getEnvironment().getProperty(StoredBuilds.FOLDER_PROPERTY, StoredBuilds.DEFAULT_FOLDER));
        Thread builder = new Thread(() -> {
            DecisionTableCompiler compiler = new DecisionTableCompiler(stored);
            mine.forEach((table, reserved) -> {
                String checksum = checksums.get(table);
                try {
                    TableBuilds.complete(table, checksum, reserved, () -> compiler.build(table, workbooks.get(table), checksum));
                } catch (RuntimeException | Error e) {
                    log.debug("Rule table '{}': the build started at start-up failed; the caller builds it again: {}",
                        table, e.getMessage());
                }
            });
        }, "rules-precompile");
        builder.setDaemon(true);
        builder.start();
    }

    private static Map<String, byte[]> read(Path folder) {
        Map<String, byte[]> workbooks = new LinkedHashMap<>();
        try {
            if (Files.isDirectory(folder)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + RuleBook.SUFFIX)) {
                    for (Path file : files) {
                        if (RulesFolderWatcher.isWorkbook(file)) {
                            workbooks.put(RuleBook.tableName(file.getFileName().toString()), Files.readAllBytes(file));
                        }
                    }
                }
            } else {
                for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:rules/*" + RuleBook.SUFFIX)) {
                    try (InputStream in = resource.getInputStream()) {
                        workbooks.put(RuleBook.tableName(resource.getFilename()), in.readAllBytes());
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // the start-up load reads the folder again and reports what is wrong
            log.debug("Rules precompile: cannot read {}: {}", folder, e.getMessage());
            return Map.of();
        }
        return workbooks;
    }
}
