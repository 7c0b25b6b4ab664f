package io.meridian.benchmark;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.meridian.etiquette.Etiquette;
import io.meridian.etiquette.EtiquetteFixture;
import io.meridian.etiquette.EtiquetteService;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * In-process cost of one etiquette decision on the shipped workbook (not part of the test run).
 * Run: see README "Benchmarks".
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EtiquetteDecisionBenchmark {

    private static final Instant ORDINARY_DAY = Instant.parse("2027-06-15T03:00:00Z");
    private static final Instant RAMADAN = Instant.parse("2027-02-20T09:00:00Z");
    private EtiquetteService service;

    /** Refuses to run when the benchmarks would not measure what their names say. */
    @Setup
    public void setUp() {
        service = EtiquetteFixture.etiquetteService();
        service.decide("JP", ORDINARY_DAY, Tier.B);
        long before = service.evaluations();
        service.decide("JP", ORDINARY_DAY, Tier.B);
        if (service.evaluations() != before) {
            throw new IllegalStateException("a decision of the same day ran the table again: the remembered-decision benchmarks would measure table runs");
        }
        EtiquetteFixture.decideAfresh("JP", ORDINARY_DAY, Tier.B);
        if (service.evaluations() != before + 1) {
            throw new IllegalStateException("decideAfresh did not run the table: the table-run benchmarks would measure a remembered decision");
        }
        if (!service.decide("SA", RAMADAN, Tier.A).hasObservance(io.meridian.etiquette.Effect.NO_PUSH)) {
            throw new IllegalStateException("Saudi Arabia on " + RAMADAN + " is not in Ramadan: the Ramadan benchmarks would measure an ordinary day");
        }
    }

    /** The table run itself: the first decision of a day for a country and tier. */
    @Benchmark
    public Etiquette japanTableRun() {
        return EtiquetteFixture.decideAfresh("JP", ORDINARY_DAY, Tier.B);
    }

    @Benchmark
    public Etiquette saudiArabiaInRamadanTableRun() {
        return EtiquetteFixture.decideAfresh("SA", RAMADAN, Tier.A);
    }

    /** The same country, tier and local day again: the remembered decision. */
    @Benchmark
    public Etiquette japanOnAnOrdinaryDay() {
        return service.decide("JP", ORDINARY_DAY, Tier.B);
    }

    @Benchmark
    public Etiquette saudiArabiaInRamadan() {
        return service.decide("SA", RAMADAN, Tier.A);
    }

    @Benchmark
    public Etiquette fallbackCountry() {
        return service.decide("UY", ORDINARY_DAY, Tier.B);
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args.length > 0 ? args : new String[] {EtiquetteDecisionBenchmark.class.getName()});
    }
}
