package io.meridian.testsupport;

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

/**
 * The folder a test class fills with files nobody needs after it (a benchmark's H2 database):
 * {@link ScratchFolders#delete deleted} before the class runs, for what a killed run left, and after it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DeletedAfterwards.Deleting.class)
public @interface DeletedAfterwards {

    /** The folder, relative to the working directory (the project's root in a Maven run). */
    String value();

    /** Deletes the annotated class's folder before and after the class. */
    final class Deleting implements BeforeAllCallback, AfterAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            ScratchFolders.delete(folder(context));
        }

        @Override
        public void afterAll(ExtensionContext context) {
            ScratchFolders.delete(folder(context));
        }

        private static Path folder(ExtensionContext context) {
            DeletedAfterwards annotation = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), DeletedAfterwards.class)
                .orElseThrow(() -> new IllegalStateException(context.getRequiredTestClass().getName()
                    + " uses DeletedAfterwards.Deleting without the @DeletedAfterwards annotation that names its folder"));
            return Path.of(annotation.value());
        }
    }
}
