package io.meridian.benchmark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.meridian.complaint.ComplaintFact;
import io.meridian.rules.CompiledTable;
import io.meridian.rules.DecisionTableCompiler;
import io.meridian.rules.RuleBook;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
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
 * The same decision, the shipped complaint-handling workbook, three ways (not part of the test
 * run): as the Drools table the server builds from it ({@link DecisionTableCompiler}, run as
 * {@link RuleBook#run} runs every decision), as a DMN decision requirements graph on Camunda's
 * DMN engine generated from the same workbook rows ({@link ComplaintDmn}), and as hand-written
 * Java ({@link ComplaintHandlingInJava}). Each invocation takes the next of 720 inputs (every
 * category, wording, feedback style, hierarchy, tier and four order values), so all paths of the
 * table are in the average. The setup refuses to run unless all three give the same answer for
 * every one of those inputs. Run: see README "Benchmarks".
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx512m"})
public class DecisionEngineBenchmark {

    static final String TABLE = "complaint-handling";
    static final Path WORKBOOK = Path.of("rules", TABLE + ".drl.xlsx");

    private CompiledTable drools;
    private DmnEngine dmnEngine;
    private DmnDecision dmn;
    private ComplaintAnswer.Input[] inputs;
    private int next;

    @Setup
    public void setUp() {
        prepare();
        agree(1);
    }

    /** Builds the three without comparing them. */
    void prepare() {
        // outside Spring Boot, logback logs everything at DEBUG: the engines would measure their logging
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
            .setLevel(ch.qos.logback.classic.Level.WARN);
        byte[] workbook = read(WORKBOOK);
        drools = new DecisionTableCompiler().compile(TABLE, workbook, 1);
        dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        dmn = dmnEngine.parseDecision(ComplaintDmn.DECISION,
            new ByteArrayInputStream(ComplaintDmn.fromWorkbook(workbook).getBytes(StandardCharsets.UTF_8)));
        inputs = allInputs().toArray(ComplaintAnswer.Input[]::new);
    }

    /** Throws unless Drools, DMN and Java answer the same for every {@code stride}-th measured input (1: every one). */
    int agree(int stride) {
        int compared = 0;
        for (int i = 0; i < inputs.length; i += stride) {
            ComplaintAnswer.Input input = inputs[i];
            compared++;
            ComplaintAnswer byDrools = drools(input);
            ComplaintAnswer byDmn = dmn(input);
            ComplaintAnswer byJava = ComplaintHandlingInJava.decide(input);
            if (!byDrools.equals(byDmn) || !byDrools.equals(byJava)) {
                throw new IllegalStateException("the three answers differ for " + input + ":\n  Drools " + byDrools
                    + "\n  DMN    " + byDmn + "\n  Java   " + byJava);
            }
        }
        return compared;
    }

    static List<ComplaintAnswer.Input> allInputs() {
        List<ComplaintAnswer.Input> all = new ArrayList<>();
        for (String category : List.of("QUALITY", "DELIVERY_DELAY", "DOCUMENTATION", "BILLING", "COMMUNICATION")) {
            for (String wording : List.of("MILD", "NEUTRAL", "STRONG")) {
                for (String feedback : List.of("DIRECT", "INDIRECT")) {
                    for (String hierarchy : List.of("HIERARCHICAL", "FLAT")) {
                        for (String tier : List.of("A", "B", "C")) {
                            for (double orderValue : new double[] {500, 20_000, 50_000, 80_000}) {
                                all.add(new ComplaintAnswer.Input(category, wording, feedback, hierarchy, tier, orderValue));
                            }
                        }
                    }
                }
            }
        }
        return all;
    }

    private ComplaintAnswer.Input nextInput() {
        ComplaintAnswer.Input input = inputs[next];
        next = next + 1 == inputs.length ? 0 : next + 1;
        return input;
    }

    @Benchmark
    public ComplaintAnswer droolsTable() {
        return drools(nextInput());
    }

    @Benchmark
    public ComplaintAnswer dmnTable() {
        return dmn(nextInput());
    }

    @Benchmark
    public ComplaintAnswer handWrittenJava() {
        return ComplaintHandlingInJava.decide(nextInput());
    }

    ComplaintAnswer drools(ComplaintAnswer.Input in) {
        ComplaintFact fact = new ComplaintFact(in.category(), in.feedback(), in.hierarchy(), in.tier(), in.orderValue(), in.wording());
        RuleBook.run(drools, List.of(fact));
        return new ComplaintAnswer(fact.getSeverity(), fact.getTeam(), fact.getChannel(), fact.getFirstResponse(), fact.isCrisis(),
            fact.isSeniorContact(), List.copyOf(fact.getGuidance()));
    }

    @SuppressWarnings("unchecked")
    ComplaintAnswer dmn(ComplaintAnswer.Input in) {
        VariableMap variables = Variables.createVariables()
            .putValue("category", in.category()).putValue("wording", in.wording()).putValue("feedback", in.feedback())
            .putValue("hierarchy", in.hierarchy()).putValue("tier", in.tier()).putValue("orderValue", in.orderValue());
        DmnDecisionResult result = dmnEngine.evaluateDecision(dmn, variables);
        Map<String, Object> out = result.getSingleResult().getEntryMap();
        return new ComplaintAnswer((String) out.get("severity"), (String) out.get("team"), (String) out.get("channel"),
            (String) out.get("firstResponse"), (Boolean) out.get("crisis"), (Boolean) out.get("seniorContact"),
            List.copyOf((List<String>) out.get("guidance")));
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) throws Exception {
        org.openjdk.jmh.Main.main(args.length > 0 ? args : new String[] {DecisionEngineBenchmark.class.getName()});
    }
}
