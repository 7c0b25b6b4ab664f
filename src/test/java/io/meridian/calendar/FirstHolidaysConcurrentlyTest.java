package io.meridian.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.meridian.testsupport.RunsBeside;
import io.meridian.testsupport.RuntimeClasspath;
import org.junit.jupiter.api.Test;

/**
 * The first holidays a fresh server computes may be asked for on many request threads at once (a node
 * started on a database whose rules were already accepted runs no scenarios first): each must get its
 * calendar. Each round loads the calendar classes and Jollyday afresh (a class loader of their own, as
 * in a new JVM) and asks for twelve countries' holidays on twelve threads released together. Jollyday
 * 2.19 alone failed with "Cannot instantiate datasource instance because there is no implementations"
 * in the crash test's second node; {@code PublicHolidays} now makes its managers one at a time.
 */
@RunsBeside
class FirstHolidaysConcurrentlyTest {

    private static final List<String> COUNTRIES = List.of("US", "DE", "FR", "GB", "BR", "MX", "JP", "IT", "ES", "CA", "AU", "NL");
    private static final int ROUNDS = 3;

    @Test
    void everyThreadOfAFreshJvmGetsItsCountrysHolidays() throws Exception {
        URL[] classpath = runtimeClasspath();
        ExecutorService threads = Executors.newFixedThreadPool(COUNTRIES.size());
        try {
            for (int round = 0; round < ROUNDS; round++) {
                try (URLClassLoader fresh = new URLClassLoader(classpath, ClassLoader.getPlatformClassLoader())) {
                    Method ofCalendarYear = fresh.loadClass(PublicHolidays.class.getName()).getDeclaredMethod("ofCalendarYear", String.class, int.class);
                    ofCalendarYear.setAccessible(true);
                    CyclicBarrier together = new CyclicBarrier(COUNTRIES.size());
                    List<Future<List<?>>> answers = new ArrayList<>();
                    for (String country : COUNTRIES) {
                        answers.add(threads.submit(() -> {
                            // Jollyday finds its data source through the thread's context class loader, as on a request thread
                            Thread.currentThread().setContextClassLoader(fresh);
                            together.await();
                            return (List<?>) ofCalendarYear.invoke(null, country, 2027);
                        }));
                    }
                    for (int i = 0; i < COUNTRIES.size(); i++) {
                        assertThat(answers.get(i).get()).as("round %d: holidays of %s in 2027", round, COUNTRIES.get(i)).isNotEmpty();
                    }
                }
            }
        } finally {
            threads.shutdownNow();
        }
    }

    /** The main classes and the server's runtime jars. */
    private static URL[] runtimeClasspath() {
        return RuntimeClasspath.server().stream().map(p -> {
            try {
                return p.toUri().toURL();
            } catch (java.net.MalformedURLException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(URL[]::new);
    }
}
