import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The two halves of scripts/profile-start.sh, run as a single-file Java program (JDK 17):
 * {@code load <baseUrl> <clients> <seconds> [pauseMillis]} drives POST /api/inquiries from that many
 * clients, each pausing that long after each answer (none by default), and prints the starts per
 * second; {@code top <recording.jfr> [n]} prints where the CPU samples were: the top frames by self
 * time, the top Meridian/Camunda/H2/Drools frames by total time, and the share of each library;
 * {@code split <recording.jfr> <inquiries> <engineRestStarts>} divides the samples of a recording
 * of StartThroughputBenchmark's server between the two kinds of request (by the stack: Spring MVC's
 * servlet, which only inquiries reach under that load, or engine-rest's Jersey servlet) and prints, per request of each kind, the samples in
 * all and in each part (the commit, H2's other work, MyBatis, authorization, Meridian's code, ...), and
 * the milliseconds each waited for H2's store lock (parks of 10 ms and more, as profile-start.jfc records them).
 */
public class ProfileStart {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "load" -> load(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]),
                args.length > 4 ? Long.parseLong(args[4]) : 0);
            case "top" -> top(Path.of(args[1]), args.length > 2 ? Integer.parseInt(args[2]) : 25);
            case "split" -> split(Path.of(args[1]), Long.parseLong(args[2]), Long.parseLong(args[3]));
            default -> throw new IllegalArgumentException(
                "load <baseUrl> <clients> <seconds> [pauseMillis] | top <file.jfr> [n] | split <file.jfr> <inquiries> <engineRestStarts>");
        }
    }

    static void load(String base, int clients, int seconds, long pauseMillis) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        String auth = "Basic " + Base64.getEncoder().encodeToString("shop:demo".getBytes(StandardCharsets.UTF_8));
        AtomicLong started = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                for (int n = 0; System.nanoTime() < end; n++) {
                    String country = n % 3 == 0 ? "JP" : n % 3 == 1 ? "US" : "DE";
                    String body = """
                        {"client": {"company": "Profile %1$d", "contactName": "Client %1$d", "email": "profile-%2$s-%3$d-%1$d@example.com", "country": "%4$s"},
                         "inquiry": {"product": "LED panel", "quantity": 100, "externalRef": "profile-%2$s-%3$d-%1$d"}}"""
                        .formatted(n, run, client, country);
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/inquiries"))
                            .header("Authorization", auth).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                        (r.statusCode() == 201 ? started : failed).incrementAndGet();
                        if (pauseMillis > 0) {
                            Thread.sleep(pauseMillis);
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf(Locale.ROOT, "%d inquiries started in %d s by %d clients: %.1f/s; %d failed%n",
            started.get(), seconds, clients, started.get() / (double) seconds, failed.get());
        if (started.get() == 0) {
            System.exit(1);
        }
    }

    static void top(Path file, int n) throws Exception {
        Map<String, Integer> self = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        Map<String, Integer> library = new HashMap<>();
        int samples = 0;
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<RecordedFrame> frames = event.getStackTrace().getFrames();
            if (frames.isEmpty()) {
                continue;
            }
            samples++;
            self.merge(name(frames.get(0)), 1, Integer::sum);
            library.merge(library(frames), 1, Integer::sum);
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (RecordedFrame frame : frames) {
                String name = name(frame);
                if (interesting(name) && seen.add(name)) {
                    total.merge(name, 1, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d execution samples in %s%n", samples, file.getFileName());
        print("Share by library (the innermost frame's library, JDK frames counted to their caller's library)", library, samples, n);
        print("Top frames by self time", self, samples, n);
        print("Top io.meridian / org.camunda / org.h2 / org.drools frames by total time (on the stack)", total, samples, n);
    }

    /** The parts of a start {@link #split} counts: a name, and the frame (a prefix of class.method) whose samples it counts. */
    private static final List<String[]> PARTS = List.of(
        new String[] {"H2 commit", "org.h2.command.dml.TransactionCommand.update"},
        new String[] {"H2, all", "org.h2."},
        new String[] {"MyBatis", "org.apache.ibatis."},
        new String[] {"engine command (without its commit)", "org.camunda.bpm.engine.impl.interceptor.CommandExecutorImpl.execute"},
        new String[] {"authorization checks", "org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager."},
        new String[] {"H2 parsing SQL", "org.h2.command.Parser.parse"},
        new String[] {"history events", "org.camunda.bpm.engine.impl.history.producer."},
        new String[] {"Meridian: register inquiry", "io.meridian.inquiry.RegisterInquiryDelegate."},
        new String[] {"Meridian: of which the auto-reply", "io.meridian.inquiry.AutoReply."},
        new String[] {"Meridian: etiquette step", "io.meridian.inquiry.DetermineEtiquetteDelegate."},
        new String[] {"Meridian: task listener", "io.meridian.process.JourneyTaskListener."},
        new String[] {"Drools", "org.drools."},
        new String[] {"Jackson", "com.fasterxml.jackson."});

    static void split(Path file, long inquiries, long engineRestStarts) throws Exception {
        Map<String, Map<String, Integer>> parts = new java.util.LinkedHashMap<>();
        Map<String, Integer> kinds = new java.util.LinkedHashMap<>();
        // waits of 10 ms and more (scripts/profile-start.jfc) for H2's store lock: one commit writes the file at a time
        Map<String, Double> storeLockWaits = new java.util.LinkedHashMap<>();
        for (RecordedEvent event : RecordingFile.readAllEvents(file)) {
            String type = event.getEventType().getName();
            boolean park = type.equals("jdk.ThreadPark");
            // only CPU samples and parks: the recording's allocation samples and GC events are not read
            if (!park && !type.equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
                continue;
            }
            List<String> names = event.getStackTrace().getFrames().stream().map(ProfileStart::name).toList();
            if (park) {
                if (names.contains(STORE_LOCK_WAIT)) {
                    storeLockWaits.merge(kind(event.getThread(), names), event.getDuration().toNanos() / 1e6, Double::sum);
                }
                continue;
            }
            String kind = kind(event.getThread("sampledThread"), names);
            kinds.merge(kind, 1, Integer::sum);
            Map<String, Integer> mine = parts.computeIfAbsent(kind, k -> new java.util.LinkedHashMap<>());
            for (String[] part : PARTS) {
                if (names.stream().anyMatch(n -> n.startsWith(part[1]))) {
                    mine.merge(part[0], 1, Integer::sum);
                }
            }
        }
        System.out.printf(Locale.ROOT, "samples by kind: %s; requests: %d inquiries, %d engine-rest starts%n", kinds, inquiries, engineRestStarts);
        System.out.printf(Locale.ROOT, "%-36s %14s %14s %8s%n", "samples per request (x1000)", "inquiry", "engine-rest", "ratio");
        double inquiry = kinds.getOrDefault("inquiry", 0) * 1000.0 / inquiries;
        double plain = kinds.getOrDefault("engine-rest start", 0) * 1000.0 / engineRestStarts;
        System.out.printf(Locale.ROOT, "%-36s %14.1f %14.1f %8.2f%n", "all", inquiry, plain, inquiry / plain);
        for (String[] part : PARTS) {
            double a = parts.getOrDefault("inquiry", Map.of()).getOrDefault(part[0], 0) * 1000.0 / inquiries;
            double b = parts.getOrDefault("engine-rest start", Map.of()).getOrDefault(part[0], 0) * 1000.0 / engineRestStarts;
            System.out.printf(Locale.ROOT, "%-36s %14.1f %14.1f %8s%n", part[0], a, b, b == 0 ? "-" : String.format(Locale.ROOT, "%.2f", a / b));
        }
        double waitInquiry = storeLockWaits.getOrDefault("inquiry", 0.0) / inquiries;
        double waitPlain = storeLockWaits.getOrDefault("engine-rest start", 0.0) / engineRestStarts;
        System.out.printf(Locale.ROOT, "%-36s %14.1f %14.1f %8s%n", "waits for H2's store lock (ms)", waitInquiry, waitPlain,
            waitPlain == 0 ? "-" : String.format(Locale.ROOT, "%.2f", waitInquiry / waitPlain));
    }

    /** Where a request thread parks while another commit writes the file ({@code MVStore.commit} takes the store lock). */
    private static final String STORE_LOCK_WAIT = "org.h2.mvstore.MVStore.commit";

    /** Which request a stack belongs to: under the benchmark's load only inquiries reach Spring MVC's servlet, only starts engine-rest's (Jersey). */
    private static String kind(jdk.jfr.consumer.RecordedThread thread, List<String> names) {
        return thread == null || thread.getJavaName() == null || !thread.getJavaName().startsWith("http-nio") ? "background"
            : names.stream().anyMatch(n -> n.startsWith("org.springframework.web.servlet.DispatcherServlet.")) ? "inquiry"
            : names.stream().anyMatch(n -> n.startsWith("org.glassfish.jersey.servlet.ServletContainer.")) ? "engine-rest start"
            : "request, before its servlet";
    }

    private static void print(String title, Map<String, Integer> counts, int samples, int n) {
        System.out.println();
        System.out.println(title + ":");
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(n)
            .forEach(e -> System.out.printf(Locale.ROOT, "%6.1f %%  %6d  %s%n", 100.0 * e.getValue() / samples, e.getValue(), e.getKey()));
    }

    private static String name(RecordedFrame frame) {
        return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
    }

    private static boolean interesting(String name) {
        return name.startsWith("io.meridian.") || name.startsWith("org.camunda.bpm.engine.impl.") && !name.contains(".interceptor.")
            || name.startsWith("org.h2.command.") || name.startsWith("org.drools.kiesession.") || name.startsWith("org.springframework.security.");
    }

    private static String library(List<RecordedFrame> frames) {
        for (RecordedFrame frame : frames) {
            String type = frame.getMethod().getType().getName();
            if (type.startsWith("java.") || type.startsWith("jdk.") || type.startsWith("sun.") || type.startsWith("com.sun.")) {
                continue;
            }
            String[] parts = type.split("\\.");
            return parts.length >= 2 ? parts[0] + "." + parts[1] : type;
        }
        return "jdk";
    }
}
