package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@RunsBeside
class ServerProcessesFirstTest {

    @Tag("crash")
    static class Crash {
    }

    @Tag("crash")
    static class OtherCrash {
    }

    @Tag("benchmark")
    static class Tagged {
    }

    static class Plain {
    }

    static class Later {
    }

    /** A class as JUnit describes it to an orderer. */
    record Described(Class<?> getTestClass) implements ClassDescriptor {
        @Override
        public String getDisplayName() {
            return getTestClass.getSimpleName();
        }

        @Override
        public boolean isAnnotated(Class<? extends Annotation> type) {
            return getTestClass.isAnnotationPresent(type);
        }

        @Override
        public <A extends Annotation> Optional<A> findAnnotation(Class<A> type) {
            return Optional.ofNullable(getTestClass.getAnnotation(type));
        }

        @Override
        public <A extends Annotation> List<A> findRepeatableAnnotations(Class<A> type) {
            return Arrays.asList(getTestClass.getAnnotationsByType(type));
        }
    }

    @Test
    void theCrashTestsGoFirstAndTheOthersKeepTheirOrder() {
        List<Described> classes = new ArrayList<>(List.of(new Described(Plain.class), new Described(Crash.class),
            new Described(Tagged.class), new Described(Later.class), new Described(OtherCrash.class)));
        new ServerProcessesFirst().orderClasses(new ClassOrdererContext() {
            @Override
            public List<? extends ClassDescriptor> getClassDescriptors() {
                return classes;
            }

            @Override
            public Optional<String> getConfigurationParameter(String key) {
                return Optional.empty();
            }
        });
        assertThat(classes).extracting(Described::getTestClass)
            .containsExactly(Crash.class, OtherCrash.class, Plain.class, Tagged.class, Later.class);
    }

    @Test
    void theSuiteUsesIt() throws Exception {
        java.util.Properties properties = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/junit-platform.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("junit.jupiter.testclass.order.default")).isEqualTo(ServerProcessesFirst.class.getName());
    }
}
