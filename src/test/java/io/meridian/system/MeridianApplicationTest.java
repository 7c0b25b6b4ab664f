package io.meridian.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.meridian.rules.RuleBook;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The whole application on a real port: engine, webapps, engine-rest, rules, and closed doors. */
@MeridianTest
class MeridianApplicationTest {

    @Autowired
    TestRestTemplate http;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuleBook ruleBook;

    @Test
    void webappsAnswer() {
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            ResponseEntity<String> page = http.getForEntity("/camunda/app/" + app + "/default/", String.class);
            assertThat(page.getStatusCode()).as(app).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(app).containsIgnoringCase("camunda");
        }
    }

    @Test
    void engineRestListsTheEngineToAnyoneButAnswersNothingElseAnonymously() {
        assertThat(http.getForEntity("/engine-rest/engine", String.class).getBody()).contains("default");
        assertThat(http.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/engine-rest/process-definition", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("nobody", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
            .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("demo", "demo").getForEntity("/engine-rest/task?maxResults=10", String.class).getStatusCode())
            .isEqualTo(HttpStatus.OK);
    }

    @Test
    void apiRefusesAnonymousCallsAndAnswersDemoUsers() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<String> body = new HttpEntity<>("{\"country\": \"DE\"}", headers);
        assertThat(http.exchange("/api/decisions/etiquette", HttpMethod.POST, body, String.class).getStatusCode())
            .isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String user : List.of("demo", "sam", "olivia", "leo", "sue", "max", "ana", "shop")) {
            assertThat(http.withBasicAuth(user, "demo").exchange("/api/decisions/etiquette", HttpMethod.POST, body, String.class)
                .getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void everyProcessAndFormInTheProcessesFolderIsDeployed() throws IOException {
        List<String> files;
        try (Stream<Path> listing = Files.list(Path.of("processes"))) {
            files = listing.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".bpmn") || n.endsWith(".form")).toList();
        }
        List<String> deployed = repository.createDeploymentQuery().list().stream()
            .flatMap(d -> repository.getDeploymentResourceNames(d.getId()).stream())
            .map(name -> name.substring(name.lastIndexOf('/') + 1)).toList();
        assertThat(deployed).containsAll(files);
        // other tests deploy probe processes into this context: look for each file's own processes
        for (String bpmn : files.stream().filter(n -> n.endsWith(".bpmn")).toList()) {
            for (Process process : Bpmn.readModelFromFile(Path.of("processes", bpmn).toFile()).getModelElementsByType(Process.class)) {
                assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(process.getId()).latestVersion()
                    .singleResult()).as(bpmn + " " + process.getId()).isNotNull()
                    .satisfies(definition -> assertThat(definition.getResourceName()).endsWith(bpmn));
            }
        }
    }

    @Test
    void theEtiquetteTableIsLoaded() {
        assertThat(ruleBook.active("etiquette").ruleCount()).isGreaterThan(300);
    }
}
