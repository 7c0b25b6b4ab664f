package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.meridian.escalation.EscalationFact;
import io.meridian.testsupport.RunsBeside;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.DefaultBootstrapContext;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.mock.env.MockEnvironment;

/**
 * A workbook is opened by POI once per build and built by Drools once per JVM for the same
 * bytes ({@link TableBuilds}), while every holder still gets a table of its own. Counts are of
 * the test's own thread ({@link WorkCounter}), so what other threads build does not count.
 * The bound is shared by the whole JVM: {@link RunsBeside} keeps the other classes that build
 * workbooks beside the stream (the rule-table tests) from running at the same time. Not
 * {@code @Isolated}, which would hold the whole suite until the crash tests' servers are done.
 */
@RunsBeside
class TableBuildsTest {

    private static final String ESCALATION = "escalation";
    private final DecisionTableCompiler compiler = new DecisionTableCompiler();

    @Test
    void oneCheckOfANewWorkbookOpensItOnceAndBuildsItOnceDependentsIncluded() {
        RuleBook book = new RuleBook();
        book.activate(compiler.compile("complaint-handling", shipped("complaint-handling"), 1));
        WorkbookValidator validator = new WorkbookValidator(
            List.of(new PaceRunner(ESCALATION, List.of()), new PaceRunner("complaint-handling", List.of(ESCALATION))), book);
        byte[] variant = Workbooks.variant(shipped(ESCALATION));
        long opens = WorkCounter.OPENS.onThisThread();
        long builds = WorkCounter.BUILDS.onThisThread();

        WorkbookValidator.Checked checked = validator.report(ESCALATION, variant);

        assertThat(checked.candidate()).isNotNull();
        assertThat(checked.report().scenarios()).isNotEmpty();
        assertThat(checked.report().dependents()).containsKey("complaint-handling");
        assertThat(checked.report().dependents().get("complaint-handling")).isNotEmpty();
        assertThat(WorkCounter.OPENS.onThisThread() - opens).isEqualTo(1);
        assertThat(WorkCounter.BUILDS.onThisThread() - builds).isEqualTo(1);
    }

    @Test
    void theSameBytesCheckedTwiceAreBuiltOnceWithTheSameReport() {
        WorkbookValidator validator = new WorkbookValidator(List.of(new PaceRunner(ESCALATION, List.of())));
        byte[] variant = Workbooks.variant(shipped(ESCALATION));
        long opens = WorkCounter.OPENS.onThisThread();
        long builds = WorkCounter.BUILDS.onThisThread();

        WorkbookValidator.Checked first = validator.report(ESCALATION, variant);
        WorkbookValidator.Checked second = validator.report(ESCALATION, variant.clone());

        assertThat(WorkCounter.OPENS.onThisThread() - opens).isEqualTo(1);
        assertThat(WorkCounter.BUILDS.onThisThread() - builds).isEqualTo(1);
        assertThat(second.report()).isEqualTo(first.report());
        assertThat(second.candidate().kieBase()).isSameAs(first.candidate().kieBase());
        assertThat(second.candidate().sessions()).isNotSameAs(first.candidate().sessions());
    }

    @Test
    void twoTablesFromOneBuildHaveTheirOwnSessionsAndVersionsAndOneShutDownLeavesTheOtherAnswering() {
        byte[] variant = Workbooks.variant(shipped(ESCALATION));
        CompiledTable one = compiler.compile(ESCALATION, variant, 1);
        CompiledTable two = compiler.compile(ESCALATION, variant, 2);

        assertThat(one.version()).isEqualTo(1);
        assertThat(two.version()).isEqualTo(2);
        assertThat(two.kieBase()).isSameAs(one.kieBase());
        assertThat(two.sessions()).isNotSameAs(one.sessions());
        String pace = pace(one);

        one.sessions().shutdown();

        assertThatThrownBy(() -> pace(one)).isInstanceOf(RuntimeException.class);
        assertThat(pace(two)).isEqualTo(pace).isNotBlank();
        assertThat(RuleBook.run(two, List.of(fact())).rulesVersion()).isEqualTo("2");
    }

    @Test
    void aRefusedWorkbookIsNotKeptAndIsRefusedAlikeEachTime() {
        byte[] refused = Workbooks.edit(Workbooks.etiquette(), "Countries!M8", "yes");
        String checksum = DecisionTableCompiler.checksum(refused);
        long opens = WorkCounter.OPENS.onThisThread();

        RuleBookException first = catchRefusal(refused);
        RuleBookException second = catchRefusal(refused);

        assertThat(first.problems()).isNotEmpty().isEqualTo(second.problems());
        assertThat(first.getMessage()).isEqualTo(second.getMessage());
        assertThat(TableBuilds.holds("etiquette", checksum)).isFalse();
        assertThat(WorkCounter.OPENS.onThisThread() - opens).isEqualTo(2);
    }

