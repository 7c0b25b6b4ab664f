package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.meridian.testsupport.RunsBeside;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.RepeatingFailedJobListener;
import org.camunda.bpm.engine.impl.persistence.entity.JobManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Camunda's listener of a failed repeating timer, finding the timer gone, logged at INFO in one line; any other failure
 * as it was. A logging context of its own, not the JVM's; the engine's conflict itself is SweepTimerOnTwoNodesTest's.
 */
@RunsBeside
class RepeatingTimerConflictLogTest {

    private static final String SPRING = "org.springframework.transaction.support.TransactionSynchronizationUtils";

    private final LoggerContext logging = new LoggerContext();
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    @BeforeEach
    void logging() {
        RepeatingTimerConflictLog filter = new RepeatingTimerConflictLog();
        filter.start();
        logging.addTurboFilter(filter);
        lines.start();
        logging.getLogger(Logger.ROOT_LOGGER_NAME).addAppender(lines);
    }

    @Test
    void shouldLogTheListenersNullPointerForATimerGoneAtInfoInOneLine() {
        Logger spring = logging.getLogger(SPRING);

        spring.error("TransactionSynchronization.afterCompletion threw exception", timerGone());
        // as the command context logs it where its logging is on (ENGINE-16004): the exception the last argument
        logging.getLogger("org.camunda.bpm.engine.context").error("ENGINE-16004 Exception while closing command context: {}",
            "Cannot invoke \"…calculateNewDueDate()\" because \"failedJob\" is null", timerGone());

        assertThat(lines.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.INFO, Level.INFO);
        assertThat(lines.list).allSatisfy(line -> assertThat(line.getThrowableProxy()).isNull());
        assertThat(lines.list.get(0).getLoggerName()).isEqualTo(SPRING);
        assertThat(lines.list.get(0).getFormattedMessage()).isEqualTo("TransactionSynchronization.afterCompletion threw exception:"
            + " a repeating timer ran on another node meanwhile, which scheduled its next occurrence; this node's run of it lost"
            + " the optimistic-locking conflict and rolled back, and Camunda's RepeatingFailedJobListener found the timer gone"
            + " (NullPointerException, stack trace left out)");
        assertThat(lines.list.get(1).getFormattedMessage()).startsWith("ENGINE-16004 Exception while closing command context:"
            + " Cannot invoke \"…calculateNewDueDate()\" because \"failedJob\" is null: a repeating timer ran on another node");
    }

    @Test
    void shouldLogAnyOtherFailureAsItWas() {
        Logger spring = logging.getLogger(SPRING);
        NullPointerException elsewhere = catchNullPointer();
        ProcessEngineException wrapped = new ProcessEngineException("the listener failed", timerGone());
        IllegalStateException other = new IllegalStateException("something else");

        spring.error("TransactionSynchronization.afterCompletion threw exception", elsewhere);
        spring.error("TransactionSynchronization.afterCompletion threw exception", wrapped);
        spring.error("TransactionSynchronization.afterCompletion threw exception", other);
        spring.error("no exception at all");

        assertThat(lines.list).extracting(ILoggingEvent::getLevel).containsOnly(Level.ERROR).hasSize(4);
        assertThat(lines.list).extracting(line -> line.getThrowableProxy() == null ? null : line.getThrowableProxy().getMessage())
            .containsExactly(elsewhere.getMessage(), "the listener failed", "something else", null);
    }

    @Test
    void shouldLeaveLinesBelowWarnAlone() {
        logging.getLogger(SPRING).debug("afterCompletion", timerGone());

        assertThat(lines.list).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(line.getThrowableProxy()).isNotNull();
        });
    }

    /** What Camunda's listener throws when the timer it was made for is no longer there: its own NullPointerException. */
    private static NullPointerException timerGone() {
        JobManager jobs = mock(JobManager.class);
        when(jobs.findJobById(anyString())).thenReturn(null);
        CommandContext context = mock(CommandContext.class);
        when(context.getJobManager()).thenReturn(jobs);
        CommandExecutor executor = new CommandExecutor() {
            @Override
            public <T> T execute(Command<T> command) {
                return command.execute(context);
            }
        };
        Throwable thrown = catchThrowable(() -> new RepeatingFailedJobListener(executor, "timer-1").execute(context));
        assertThat(thrown).isInstanceOf(NullPointerException.class);
        return (NullPointerException) thrown;
    }

    private static NullPointerException catchNullPointer() {
        String nothing = null;
        Throwable thrown = catchThrowable(() -> nothing.length());
        assertThat(thrown).isInstanceOf(NullPointerException.class);
        return (NullPointerException) thrown;
    }
}
