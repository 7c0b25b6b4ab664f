package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.ParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

class EngineHardeningTest extends ServerTest {

    // new java.util.ArrayList<>() as Java serialization
    private static final String SERIALIZED = "rO0ABXNyABNqYXZhLnV0aWwuQXJyYXlMaXN0eIHSHZnHYZ0DAAFJAARzaXpleHAAAAAAdwQAAAAAeA==";

    @Autowired
    ProcessEngine engine;

    @Autowired
    RuntimeService runtime;

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    @Test
    void shouldRunWithAuthorizationOn() {
        assertThat(configuration().isAuthorizationEnabled()).isTrue();
    }

    @Test
    void shouldRefuseJavaSerializedVariables() {
        deployProbe();
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(PROBE).count();
        String body = "{\"variables\":{\"payload\":{\"type\":\"Object\",\"value\":\"" + SERIALIZED + "\",\"valueInfo\":"
            + "{\"objectTypeName\":\"java.util.ArrayList\",\"serializationDataFormat\":\"application/x-java-serialized-object\"}}}}";
        Answer answer = postJson("/engine-rest/process-definition/key/" + PROBE + "/start", "demo", body);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("serialization");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(PROBE).count()).isEqualTo(before);
    }

    @Test
    void shouldValidateTypesBeforeDeserializing() {
        assertThat(configuration().isDeserializationTypeValidationEnabled()).isTrue();
        assertThat(configuration().getDeserializationTypeValidator().validate("com.sun.rowset.JdbcRowSetImpl")).isFalse();
    }

    @Test
    void shouldRefuseExpressionsInAdHocQueries() {
        String expression = URLEncoder.encode("${now()}", StandardCharsets.UTF_8);
        Answer answer = get("/engine-rest/task?maxResults=10&dueBeforeExpression=" + expression, "demo");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).containsIgnoringCase("expression");
    }

    @Test
    void shouldRefuseExpressionsInsideOrQueries() {
        Answer answer = postJson("/engine-rest/task?maxResults=10", "demo",
            "{\"orQueries\":[{\"assigneeExpression\":\"${currentUser()}\"},{\"dueBeforeExpression\":\"${now()}\"}]}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).containsIgnoringCase("expression");
    }

    @Test
    void shouldLimitQueryResults() {
        assertThat(get("/engine-rest/task?maxResults=2000", "sam").status()).isEqualTo(200);
        assertThat(get("/engine-rest/task?maxResults=2001", "sam").status()).isEqualTo(400);
        assertThat(get("/engine-rest/task", "sam").status()).isEqualTo(400);
    }

    @Test
    void shouldAnswerErrorsWithoutAStackTrace() {
        List<Answer> answers = List.of(
            get("/engine-rest/task?maxResults=abc", "demo"),
            get("/engine-rest/process-definition/key/noSuchProcess", "demo"),
            postJson("/engine-rest/process-definition/key/" + PROBE + "/start", "demo", "{\"variables\": ["),
            postJson("/engine-rest/message", "demo", "{\"messageName\":\"NoSuchMessage\"}"),
            postJson("/engine-rest/deployment/create", "demo", "{}"),
            get("/engine-rest/task/no-such-task/variables", "demo"),
            get("/api/decisions/etiquette", "demo"),
            postJson("/api/decisions/etiquette", "demo", "{\"country\": 12, \"tier\": [1]}"),
            get("/api/no-such-endpoint", "demo"));
        for (Answer answer : answers) {
            assertThat(answer.status()).as(answer.raw().request().method() + " " + answer.raw().uri() + " " + answer.body()).isBetween(400, 499);
            assertThat(answer.body()).doesNotContainPattern("\\bat [a-zA-Z0-9_.$]+\\([A-Za-z0-9_]+\\.java:\\d+\\)")
                .doesNotContain("stackTrace").doesNotContain("\"trace\"");
        }
    }

    @Test
    void shouldRefuseABpmnWithAnExternalEntity(@TempDir Path folder) throws Exception {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "top secret");
        String bpmn = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE definitions [<!ENTITY secret SYSTEM "%s">]>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="xxe" targetNamespace="http://meridian.io/test">
              <bpmn:process id="xxeProbe" isExecutable="true">
                <bpmn:documentation>&secret;</bpmn:documentation>
                <bpmn:startEvent id="started"/>
              </bpmn:process>
            </bpmn:definitions>
            """.formatted(secret.toUri());
        assertThatThrownBy(() -> repository.createDeployment().addString("xxe.bpmn", bpmn).deploy())
            .hasMessageContaining("DOCTYPE");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("xxeProbe").count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"scriptTask", "scriptListener", "scriptCondition"})
    void shouldRefuseABpmnWithAScript(String model) {
        assertThatThrownBy(() -> repository.createDeployment().addClasspathResource("security/" + model + ".bpmn").deploy())
            .isInstanceOf(ParseException.class).hasMessageContaining("not allowed");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(model + "Probe").count()).isZero();
    }

    @Test
    void shouldRefuseAScriptTaskDeployedOverRest() {
        Answer answer = send("POST", "/engine-rest/deployment/create", "demo", "multipart/form-data; boundary=XyZ",
            multipart("scriptTask.bpmn", resource("security/scriptTask.bpmn")));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains("script task");
    }

    static byte[] multipart(String fileName, byte[] content) {
        String head = "--XyZ\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\nupload\r\n"
            + "--XyZ\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
            + "Content-Type: application/octet-stream\r\n\r\n";
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] end = "\r\n--XyZ--\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + content.length + end.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(content, 0, all, start.length, content.length);
        System.arraycopy(end, 0, all, start.length + content.length, end.length);
        return all;
    }
}
