package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchFoldersTest {

    @TempDir
    Path temp;

    @Test
    void shouldDeleteTheFolderWithItsFilesAndFoldersEvenWhileAFileIsOpen() throws Exception {
        Path folder = temp.resolve("benchmark");
        Files.createDirectories(folder.resolve("nested/deeper"));
        Files.writeString(folder.resolve("nested/deeper/db.mv.db"), "pages");
        Files.writeString(folder.resolve("report.txt"), "figures");
        Path kept = Files.writeString(temp.resolve("kept.txt"), "next to it");

        try (OutputStream open = Files.newOutputStream(folder.resolve("open.mv.db"))) {
            open.write(1);
            ScratchFolders.delete(folder);
            open.write(2);
        }

        assertThat(folder).doesNotExist();
        assertThat(kept).hasContent("next to it");
    }

    @Test
    void shouldLeaveAMissingFolderMissing() {
        Path missing = temp.resolve("never-made");

        ScratchFolders.delete(missing);

        assertThat(missing).doesNotExist();
        assertThat(temp).isDirectory();
    }
}
