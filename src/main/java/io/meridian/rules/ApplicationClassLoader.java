package io.meridian.rules;

import java.util.function.Supplier;

/**
 * Drools finds the fact classes through the thread's context class loader: every build and load of a
 * table runs with this application's, never whatever the calling thread carries (a stopped web
 * application's loader makes every import "resolve to a package").
 */
final class ApplicationClassLoader {

    private ApplicationClassLoader() {
    }

    static <T> T around(Supplier<T> work) {
        Thread thread = Thread.currentThread();
        ClassLoader callers = thread.getContextClassLoader();
        thread.setContextClassLoader(ApplicationClassLoader.class.getClassLoader());
        try {
            return work.get();
        } finally {
            thread.setContextClassLoader(callers);
        }
    }
}
