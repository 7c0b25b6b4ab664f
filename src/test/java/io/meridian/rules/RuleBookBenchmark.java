package io.meridian.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import io.meridian.MeridianApplication;
import io.meridian.etiquette.EtiquetteService;
import io.meridian.etiquette.Tier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Not a test (surefire runs *Test classes only): measures validate-and-activate for the
 * shipped etiquette workbook and for one grown to 1,000 more country rows, and decision
 * latency with and without reloads running. Run after {@code ./mvnw test-compile}:
 * {@code java -cp target/test-classes:target/classes:<test classpath> io.meridian.rules.RuleBookBenchmark}
 */
public final class RuleBookBenchmark {

    private static final Logger log = LoggerFactory.getLogger(RuleBookBenchmark.class);
    private static final int ROUNDS = 5;
    private static final int EXTRA_ROWS = 1000;

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(MeridianApplication.class).run(
            "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:benchmark;DB_CLOSE_DELAY=-1",
            "--meridian.rules.folder=target/no-rules-folder", "--camunda.bpm.job-execution.enabled=false",
            "--logging.level.io.meridian.rules=WARN")) {
            RuleVersions versions = node.getBean(RuleVersions.class);
            EtiquetteService etiquette = node.getBean(EtiquetteService.class);
            byte[] shipped = Workbooks.etiquette();
            byte[] other = Workbooks.etiquetteWithDirectJapan();
            byte[] large = withExtraCountryRows(shipped, EXTRA_ROWS);
            byte[] largeOther = withExtraCountryRows(other, EXTRA_ROWS);

            report("shipped workbook (" + shipped.length / 1024 + " KiB)", submitTimes(versions, shipped, other));
            report("workbook + " + EXTRA_ROWS + " rows (" + large.length / 1024 + " KiB)", submitTimes(versions, large, largeOther));

            versions.submit("etiquette", shipped, "benchmark");
            List<Long> quiet = decide(etiquette, versions, null, 3_000);
            List<Long> reloading = decide(etiquette, versions, new byte[][] {shipped, other}, 3_000);
            report("decision latency, no reload", quiet);
            report("decision latency, reloads running", reloading);
        }
    }

    /** Alternates two workbooks so that every submit is a real change; the first rounds warm up. */
    private static List<Long> submitTimes(RuleVersions versions, byte[] a, byte[] b) {
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < ROUNDS + 2; i++) {
            long start = System.nanoTime();
            versions.submit("etiquette", i % 2 == 0 ? a : b, "benchmark");
            if (i >= 2) {
                times.add(System.nanoTime() - start);
            }
        }
        return times;
    }

    private static List<Long> decide(EtiquetteService etiquette, RuleVersions versions, byte[][] reloads, long millis)
        throws InterruptedException {
        AtomicBoolean running = new AtomicBoolean(true);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        ExecutorService deciders = Executors.newFixedThreadPool(2);
        for (int t = 0; t < 2; t++) {
            deciders.submit(() -> {
                String[] countries = {"JP", "DE", "SA", "US", "CN", "BR"};
                for (int i = 0; running.get(); i++) {
                    long start = System.nanoTime();
                    etiquette.decide(countries[i % countries.length], Instant.parse("2027-02-15T10:00:00Z"), Tier.B);
                    latencies.add(System.nanoTime() - start);
                }
            });
        }
        long end = System.currentTimeMillis() + millis;
        int reloaded = 0;
        while (System.currentTimeMillis() < end) {
            if (reloads != null) {
                versions.submit("etiquette", reloads[reloaded++ % 2], "benchmark");
            } else {
                Thread.sleep(50);
            }
        }
        running.set(false);
        deciders.shutdown();
        deciders.awaitTermination(10, TimeUnit.SECONDS);
        log.warn("{} decisions, {} reloads", latencies.size(), reloaded);
        return new ArrayList<>(latencies);
    }

    /** Copies the last country row {@code rows} times under new, unused codes: a long table that still passes its scenarios. */
    static byte[] withExtraCountryRows(byte[] workbook, int rows) throws IOException {
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            Sheet countries = book.getSheet("Countries");
            int last = countries.getLastRowNum();
            for (int i = 0; i < rows; i++) {
                Row row = countries.createRow(last + 1 + i);
                row.createCell(1).setCellValue(String.format(Locale.ROOT, "Q%03d", i));
                row.createCell(2).setCellValue(i % 2 == 0 ? "DIRECT" : "INDIRECT");
                row.createCell(10).setCellValue("MODERATE");
                row.createCell(20).setCellValue(3 + i % 3);
                row.createCell(23).setCellValue("Generated row " + i + "; measure the build.");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void report(String what, List<Long> nanos) {
        Collections.sort(nanos);
        double avg = nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
        log.warn(String.format(Locale.ROOT, "%-40s n=%d avg=%.1f ms p50=%.1f ms p99=%.1f ms max=%.1f ms", what, nanos.size(), avg,
            pick(nanos, 0.50), pick(nanos, 0.99), nanos.get(nanos.size() - 1) / 1e6));
    }

    private static double pick(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * quantile))) / 1e6;
    }
}
