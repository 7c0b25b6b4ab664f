package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.junit.jupiter.api.Test;

/** {@link CommandField} reads a command's private field, and a field Camunda no longer has stops the start naming its reader. */
class CommandFieldTest {

    @Test
    void shouldReadTheTaskACommandNames() {
        CommandField taskId = CommandField.of(AbstractSetTaskPropertyCmd.class, "taskId", AssigneeCheck.class);

        assertThat(taskId.in(new AssignTaskCmd("task-7", "sam"))).isEqualTo("task-7");
    }

    @Test
    void shouldRefuseAFieldTheCommandHasNotNamingWhatToReview() {
        assertThatThrownBy(() -> CommandField.of(AssignTaskCmd.class, "assigneeName", HandBackByAssignee.class))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("Camunda's AssignTaskCmd has no field assigneeName any more: review HandBackByAssignee");
    }
}