    @Test
    void theBoundKeepsTheLastBuildsAndEvictsTheLeastRecentlyUsed() {
        List<byte[]> variants = new ArrayList<>();
        for (int i = 0; i <= TableBuilds.BOUND; i++) {
            variants.add(Workbooks.variant(shipped(ESCALATION)));
        }
        for (int i = 0; i < TableBuilds.BOUND; i++) {
            compiler.compile(ESCALATION, variants.get(i));
        }
        // the first is used again, so the second is now the least recently used
        compiler.compile(ESCALATION, variants.get(0));
        long builds = WorkCounter.BUILDS.onThisThread();

        compiler.compile(ESCALATION, variants.get(TableBuilds.BOUND));

        assertThat(TableBuilds.size()).isLessThanOrEqualTo(TableBuilds.BOUND);
        assertThat(TableBuilds.holds(ESCALATION, DecisionTableCompiler.checksum(variants.get(1)))).isFalse();
        assertThat(TableBuilds.holds(ESCALATION, DecisionTableCompiler.checksum(variants.get(0)))).isTrue();
        assertThat(TableBuilds.holds(ESCALATION, DecisionTableCompiler.checksum(variants.get(TableBuilds.BOUND)))).isTrue();
        compiler.compile(ESCALATION, variants.get(1));
        assertThat(WorkCounter.BUILDS.onThisThread() - builds).isEqualTo(2);
    }

    @Test
    void theStartUpBuildFillsTheSameBuildsSoTheCallerNeitherOpensNorBuilds(@TempDir Path folder) throws IOException {
        byte[] variant = Workbooks.variant(shipped(ESCALATION));
        Files.write(folder.resolve(ESCALATION + RuleBook.SUFFIX), variant);
        String checksum = DecisionTableCompiler.checksum(variant);

        new RulesPrecompiler().onApplicationEvent(environmentPrepared(folder, true));
        Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(50))
            .until(() -> TableBuilds.holds(ESCALATION, checksum));
        long opens = WorkCounter.OPENS.onThisThread();
        long builds = WorkCounter.BUILDS.onThisThread();
        CompiledTable first = compiler.compile(ESCALATION, variant, 1);
        CompiledTable second = compiler.compile(ESCALATION, variant, 1);

        assertThat(WorkCounter.OPENS.onThisThread() - opens).isZero();
        assertThat(WorkCounter.BUILDS.onThisThread() - builds).isZero();
        assertThat(second.sessions()).isNotSameAs(first.sessions());
    }

    @Test
    void aFailedStartUpBuildIsBuiltAgainByTheCallerWhoReportsIt(@TempDir Path folder) throws IOException {
        byte[] refused = Workbooks.edit(Workbooks.variant(shipped(ESCALATION)), "Pace!B5", "System.exit(0);");
        Files.write(folder.resolve(ESCALATION + RuleBook.SUFFIX), refused);
        RuleBookException direct = catchRefusal(ESCALATION, refused);
        long opens = WorkCounter.OPENS.onThisThread();

        new RulesPrecompiler().onApplicationEvent(environmentPrepared(folder, true));
        RuleBookException afterStartUp = catchRefusal(ESCALATION, refused);

        assertThat(afterStartUp.problems()).isEqualTo(direct.problems());
        assertThat(WorkCounter.OPENS.onThisThread() - opens).isEqualTo(1);
        assertThat(TableBuilds.holds(ESCALATION, DecisionTableCompiler.checksum(refused))).isFalse();
    }

    @Test
    void noStartUpBuildWhenTurnedOff(@TempDir Path folder) throws IOException {
        byte[] variant = Workbooks.variant(shipped(ESCALATION));
        Files.write(folder.resolve(ESCALATION + RuleBook.SUFFIX), variant);

        new RulesPrecompiler().onApplicationEvent(environmentPrepared(folder, false));

        // the start-up build reserves its builds before its thread starts: this folder's workbook not reserved is no build
        // started (not the count of every build: a server another test starts meanwhile reserves its own)
        assertThat(TableBuilds.holds(ESCALATION, DecisionTableCompiler.checksum(variant))).isFalse();
    }

    private RuleBookException catchRefusal(byte[] workbook) {
        return catchRefusal("etiquette", workbook);
    }

    private RuleBookException catchRefusal(String table, byte[] workbook) {
        try {
            compiler.compile(table, workbook);
        } catch (RuleBookException e) {
            return e;
        }
        throw new AssertionError("the workbook was not refused");
    }

    private static ApplicationEnvironmentPreparedEvent environmentPrepared(Path folder, boolean precompile) {
        MockEnvironment environment = new MockEnvironment()
            .withProperty("meridian.rules.folder", folder.toString())
            .withProperty("meridian.rules.precompile", String.valueOf(precompile));
        return new ApplicationEnvironmentPreparedEvent(new DefaultBootstrapContext(), new SpringApplication(), new String[0], environment);
    }

    private static EscalationFact fact() {
        return new EscalationFact("replyToInquiry", "B", "NORMAL", 1.5);
    }

    private static String pace(CompiledTable table) {
        EscalationFact fact = fact();
        RuleBook.run(table, List.of(fact));
        return fact.getPace();
    }

    private static byte[] shipped(String table) {
        try (InputStream in = TableBuildsTest.class.getResourceAsStream("/rules/" + table + RuleBook.SUFFIX)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers the pace and level of each scenario from the candidate, as the escalation owner does. */
    private record PaceRunner(String table, List<String> needs) implements ScenarioRunner {

        @Override
        public Map<String, Object> run(CompiledTable candidate, Map<String, String> given) {
            EscalationFact fact = new EscalationFact(given.getOrDefault("taskKind", "replyToInquiry"), "B", "NORMAL", 0.5);
            RuleBook.run(candidate, List.of(fact));
            Map<String, Object> outputs = new LinkedHashMap<>();
            outputs.put("pace", fact.getPace());
            outputs.put("level", fact.getLevel());
            return outputs;
        }
    }
}
