package io.meridian.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import ch.qos.logback.core.read.ListAppender;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cmd.ExecuteJobsCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The sweep's repeating timer run by two nodes at once, as happens when a node's lock on the timer ran out while it
 * still ran it (a stalled or starved node) and another node took it: both start from the same timer, one commits, the
 * other's delete of the timer finds it gone (an optimistic-locking conflict) and rolls back. The cycle goes on with the
 * next timer the winner made, and the loser's log says so at INFO, where Camunda's listener for a failed repeating
 * timer looked for the timer the winner had deleted and Spring logged its NullPointerException at ERROR.
 */
@MeridianTest
class SweepTimerOnTwoNodesTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    ApplicationContext context;

    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
    private final List<String> sweepsBefore = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        root().detachAppender(lines);
        ClockUtil.reset();
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EscalationSweepProcess.KEY).list().stream()
            .filter(run -> !sweepsBefore.contains(run.getId()))
            .forEach(run -> engine.getRuntimeService().deleteProcessInstance(run.getId(), "test done"));
    }

    @Test
    void shouldKeepTheCycleAndLogNoErrorWhenTwoNodesRunTheSameSweepTimer() {
        ProcessDefinition sweep = engine.getRepositoryService().createProcessDefinitionQuery()
            .processDefinitionKey(EscalationSweepProcess.KEY).latestVersion().singleResult();
        Job timer = engine.getManagementService().createJobQuery().processDefinitionId(sweep.getId()).timers().singleResult();
        engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EscalationSweepProcess.KEY).list()
            .forEach(run -> sweepsBefore.add(run.getId()));
        Instant fired = timer.getDuedate().toInstant().plusSeconds(10);
        ClockUtil.setCurrentTime(Date.from(fired));
        lines.start();
        root().addAppender(lines);

        // node two has run the timer (the next timer made, a sweep started) but not yet written it when node one runs
        // the same timer to its end
        try (SecondNode nodeTwo = new SecondNode(context, List.of(new OtherNodeFirst(() ->
            engine.getManagementService().executeJob(timer.getId()))))) {
            assertThatThrownBy(() -> nodeTwo.engine().getManagementService().executeJob(timer.getId()))
                .as("node two's run of the timer node one ran meanwhile").isInstanceOf(OptimisticLockingException.class);
        }

        List<Job> timers = engine.getManagementService().createJobQuery().processDefinitionId(sweep.getId()).timers().list();
        assertThat(timers).as("one next timer: node one's").singleElement().satisfies(next -> {
            assertThat(next.getId()).isNotEqualTo(timer.getId());
            assertThat(next.getDuedate().toInstant()).isAfter(fired).isBeforeOrEqualTo(fired.plus(Duration.ofMinutes(1)));
        });
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(EscalationSweepProcess.KEY).list())
            .filteredOn(run -> !sweepsBefore.contains(run.getId())).as("one sweep started: node one's").hasSize(1);

        // the cycle goes on: the next timer fires and makes the one after it
        Job next = timers.get(0);
        ClockUtil.setCurrentTime(Date.from(next.getDuedate().toInstant().plusSeconds(1)));
        engine.getManagementService().executeJob(next.getId());
        assertThat(engine.getManagementService().createJobQuery().processDefinitionId(sweep.getId()).timers().list())
            .singleElement().satisfies(after -> assertThat(after.getDuedate()).isAfter(next.getDuedate()));

        assertThat(lines.list).as("nothing at ERROR about Camunda's listener of a failed repeating timer")
            .noneSatisfy(line -> {
                assertThat(line.getLevel()).isEqualTo(Level.ERROR);
                assertThat(mentions(line.getThrowableProxy(), "RepeatingFailedJobListener")).isTrue();
            });
        assertThat(lines.list).filteredOn(line -> line.getLevel() == Level.INFO && line.getThrowableProxy() == null
                && line.getFormattedMessage().contains("RepeatingFailedJobListener"))
            .extracting(ILoggingEvent::getFormattedMessage).singleElement().asString()
            .startsWith("TransactionSynchronization.afterCompletion threw exception: a repeating timer ran on another node meanwhile,"
                + " which scheduled its next occurrence;");
    }

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
    }

    private static boolean mentions(IThrowableProxy failure, String className) {
        for (IThrowableProxy t = failure; t != null; t = t.getCause()) {
            for (StackTraceElementProxy frame : t.getStackTraceElementProxyArray()) {
                if (frame.getStackTraceElement().getClassName().contains(className)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Once: when a job has run and before its changes are written, the other node's run of the same job, to its commit
     * (in a thread of its own, so in a transaction of its own).
     */
    private static final class OtherNodeFirst extends CommandInterceptor {

        private final Runnable otherNode;
        private final AtomicBoolean armed = new AtomicBoolean(true);

        OtherNodeFirst(Runnable otherNode) {
            this.otherNode = otherNode;
        }

        @Override
        public <T> T execute(Command<T> command) {
            T result = next.execute(command);
            if (command instanceof ExecuteJobsCmd && armed.compareAndSet(true, false)) {
                CompletableFuture.runAsync(otherNode).orTimeout(60, TimeUnit.SECONDS).join();
            }
            return result;
        }
    }
}
