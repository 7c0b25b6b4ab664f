package io.meridian.messages;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template saved into the messages folder is taken once it has settled, by its name in the folder; other files are not. */
@RunsBeside
class MessagesFolderWatcherTest {

    @TempDir
    Path folder;

    @Test
    void takesASavedTemplateOnceSettledAndAgainAfterItChangesButNoOtherFile() throws Exception {
        MessageTemplates templates = mock(MessageTemplates.class);
        MessagesFolderWatcher watcher = new MessagesFolderWatcher(templates,
            new MessageSettings(folder, Duration.ofSeconds(5), Duration.ofSeconds(1), "", false));
        Path ja = folder.resolve("auto-reply/ja.mustache");
        Files.createDirectories(ja.getParent());
        Files.writeString(ja, "first");
        Files.writeString(folder.resolve("auto-reply/notes.txt"), "not a template");
        Files.writeString(folder.resolve("auto-reply/xx-unknown.mustache"), "no such language");
        Files.writeString(folder.resolve("auto-reply/.ja.mustache"), "an editor's hidden copy");

        watcher.scan();
        verify(templates, never()).takeFromFolder(anyString(), any());

        watcher.scan();
        verify(templates, times(1)).takeFromFolder(eq("auto-reply/ja.mustache"), eq("first".getBytes(StandardCharsets.UTF_8)));

        watcher.scan();
        Files.writeString(ja, "second, longer");
        watcher.scan();
        watcher.scan();
        verify(templates).takeFromFolder(eq("auto-reply/ja.mustache"), eq("second, longer".getBytes(StandardCharsets.UTF_8)));
        verify(templates, times(2)).takeFromFolder(anyString(), any());
    }

    @Test
    void aFolderThatIsNotThereIsNoError() throws Exception {
        MessageTemplates templates = mock(MessageTemplates.class);
        new MessagesFolderWatcher(templates,
            new MessageSettings(folder.resolve("missing"), Duration.ofSeconds(5), Duration.ofSeconds(1), "", false)).scan();
        verify(templates, never()).takeFromFolder(anyString(), any());
    }
}
