package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;

import com.sun.management.HotSpotDiagnosticMXBean;
import org.junit.jupiter.api.Test;

/**
 * The test JVM's settings ({@code surefire.jvm} in pom.xml). On the client compiler alone the JVM reserves
 * 48 MB for compiled code; the suite's code (Drools generates classes for every rule table it builds)
 * outgrew that, and the JVM then spent more CPU discarding compiled methods and compiling them again
 * (99,661 methods reclaimed, 67 s of sweeping and 75 s of compiling in one run) than on several test classes together.
 * Its heap and class metadata start at the size a run reaches, instead of growing by full collections.
 */
@RunsBeside
class TestJvmTest {

    private static final long SUITE_CODE = 200L << 20;
    private static final long SUITE_HEAP = 1L << 30;
    private static final long SUITE_METADATA = 256L << 20;

    @Test
    void theClientCompilerAloneGetsACodeCacheTheSuitesCodeFitsIn() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assumeTrue("1".equals(vm.getVMOption("TieredStopAtLevel").getValue()),
            "a JVM with its default compilers (the benchmark profile, an IDE) reserves 240 MB itself");

        assertThat(Long.parseLong(vm.getVMOption("ReservedCodeCacheSize").getValue()))
            .as("ReservedCodeCacheSize of the test JVM (surefire.jvm in pom.xml)").isGreaterThanOrEqualTo(SUITE_CODE);
    }

    /** Growing the heap and the class metadata from the JVM's small defaults took 8 full collections of a run. */
    @Test
    void theHeapAndTheClassMetadataStartAtTheSizeTheSuiteReaches() {
        HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        assumeTrue("1".equals(vm.getVMOption("TieredStopAtLevel").getValue()), "not the suite's test JVM (surefire.jvm)");

        assertThat(ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getInit())
            .as("initial heap of the test JVM (-Xms in surefire.jvm)").isGreaterThanOrEqualTo(SUITE_HEAP);
        assertThat(Long.parseLong(vm.getVMOption("MetaspaceSize").getValue()))
            .as("MetaspaceSize of the test JVM (surefire.jvm)").isGreaterThanOrEqualTo(SUITE_METADATA);
    }
}
