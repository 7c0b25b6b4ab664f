package io.meridian.messages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;

import io.meridian.folders.SettledFiles;
import io.meridian.folders.WatchedFolder;
import org.springframework.stereotype.Component;

/**
 * Picks up templates saved into the messages folder (polling, as the rules folder watcher does,
 * and only once a file kept its size and time over one scan, once per change: {@link SettledFiles})
 * and follows activations other nodes stored in the database.
 */
@Component
class MessagesFolderWatcher extends WatchedFolder {

    private final MessageTemplates templates;
    private final MessageSettings settings;
    private final SettledFiles settled = new SettledFiles();

    MessagesFolderWatcher(MessageTemplates templates, MessageSettings settings) {
        super("messages folder", "template versions", settings);
        this.templates = templates;
        this.settings = settings;
    }

    @Override
    protected void scan() throws IOException {
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

    @Override
    protected void sync() {
        templates.sync();
    }
}
