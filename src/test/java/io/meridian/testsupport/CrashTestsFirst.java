package io.meridian.testsupport;

import java.util.Comparator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Tag;

/**
 * The suite's class order ({@code src/test/resources/junit-platform.properties}): the crash tests
 * ({@code @Tag("crash")}) first, every other class in the order JUnit found it. The crash tests run
 * beside the stream, mostly in server processes of their own at a lower priority, and take the
 * longest: handed out first, they start with the stream instead of a minute into it and end before it.
 */
public final class CrashTestsFirst implements ClassOrderer {

    static final String CRASH = "crash";

    @Override
    public void orderClasses(ClassOrdererContext context) {
        context.getClassDescriptors().sort(Comparator.comparing((ClassDescriptor c) -> !crash(c)));
    }

    static boolean crash(ClassDescriptor descriptor) {
        return descriptor.findRepeatableAnnotations(Tag.class).stream().anyMatch(tag -> CRASH.equals(tag.value()));
    }
}
