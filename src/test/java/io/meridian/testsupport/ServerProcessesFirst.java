package io.meridian.testsupport;

import java.util.Comparator;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Tag;

/**
 * Puts the classes tagged {@value #TAG} (the crash tests, which spend their time in server
 * processes of their own) ahead of every other class, the others keeping their order. JUnit hands
 * the classes that run beside the stream to its idle workers in this order: listed where they
 * fall, the crash tests started 50–60 s into the run. First, they start with the stream and end
 * before it; their servers run at a lower priority ({@code ServerProcess}), so the stream keeps its
 * CPU (first without the lower priority, the runs were no faster). Set in
 * {@code src/test/resources/junit-platform.properties}.
 */
public class ServerProcessesFirst implements ClassOrderer {

    /** The tag of the classes that go first. */
    public static final String TAG = "crash";

    @Override
    public void orderClasses(ClassOrdererContext context) {
        // List.sort is stable: the other classes keep the order they came in
        context.getClassDescriptors().sort(Comparator.comparing(descriptor -> !startsServerProcesses(descriptor)));
    }

    static boolean startsServerProcesses(ClassDescriptor descriptor) {
        return descriptor.findRepeatableAnnotations(Tag.class).stream().anyMatch(tag -> TAG.equals(tag.value()));
    }
}
