package io.meridian.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Camunda makes a user task's documentation in the diagram the task's description, which Tasklist shows under the task's
 * "Description" tab: it speaks to the person working the task, with no name from the code (a Java class, an API path, an
 * id), and says nothing a task of that kind may not be (a crisis's note on every complaint read as if each were one).
 */
class TaskDescriptionsTest {

    /** A class or id ("CrisisAlert", "confirmMilestone"), an API path, or a call. */
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][a-z]+[A-Z]\\w*\\b|\\b[a-z]+[A-Z]\\w*\\b|/api/|\\$\\{|\\b(POST|GET|PUT)\\b");

    @Test
    void shouldDescribeEveryUserTaskInTheTeamsWords() throws IOException {
        Resource[] diagrams = new PathMatchingResourcePatternResolver().getResources("classpath:processes/*.bpmn");
        assertThat(diagrams).hasSizeGreaterThan(5);
        int described = 0;
        for (Resource diagram : diagrams) {
            try (InputStream in = diagram.getInputStream()) {
                for (UserTask task : Bpmn.readModelFromStream(in).getModelElementsByType(UserTask.class)) {
                    for (Documentation documentation : task.getDocumentations()) {
                        described++;
                        assertThat(documentation.getTextContent())
                            .as("%s's description in Tasklist (%s)", task.getId(), diagram.getFilename())
                            .doesNotContainPattern(CODE);
                    }
                }
            }
        }
        assertThat(described).as("user tasks with a description").isPositive();
    }
}
