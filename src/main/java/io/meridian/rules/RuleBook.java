package io.meridian.rules;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The decision tables in force, one immutable {@link CompiledTable} per table name. A
 * decision reads the current table once and uses only that, so swapping in a new version
 * never mixes two versions in one answer.
 */
@Component
public class RuleBook {

    public static final String SUFFIX = ".drl.xlsx";
    private static final Logger log = LoggerFactory.getLogger(RuleBook.class);

    private final Map<String, CompiledTable> active = new ConcurrentHashMap<>();
    private final DecisionTableCompiler compiler = new DecisionTableCompiler();

    public RuleBook(RulesSettings settings) {
        Map<String, byte[]> workbooks = readWorkbooks(settings.folder());
        List<String> broken = new ArrayList<>();
        workbooks.forEach((table, bytes) -> {
            try {
                activate(compiler.compile(table, bytes, versionOf(bytes)));
            } catch (RuleBookException e) {
                broken.add(e.getMessage());
            }
        });
        if (!broken.isEmpty()) {
            throw new IllegalStateException("Cannot start: " + String.join("; ", broken));
        }
    }

    public RuleRun run(String table, Collection<?> facts) {
        CompiledTable compiled = active(table);
        List<FiredRule> fired = new ArrayList<>();
        StatelessKieSession session = compiled.sessions().newStatelessKieSession();
        session.addEventListener(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(compiled.locate(event.getMatch().getRule().getName()));
            }
        });
        session.execute(facts);
        return new RuleRun(List.copyOf(fired), compiled.version());
    }

    public CompiledTable active(String table) {
        CompiledTable compiled = active.get(table);
        if (compiled == null) {
            throw new IllegalStateException("No decision table '" + table + "' is loaded");
        }
        return compiled;
    }

    public Optional<CompiledTable> find(String table) {
        return Optional.ofNullable(active.get(table));
    }

    public Collection<CompiledTable> tables() {
        return List.copyOf(new TreeMap<>(active).values());
    }

    void activate(CompiledTable table) {
        active.put(table.table(), table);
        log.info("Rule table '{}' version {} active: {} rules", table.table(), table.version(), table.ruleCount());
    }

    static String versionOf(byte[] bytes) {
        return DecisionTableCompiler.checksum(bytes).substring(0, 12);
    }

    private static Map<String, byte[]> readWorkbooks(Path folder) {
        Map<String, byte[]> workbooks = new TreeMap<>();
        try {
            if (Files.isDirectory(folder)) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + SUFFIX)) {
                    for (Path file : files) {
                        workbooks.put(tableName(file.getFileName().toString()), Files.readAllBytes(file));
                    }
                }
                log.info("Loading rule tables {} from folder {}", workbooks.keySet(), folder.toAbsolutePath().normalize());
            } else {
                for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath:rules/*" + SUFFIX)) {
                    try (InputStream in = resource.getInputStream()) {
                        workbooks.put(tableName(resource.getFilename()), in.readAllBytes());
                    }
                }
                log.info("Rules folder {} does not exist; loading rule tables {} packed in the application",
                    folder.toAbsolutePath().normalize(), workbooks.keySet());
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the rule tables: " + e.getMessage(), e);
        }
        return workbooks;
    }

    static String tableName(String fileName) {
        return fileName.substring(0, fileName.length() - SUFFIX.length());
    }
}
