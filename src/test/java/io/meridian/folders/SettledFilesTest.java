package io.meridian.folders;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.Set;

import io.meridian.testsupport.RunsBeside;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@RunsBeside
class SettledFilesTest {

    @TempDir
    Path folder;

    private final SettledFiles settled = new SettledFiles();

    @Test
    void aSavedFileIsTakenOnceItKeptItsLookOverOneScanAndNotAgainUntilItChanges() throws Exception {
        Path file = Files.writeString(folder.resolve("etiquette.drl.xlsx"), "first");

        assertThat(settled.settledSinceTaken(file)).as("just saved: maybe still being written").isFalse();
        assertThat(settled.settledSinceTaken(file)).as("unchanged over one scan").isTrue();
        assertThat(settled.settledSinceTaken(file)).as("taken and unchanged: not read again").isFalse();
        assertThat(settled.settledSinceTaken(file)).isFalse();

        Files.writeString(file, "second, longer");
        assertThat(settled.settledSinceTaken(file)).as("changed this scan").isFalse();
        assertThat(settled.settledSinceTaken(file)).as("settled after the change").isTrue();
        assertThat(settled.settledSinceTaken(file)).isFalse();
    }

    @Test
    void aFileSavedOverTheOldOneWithTheSameSizeAndTimeIsTakenAgain() throws Exception {
        Path file = Files.writeString(folder.resolve("layout.mustache"), "AAAA");
        FileTime time = Files.getLastModifiedTime(file);
        settled.settledSinceTaken(file);
        assertThat(settled.settledSinceTaken(file)).isTrue();

        // an editor's save: a new file moved over the old one, here with the old size and time
        Path saved = Files.writeString(folder.resolve("save.tmp"), "BBBB");
        Files.setLastModifiedTime(saved, time);
        Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(file)).isEqualTo(4);
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(time);

        assertThat(settled.settledSinceTaken(file)).as("another file under the name").isFalse();
        assertThat(settled.settledSinceTaken(file)).isTrue();
    }

    @Test
    void aFileRemovedAndSavedAgainIsTakenAgain() throws Exception {
        Path file = Files.writeString(folder.resolve("quote.mustache"), "text");
        settled.settledSinceTaken(file);
        assertThat(settled.settledSinceTaken(file)).isTrue();

        Files.delete(file);
        settled.keepOnly(Set.of());
        Files.writeString(file, "text");
        assertThat(settled.settledSinceTaken(file)).isFalse();
        assertThat(settled.settledSinceTaken(file)).as("forgotten when it was gone, so taken again").isTrue();
    }
}
