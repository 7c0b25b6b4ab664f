package io.meridian.testsupport;

import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The folder a test class fills with files nobody needs after it, deleted with everything in it before
 * the class runs, for what a killed run left, and after it. A start benchmark's H2 file grows by
 * gigabytes a minute under load, and a few runs left behind fill the disk (a run on a full disk fails
 * with Camunda's "exception in the persistence layer"). The server may still hold the files open when
 * they are deleted; on Linux the space comes back when that JVM ends.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DeletedAfterwards.Deleting.class)
public @interface DeletedAfterwards {

    /**
     * The folder, relative to the working directory (the project's root in a Maven run); it must lie inside
     * {@code target/}, which {@code mvn clean} deletes anyway, so that a mistyped name cannot delete the default
     * run's {@code data/} or the rules.
     */
    String value();

    /** Deletes the annotated class's folder before and after the class. */
    final class Deleting implements BeforeAllCallback, AfterAllCallback {

        private static final Path TARGET = Path.of("target");

        @Override
        public void beforeAll(ExtensionContext context) throws IOException {
            FileSystemUtils.deleteRecursively(folder(context));
        }

        @Override
        public void afterAll(ExtensionContext context) throws IOException {
            FileSystemUtils.deleteRecursively(folder(context));
        }

        private static Path folder(ExtensionContext context) {
            DeletedAfterwards annotation = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), DeletedAfterwards.class)
                .orElseThrow(() -> new IllegalStateException(context.getRequiredTestClass().getName()
                    + " uses DeletedAfterwards.Deleting without the @DeletedAfterwards annotation that names its folder"));
            Path folder = Path.of(annotation.value()).normalize();
            // by the names alone: AssertJ's startsWith resolves both paths on disk, which fails for a folder not made yet
            assertThat(folder).as(context.getRequiredTestClass().getName() + " deletes a folder outside target/").startsWithRaw(TARGET)
                .isNotEqualTo(TARGET);
            return folder;
        }
    }
}
