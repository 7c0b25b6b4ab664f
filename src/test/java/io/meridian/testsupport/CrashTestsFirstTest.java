package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;

@RunsBeside
class CrashTestsFirstTest {

    @Tag("crash")
    static class Crash {
    }

    @Tag("slow")
    static class Tagged {
    }

    static class Plain {
    }

    @Tag("crash")
    static class AnotherCrash {
    }

    @Test
    void theCrashTestsComeFirstAndEveryOtherClassKeepsItsPlace() {
        List<ClassDescriptor> classes = new ArrayList<>(List.of(descriptor(Plain.class), descriptor(Crash.class),
            descriptor(Tagged.class), descriptor(AnotherCrash.class)));

        new CrashTestsFirst().orderClasses(context(classes));

        assertThat(classes).extracting(ClassDescriptor::getTestClass)
            .containsExactly(Crash.class, AnotherCrash.class, Plain.class, Tagged.class);
    }

    @Test
    void theSuiteUsesIt() throws Exception {
        java.util.Properties properties = new java.util.Properties();
        try (var in = getClass().getResourceAsStream("/junit-platform.properties")) {
            properties.load(in);
        }
        assertThat(properties.getProperty("junit.jupiter.testclass.order.default")).isEqualTo(CrashTestsFirst.class.getName());
    }

    private static ClassOrdererContext context(List<ClassDescriptor> classes) {
        return new ClassOrdererContext() {
            @Override
            @SuppressWarnings("unchecked")
            public List<? extends ClassDescriptor> getClassDescriptors() {
                return classes;
            }

            @Override
            public Optional<String> getConfigurationParameter(String key) {
                return Optional.empty();
            }
        };
    }

    private static ClassDescriptor descriptor(Class<?> type) {
        return new ClassDescriptor() {
            @Override
            public Class<?> getTestClass() {
                return type;
            }

            @Override
            public String getDisplayName() {
                return type.getSimpleName();
            }

            @Override
            public boolean isAnnotated(Class<? extends Annotation> annotationType) {
                return type.isAnnotationPresent(annotationType);
            }

            @Override
            public <A extends Annotation> Optional<A> findAnnotation(Class<A> annotationType) {
                return Optional.ofNullable(type.getAnnotation(annotationType));
            }

            @Override
            public <A extends Annotation> List<A> findRepeatableAnnotations(Class<A> annotationType) {
                return AnnotationSupport.findRepeatableAnnotations(type, annotationType);
            }
        };
    }
}
