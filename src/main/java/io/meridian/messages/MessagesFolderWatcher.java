package io.meridian.messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.meridian.background.DaemonScheduler;
import io.meridian.folders.SettledFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Picks up templates saved into the messages folder (polling, as the rules folder watcher does,
 * and only once a file kept its size and time over one scan, once per change: {@link SettledFiles})
 * and follows activations other nodes stored in the database.
 */
@Component
class MessagesFolderWatcher implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MessagesFolderWatcher.class);

    private final MessageTemplates templates;
    private final MessageSettings settings;
    private final SettledFiles settled = new SettledFiles();
    private volatile ScheduledExecutorService executor;

    MessagesFolderWatcher(MessageTemplates templates, MessageSettings settings) {
        this.templates = templates;
        this.settings = settings;
    }

    @Override
    public void start() {
        ScheduledExecutorService scheduler = DaemonScheduler.start("message-templates-sync");
        long poll = settings.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::syncQuietly, poll, poll, TimeUnit.MILLISECONDS);
        if (Files.isDirectory(settings.folder())) {
            long watch = settings.watchInterval().toMillis();
            scheduler.scheduleWithFixedDelay(this::scanQuietly, watch, watch, TimeUnit.MILLISECONDS);
            log.info("Watching messages folder {} every {} ms", settings.folder().toAbsolutePath().normalize(), watch);
        }
        executor = scheduler;
    }

    @Override
    public void stop() {
        ScheduledExecutorService scheduler = executor;
        executor = null;
        DaemonScheduler.stop(scheduler);
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    void scan() throws IOException {
        Path folder = settings.folder();
        if (!Files.isDirectory(folder)) {
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder, 2)) {
            files = walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".mustache"))
                .filter(f -> !f.getFileName().toString().startsWith(".")).toList();
        }
        for (Path file : files) {
            String name = folder.relativize(file).toString().replace('\\', '/');
            if (TemplateFiles.known(name) && settled.settledSinceTaken(file)) {
                templates.takeFromFolder(name, Files.readAllBytes(file));
            }
        }
        settled.keepOnly(new HashSet<>(files));
    }

    private void scanQuietly() {
        try {
            scan();
        } catch (IOException | RuntimeException e) {
            log.warn("Scanning the messages folder failed: {}", e.toString());
        }
    }

    private void syncQuietly() {
        try {
            templates.sync();
        } catch (RuntimeException e) {
            log.warn("Following other nodes' template versions failed: {}", e.toString());
        }
    }
}
