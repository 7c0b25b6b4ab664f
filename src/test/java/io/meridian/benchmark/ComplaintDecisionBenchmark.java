package io.meridian.benchmark;

import java.util.concurrent.TimeUnit;

import io.meridian.complaint.ComplaintCategory;
import io.meridian.complaint.ComplaintDecision;
import io.meridian.complaint.ComplaintDecisionService;
import io.meridian.complaint.Severity;
import io.meridian.complaint.Wording;
import io.meridian.etiquette.EtiquetteFixture;
import io.meridian.etiquette.Tier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Complaint decisions per second on the shipped workbooks (complaint-handling, with the
 * etiquette decision it makes for the client's culture), one thread and two (not part of the
 * test run). Run: see README "Benchmarks".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ComplaintDecisionBenchmark {

    private ComplaintDecisionService service;

    @Setup
    public void setUp() {
        service = new ComplaintDecisionService(EtiquetteFixture.ruleBook(), EtiquetteFixture.etiquetteService());
        // measure the paths the figures name, or fail: a mild complaint from Japan is raised and answered privately
        expect(mildQualityComplaintFromJapan(), Severity.CRITICAL, "PRIVATE_CALL");
        expect(billingComplaintFromGermany(), Severity.NORMAL, null);
    }

    private static void expect(ComplaintDecision decision, Severity severity, String channel) {
        if (decision.severity() != severity || (channel != null && !channel.equals(decision.channel()))) {
            throw new IllegalStateException("the shipped tables answer " + decision.severity() + " / " + decision.channel()
                + ", not " + severity + (channel == null ? "" : " / " + channel) + ": the benchmark would measure another path");
        }
    }

    @Benchmark
    @Threads(1)
    public ComplaintDecision mildQualityComplaintFromJapan() {
        return service.decide(ComplaintCategory.QUALITY, "JP", null, Tier.A, 20_000, Wording.MILD);
    }

    @Benchmark
    @Threads(2)
    public ComplaintDecision mildQualityComplaintFromJapanTwoThreads() {
        return service.decide(ComplaintCategory.QUALITY, "JP", null, Tier.A, 20_000, Wording.MILD);
    }

    @Benchmark
    @Threads(1)
    public ComplaintDecision billingComplaintFromGermany() {
        return service.decide(ComplaintCategory.BILLING, "DE", null, Tier.B, 500, Wording.NEUTRAL);
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args.length > 0 ? args : new String[] {ComplaintDecisionBenchmark.class.getName()});
    }
}
