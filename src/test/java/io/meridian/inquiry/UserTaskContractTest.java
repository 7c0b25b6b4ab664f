package io.meridian.inquiry;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.meridian.order.OrderFulfilment;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user task has a deployed Camunda Form, a candidate group and the listener that sets its
 * due and follow-up dates and guidance. (That the dates are set at run time is checked after every
 * process test in {@link ClientJourneyProcessTest}.)
 */
@MeridianTest
class UserTaskContractTest {

    @Autowired
    RepositoryService repository;

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({ClientJourney.KEY + ", journeyTaskListener", OrderFulfilment.KEY + ", journeyTaskListener",
        "satisfactionSurvey, surveyTaskListener", "improvementReport, surveyTaskListener", "meetingMinutes, meetingTaskListener",
        "orderMilestone, journeyTaskListener", "progressReports, journeyTaskListener",
        "undeliveredEmail, undeliveredEmailTaskListener"})
    void everyUserTaskHasAFormACandidateGroupAndItsClocks(String key, String listener) throws Exception {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        Set<String> forms = deployedFormIds();
        Collection<UserTask> userTasks = model.getModelElementsByType(UserTask.class);
        assertThat(userTasks).isNotEmpty();
        for (UserTask task : userTasks) {
            assertThat(task.getCamundaCandidateGroups()).as(task.getId() + " candidate group").isNotBlank();
            assertThat(task.getCamundaFormRef()).as(task.getId() + " form").isEqualTo(task.getId());
            assertThat(task.getCamundaFormRefBinding()).isEqualTo("deployment");
            assertThat(forms).as("deployed forms").contains(task.getId());
            List<String> listeners = new ArrayList<>();
            for (CamundaTaskListener l : task.getExtensionElements().getElementsQuery().filterByType(CamundaTaskListener.class).list()) {
                listeners.add(l.getCamundaEvent() + " " + l.getCamundaDelegateExpression());
            }
            assertThat(listeners).as(task.getId() + " listeners").contains("create ${" + listener + "}");
        }
    }

    private Set<String> deployedFormIds() throws Exception {
        Set<String> ids = new HashSet<>();
        ObjectMapper json = new ObjectMapper();
        for (ProcessDefinition d : repository.createProcessDefinitionQuery().list()) {
            for (Resource r : repository.getDeploymentResources(d.getDeploymentId())) {
                if (r.getName().endsWith(".form")) {
                    try (InputStream in = repository.getResourceAsStream(d.getDeploymentId(), r.getName())) {
                        ids.add(json.readTree(in).path("id").asText());
                    }
                }
            }
        }
        return ids;
    }
}
