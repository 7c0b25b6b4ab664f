package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.util.FileSystemUtils;

class DeletedAfterwardsTest {

    private static final Path FOLDER = Path.of("target/deleted-afterwards-test");

    @DeletedAfterwards("target/deleted-afterwards-test")
    static class ABenchmark {
    }

    static class NotAnnotated {
    }

    @DeletedAfterwards("target/../deleted-afterwards-outside-target")
    static class OutsideTarget {
    }

    @AfterEach
    void tidy() throws Exception {
        FileSystemUtils.deleteRecursively(FOLDER);
    }

    @Test
    void shouldDeleteTheNamedFolderBeforeAndAfterTheClass() throws Exception {
        DeletedAfterwards.Deleting deleting = new DeletedAfterwards.Deleting();
        ExtensionContext context = contextOf(ABenchmark.class);

        Files.createDirectories(FOLDER.resolve("left-by-a-killed-run"));
        deleting.beforeAll(context);
        assertThat(FOLDER).doesNotExist();

        Files.createDirectories(FOLDER);
        Files.writeString(FOLDER.resolve("db.mv.db"), "pages");
        deleting.afterAll(context);
        assertThat(FOLDER).doesNotExist();
    }

    @Test
    void shouldTakeAFolderNotMadeYetAsNothingToDelete() throws Exception {
        // a benchmark's first run in a fresh clone: its folder does not exist before or, if it failed early, after
        DeletedAfterwards.Deleting deleting = new DeletedAfterwards.Deleting();
        ExtensionContext context = contextOf(ABenchmark.class);
        assertThat(FOLDER).doesNotExist();

        deleting.beforeAll(context);
        deleting.afterAll(context);

        assertThat(FOLDER).doesNotExist();
    }

    @Test
    void shouldNameTheClassThatLacksTheAnnotation() {
        ExtensionContext context = contextOf(NotAnnotated.class);

        assertThatThrownBy(() -> new DeletedAfterwards.Deleting().beforeAll(context))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining(NotAnnotated.class.getName())
            .hasMessageContaining("names its folder");
    }

    @Test
    void shouldRefuseAFolderOutsideTargetAndDeleteNothing() throws Exception {
        Path outside = Path.of("deleted-afterwards-outside-target");
        Files.createDirectories(outside);
        try {
            ExtensionContext context = contextOf(OutsideTarget.class);
            assertThatThrownBy(() -> new DeletedAfterwards.Deleting().beforeAll(context))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining(OutsideTarget.class.getName() + " deletes a folder outside target/");
            assertThat(outside).as("nothing deleted").exists();
        } finally {
            FileSystemUtils.deleteRecursively(outside);
        }
    }

    private static ExtensionContext contextOf(Class<?> testClass) {
        ExtensionContext context = mock(ExtensionContext.class);
        when(context.getRequiredTestClass()).thenAnswer(invocation -> testClass);
        return context;
    }
}
