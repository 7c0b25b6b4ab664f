package io.meridian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The analysts' way in over REST: every refusal kind answers 422 naming sheet and cell while
 * decisions keep coming from the version in force; an accepted upload answers with the new
 * version, and an old one can be put back.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {RulesApiTest.IN_MEMORY, RulesApiTest.NO_FOLDER})
class RulesApiTest {

    /**
     * An in-memory database. Set here rather than in a test application.properties, which would
     * hide the main one (and with it the Camunda and Flyway settings) from every test.
     */
    static final String IN_MEMORY = "spring.datasource.url=jdbc:h2:mem:rules-api;DB_CLOSE_DELAY=-1";
    /** No rules folder: the packed workbooks are used, and uploads are not written into the project. */
    static final String NO_FOLDER = "meridian.rules.folder=target/no-rules-folder";

    @Autowired
    TestRestTemplate rest;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Test
    void shouldRefuseAValueOutsideItsColumnsListAndKeepAnswering() {
        String before = decideJapan().get("rulesVersion").toString();

        Map<String, Object> problem = refused(Workbooks.edit(Workbooks.etiquette(), "Countries!M8", "yes"));

        assertThat(problems(problem)).anySatisfy(p -> {
            assertThat(p).containsEntry("sheet", "Countries").containsEntry("row", 8).containsEntry("column", "M").containsEntry("cell", "yes");
            assertThat(p.get("message").toString()).contains("true or false expected");
        });
        assertThat(decideJapan()).containsEntry("rulesVersion", before);
    }

    @Test
    void shouldRefuseAnUnknownFieldInACodeTemplate() {
        String before = decideJapan().get("rulesVersion").toString();

        Map<String, Object> problem = refused(Workbooks.edit(Workbooks.etiquette(), "Tiers!B5", "tierr == \"$param\""));

        assertThat(problems(problem)).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("sheet", "Tiers").containsEntry("row", 5).containsEntry("column", "B");
            assertThat(p.get("message").toString()).contains("tierr");
        });
        assertThat(decideJapan()).containsEntry("rulesVersion", before);
    }

    @Test
    void shouldRefuseASecondRowForACountryOrARegionNamingTheRows() {
        String before = decideJapan().get("rulesVersion").toString();

        // a row copied to add a country, its code left unchanged; a region row copied the same way
        Map<String, Object> problem = refused(Workbooks.edit(Workbooks.etiquette(), "Countries!B76", "JP", "Countries!X76", "Bow.",
            "Region defaults!B21", "NORTH_AMERICA"));

        assertProblemAt(problem, "Countries", 76, "cell", "JP",
            "Countries rows 50 and 76 are both for country JP: keep one row per country");
        assertProblemAt(problem, "Region defaults", 21, "cell", "NORTH_AMERICA",
            "Region defaults rows 7 and 21 are both for region NORTH_AMERICA");
        assertThat(decideJapan()).containsEntry("rulesVersion", before);
    }

    @Test
    void shouldRefuseARowWhoseCountryOrRegionMatchesNothingOnItsKeyCell() {
        String before = decideJapan().get("rulesVersion").toString();

        // a new country's row with its name for a code: refused on its cell before anything is built
        assertProblemAt(refused(Workbooks.edit(Workbooks.etiquette(), "Countries!B76", "Vietnam", "Countries!X76", "Be patient.")),
            "Countries", 76, "column", "B", "'Vietnam' is not an ISO 3166-1 alpha-2 country code: write VN, not Vietnam (Vietnam)");
        // a region written as in prose
        Map<String, Object> problem = refused(Workbooks.edit(Workbooks.etiquette(), "Region defaults!B7", "North America"));
        assertProblemAt(problem, "Region defaults", 7, "column", "B", "Region defaults row 7 applies to no region: 'North America'"
            + " in column B is none of the Countries directory's regions (a region name in capitals with underscores, such as NORTH_AMERICA)");
        // a three-letter code in an observance's list of countries, which would leave the Philippines out
        assertProblemAt(refused(Workbooks.edit(Workbooks.etiquette(), "Observances!D15", "SG, MY, ID, TH, PHL")), "Observances", 15,
            "column", "D", "'PHL' is not an ISO 3166-1 alpha-2 country code: write PH, not PHL (Philippines)");
        // a time zone misspelt on the directory: said on its cell, not as a Countries row for no country
        Map<String, Object> timeZone = refused(Workbooks.edit(Workbooks.etiquette(), "Countries directory!D63", "Europe/Berlinn"));
        assertThat(problems(timeZone)).singleElement().satisfies(p -> {
            assertThat(p).containsEntry("sheet", "Countries directory").containsEntry("row", 63).containsEntry("column", "D")
                .containsEntry("cell", "Europe/Berlinn");
            assertThat(p.get("message").toString()).startsWith("'Europe/Berlinn' is not a time zone: ").endsWith("(did you mean 'Europe/Berlin'?)");
        });
        // the United Kingdom as the EU writes it
        assertProblemAt(refused(Workbooks.edit(Workbooks.etiquette(), "Countries!B19", "UK")), "Countries", 19, "column", "B",
            "'UK' is not an ISO 3166-1 alpha-2 country code: write GB, not UK (United Kingdom)");
        assertThat(decideJapan()).containsEntry("rulesVersion", before);
    }

    /** {@code refusal} has a problem on {@code sheet} row {@code row} with {@code key} = {@code value}, its message starting with {@code message}. */
    private static void assertProblemAt(Map<String, Object> refusal, String sheet, int row, String key, String value, String message) {
        assertThat(problems(refusal)).anySatisfy(p -> {
            assertThat(p).containsEntry("sheet", sheet).containsEntry("row", row).containsEntry(key, value);
            assertThat(p.get("message").toString()).startsWith(message);
        });
    }

    @Test
    void shouldRefuseAFirstResponseThatIsNoDurationOnItsCellAndKeepTheVersionInForce() throws Exception {
        Map<String, Object> before = decideCrisis();
        int versions = complaintVersions().size();

        // an analyst's "2 hours" where the crisis row's first response is: two scenarios reach the row, the cell is named
        ResponseEntity<Map<String, Object>> answer = exchange("ana", HttpMethod.PUT, "/api/rules/complaint-handling",
            Workbooks.edit(WorkbookChecksTest.shipped("complaint-handling"), "Response times!C7", "2 hours"));

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getBody()).containsEntry("detail",
            "Rule table 'complaint-handling' has 1 problem; the version in force is unchanged.");
        assertThat(problems(answer.getBody())).singleElement().isEqualTo(Map.of("sheet", "Response times", "row", 7, "column", "C",
            "cell", "2 hours", "message", "'2 hours' is not a duration: write it as PT2H (ISO 8601), e.g. PT24H"));
        assertThat(decideCrisis()).containsEntry("rulesVersion", before.get("rulesVersion")).containsEntry("firstResponse", "PT2H");
        assertThat(complaintVersions()).as("nothing stored").hasSize(versions);
    }

    @Test
    void shouldNotPutBackInForceAStoredVersionWithACellNoDecisionCanRead() throws Exception {
        Map<String, Object> before = decideCrisis();
        // a version stored before its cells were checked (an older server took it when no scenario reached the row)
        byte[] stored = Workbooks.edit(WorkbookChecksTest.shipped("complaint-handling"), "Response times!C10", "48 hours");
        int version = jdbc.queryForObject("select max(version_number) + 1 from rule_version where table_name = 'complaint-handling'",
            Integer.class);
        jdbc.update("insert into rule_version (table_name, version_number, checksum, author, created_at, rule_count, scenario_count,"
            + " scenario_results, workbook) values ('complaint-handling', ?, ?, 'ana', current_timestamp, 19, 9, '[]', ?)",
            version, DecisionTableCompiler.checksum(stored), stored);

        ResponseEntity<Map<String, Object>> answer = exchange("ana", HttpMethod.POST,
            "/api/rules/complaint-handling/versions/" + version + "/activate", null);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(problems(answer.getBody())).singleElement().isEqualTo(Map.of("sheet", "Response times", "row", 10, "column", "C",
            "cell", "48 hours", "message", "'48 hours' is not a duration: write it as PT48H (ISO 8601), e.g. PT24H"));
        assertThat(decideCrisis()).containsEntry("rulesVersion", before.get("rulesVersion"));
        assertThat(complaintVersions()).filteredOn(v -> Boolean.TRUE.equals(v.get("active"))).extracting(v -> v.get("version"))
            .containsExactly(Integer.valueOf(before.get("rulesVersion").toString()));
    }

    /** A strong quality complaint of a key account with a large order: the crisis row of Response times decides. */
    private Map<String, Object> decideCrisis() {
        ResponseEntity<Map<String, Object>> answer = rest.withBasicAuth("sam", "demo").exchange("/api/decisions/complaint",
            HttpMethod.POST, new HttpEntity<>(Map.of("category", "QUALITY", "country", "US", "tier", "A", "orderValue", 20000,
                "wording", "STRONG")), new ParameterizedTypeReference<>() { });
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).containsEntry("severity", "CRITICAL");
        return answer.getBody();
    }

    private List<Map<String, Object>> complaintVersions() {
        return rest.withBasicAuth("sam", "demo").exchange("/api/rules/complaint-handling/versions", HttpMethod.GET, null,
            new ParameterizedTypeReference<List<Map<String, Object>>>() { }).getBody();
    }

    @Test
    void shouldRefuseAnInjectionAttemptBeforeCompiling() {
        String before = decideJapan().get("rulesVersion").toString();

        Map<String, Object> problem = refused(Workbooks.edit(Workbooks.etiquette(),
            "Countries!X9", "Be polite\"); System.exit(1); $e.addNote(\"",
            "Countries!U10", "3); Runtime.getRuntime().exec(\"rm\"",
            "Tiers!C5", "$e.setMeeting(Class.forName(\"$param\").getName());"));

        assertThat(problems(problem)).hasSize(3).allSatisfy(p -> assertThat(p.get("message").toString()).startsWith("unsafe content"));
        assertThat(problems(problem)).extracting(p -> p.get("sheet") + "!" + p.get("column") + p.get("row"))
            .containsExactlyInAnyOrder("Countries!X9", "Countries!U10", "Tiers!C5");
        assertThat(decideJapan()).containsEntry("rulesVersion", before);
    }

    @Test
    void shouldRefuseAFileThatIsNotAWorkbook() {
        String before = decideJapan().get("rulesVersion").toString();

        Map<String, Object> problem = refused("this is not a spreadsheet".getBytes());

        assertThat(problems(problem)).singleElement()
            .satisfies(p -> assertThat(p.get("message").toString()).contains("not an Excel workbook"));
        assertThat(decideJapan()).containsEntry("rulesVersion", before);
    }

    @Test
    void shouldRefuseAWorkbookWhoseScenarioFails() {
        String before = decideJapan().get("rulesVersion").toString();

        Map<String, Object> problem = refused(Workbooks.edit(Workbooks.etiquette(), "Countries!C50", "DIRECT"));

        assertThat(problems(problem)).hasSize(2).anySatisfy(p -> {
            assertThat(p).containsEntry("sheet", "Scenarios").containsEntry("row", 50).containsEntry("column", "H")
                .containsEntry("expected", "INDIRECT").containsEntry("actual", "DIRECT");
            assertThat(p.get("message").toString()).contains("JP: Japan");
        });
        assertThat(decideJapan()).containsEntry("directness", "INDIRECT").containsEntry("rulesVersion", before);
    }

    @Test
    void shouldRefuseAnEtiquetteVersionThatBreaksTheComplaintHandlingScenarios() {
        String before = decideJapan().get("rulesVersion").toString();

        // Japan's feedback made direct: the etiquette scenarios do not check feedback, complaint handling's do
        Map<String, Object> problem = refused(Workbooks.edit(Workbooks.etiquette(), "Countries!H50", "DIRECT"));

        assertThat(problems(problem)).isNotEmpty().allSatisfy(p -> {
            assertThat(p.get("sheet").toString()).isEqualTo("complaint-handling.drl.xlsx / Scenarios");
            assertThat(p.get("message").toString()).startsWith("with this etiquette workbook, complaint-handling scenario '");
        });
        assertThat(problems(problem)).anySatisfy(p -> assertThat(p.get("message").toString()).contains("from Japan"));
        // each names the etiquette cell the analyst changed, not only the complaint table's rows
        assertThat(problems(problem)).allSatisfy(p -> assertThat(p.get("message").toString()).endsWith("; the complaint table reads"
            + " the client's feedback style from etiquette, which this change makes DIRECT for JP (Countries H50); in force: INDIRECT"));
        assertThat(decideJapan()).containsEntry("rulesVersion", before);
    }

    @Test
    void shouldActivateAnAcceptedUploadAndRollBack() {
        int original = Integer.parseInt(decideJapan().get("rulesVersion").toString());

        ResponseEntity<Map<String, Object>> accepted = exchange("ana", HttpMethod.PUT, "/api/rules/etiquette",
            Workbooks.etiquetteWithDirectJapan());
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(accepted.getBody()).containsEntry("activatedBy", "ana").containsEntry("author", versionAuthor(
            (Integer) accepted.getBody().get("version"))).containsKey("created");
        int uploaded = (Integer) accepted.getBody().get("version");
        assertThat(uploaded).isNotEqualTo(original);
        assertThat(decideJapan()).containsEntry("directness", "DIRECT").containsEntry("rulesVersion", String.valueOf(uploaded));

        ResponseEntity<List<Map<String, Object>>> versions = rest.withBasicAuth("sam", "demo").exchange(
            "/api/rules/etiquette/versions", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(versions.getBody()).extracting(v -> v.get("version")).contains(original, uploaded);
        assertThat(versions.getBody()).filteredOn(v -> Boolean.TRUE.equals(v.get("active"))).extracting(v -> v.get("version"))
            .containsExactly(uploaded);

        ResponseEntity<Map<String, Object>> rolledBack = exchange("ana", HttpMethod.POST,
            "/api/rules/etiquette/versions/" + original + "/activate", null);
        assertThat(rolledBack.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(decideJapan()).containsEntry("directness", "INDIRECT").containsEntry("rulesVersion", String.valueOf(original));

        ResponseEntity<byte[]> download = rest.withBasicAuth("sam", "demo").getForEntity("/api/rules/etiquette", byte[].class);
        assertThat(DecisionTableCompiler.checksum(download.getBody())).isEqualTo(DecisionTableCompiler.checksum(Workbooks.etiquette()));
        assertThat(download.getHeaders().getFirst("Rules-Version")).isEqualTo(String.valueOf(original));

        assertThat(rolledBack.getBody()).containsEntry("version", original).containsEntry("created", false)
            .containsEntry("activatedBy", "ana").containsEntry("author", versionAuthor(original));
        // the uploaded workbook again: no new version, the stored one back in force, with the author the list names
        ResponseEntity<Map<String, Object>> again = exchange("ana", HttpMethod.PUT, "/api/rules/etiquette",
            Workbooks.etiquetteWithDirectJapan());
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).containsEntry("version", uploaded).containsEntry("created", false)
            .containsEntry("activatedBy", "ana").containsEntry("author", versionAuthor(uploaded));
        assertThat(decideJapan()).containsEntry("rulesVersion", String.valueOf(uploaded));
        // and the workbook that came with the server, whose version names its author "file"
        ResponseEntity<Map<String, Object>> shipped = exchange("ana", HttpMethod.PUT, "/api/rules/etiquette", Workbooks.etiquette());
        assertThat(shipped.getBody()).containsEntry("version", original).containsEntry("created", false)
            .containsEntry("activatedBy", "ana").containsEntry("author", versionAuthor(original));
        assertThat(decideJapan()).containsEntry("rulesVersion", String.valueOf(original));
    }

    private Object versionAuthor(int version) {
        ResponseEntity<List<Map<String, Object>>> versions = rest.withBasicAuth("sam", "demo").exchange(
            "/api/rules/etiquette/versions", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        return versions.getBody().stream().filter(v -> Integer.valueOf(version).equals(v.get("version"))).findFirst().orElseThrow()
            .get("author");
    }

    @Test
    void aNewCountryRowNeedsAPublicHolidayScenarioWithItsSource() {
        String before = decideJapan().get("rulesVersion").toString();
        // Estonia added as the helper of an analyst would: its row, no scenario for its calendar
        Map<String, Object> refusal = refused(Workbooks.edit(Workbooks.etiquette(), "Countries!B76", "EE", "Countries!X76",
            "Estonians value punctuality and brevity."));
        assertProblemAt(refusal, "Countries", 76, "column", "B", "Countries row 76 (EE) has no public-holiday scenario with its source:"
            + " add a Scenarios row for EE on one of its public holidays");
        assertThat(problems(refusal)).as("the shipped rows all have theirs").hasSize(1);
        assertThat(decideJapan()).containsEntry("rulesVersion", before);
    }

    @Test
    void aFailedScenarioNamesTheRowsThatGaveItsAnswer() {
        // Japan made direct on its Countries row, its scenarios left expecting INDIRECT
        Map<String, Object> refusal = refused(Workbooks.edit(Workbooks.etiquette(), "Countries!C50", "DIRECT"));
        assertProblemAt(refusal, "Scenarios", 50, "column", "H",
            "scenario 'JP: Japan' expected directness INDIRECT, the rules answer DIRECT (rows that fired: ");
        assertThat(problems(refusal)).filteredOn(p -> Integer.valueOf(50).equals(p.get("row")) && "Scenarios".equals(p.get("sheet")))
            .singleElement().satisfies(p -> assertThat(p.get("message").toString()).contains("Countries row 50", "Countries directory row"));
    }

    @Test
    void shouldSayOnceThatAnotherTablesWorkbookWasChosen() throws Exception {
        byte[] escalation;
        try (java.io.InputStream in = getClass().getResourceAsStream("/rules/escalation.drl.xlsx")) {
            escalation = in.readAllBytes();
        }
        Map<String, Object> refusal = refused(escalation);
        assertThat(refusal).containsEntry("detail", "Rule table 'etiquette' has 1 problem; the version in force is unchanged.");
        assertThat(problems(refusal)).singleElement().satisfies(p -> assertThat(p.get("message")).isEqualTo(
            "this is the escalation table's workbook: its rules go to io.meridian.escalation.rules (sheet 'About', RuleSet), the "
                + "etiquette table's to io.meridian.etiquette.rules; check and upload it as escalation, or choose the etiquette workbook"));
    }

    @Test
    void shouldValidateWithoutActivating() {
        String before = decideJapan().get("rulesVersion").toString();

        ResponseEntity<Map<String, Object>> validated = exchange("ana", HttpMethod.POST, "/api/rules/etiquette/validate",
            Workbooks.etiquetteWithDirectJapan());

        assertThat(validated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(validated.getBody()).containsEntry("valid", true).containsEntry("scenarios", 508);
        assertThat(decideJapan()).containsEntry("rulesVersion", before);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDryRunSaysWhatTheWorkbookChangesAgainstTheVersionInForce() {
        // the shipped workbook in force (put back, as an upload of it does)
        ResponseEntity<Map<String, Object>> shipped = exchange("ana", HttpMethod.PUT, "/api/rules/etiquette", Workbooks.etiquette());
        Object inForce = shipped.getBody().get("version");

        Map<String, Object> direct = exchange("ana", HttpMethod.POST, "/api/rules/etiquette/validate",
            Workbooks.etiquetteWithDirectJapan()).getBody();
        // Japan's Directness, blank in its Countries row (the region's default), written DIRECT
        assertThat(direct).containsEntry("comparedWith", inForce);
        List<Map<String, Object>> changes = (List<Map<String, Object>>) direct.get("changes");
        assertThat(changes).extracting(c -> c.get("sheet")).containsExactly("Countries", "Scenarios");
        List<Map<String, Object>> countries = (List<Map<String, Object>>) changes.get(0).get("rows");
        assertThat(countries).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("kind", "CHANGED").containsEntry("key", "JP").containsEntry("afterRow", 50);
            assertThat((List<Map<String, Object>>) row.get("changes")).singleElement().satisfies(cell -> assertThat(cell)
                .containsEntry("column", "C").containsEntry("header", "Directness").containsEntry("before", "")
                .containsEntry("after", "DIRECT"));
        });

        // the same cells saved again (as LibreOffice or Excel do): nothing would change
        Map<String, Object> resaved = exchange("ana", HttpMethod.POST, "/api/rules/etiquette/validate",
            Workbooks.variant(Workbooks.etiquette())).getBody();
        assertThat(resaved).containsEntry("valid", true).containsEntry("comparedWith", inForce);
        assertThat((List<Object>) resaved.get("changes")).as("no cell differs from the version in force").isEmpty();
    }

    @Test
    void shouldTakeTheWorkbookAsAMultipartFileToo() {
        org.springframework.util.LinkedMultiValueMap<String, Object> form = new org.springframework.util.LinkedMultiValueMap<>();
        form.add("file", new org.springframework.core.io.ByteArrayResource(Workbooks.etiquette()) {
            @Override
            public String getFilename() {
                return "etiquette.drl.xlsx";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);

        ResponseEntity<Map<String, Object>> validated = rest.withBasicAuth("ana", "demo").exchange(
            "/api/rules/etiquette/validate", HttpMethod.POST, new HttpEntity<>(form, headers), new ParameterizedTypeReference<>() { });

        assertThat(validated.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(validated.getBody()).containsEntry("valid", true);
    }

    @Test
    void shouldRefuseChangesFromUsersOutsideTheAnalysts() {
        ResponseEntity<Map<String, Object>> refused = exchange("sam", HttpMethod.PUT, "/api/rules/etiquette", Workbooks.etiquette());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void shouldListTablesAndReportThemOnTheHealthEndpoint() {
        ResponseEntity<List<Map<String, Object>>> tables = rest.withBasicAuth("sam", "demo").exchange(
            "/api/rules", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(tables.getBody()).extracting(t -> t.get("table")).contains("etiquette");

        ResponseEntity<Map<String, Object>> health = rest.withBasicAuth("ana", "demo").exchange("/actuator/health",
            HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        assertThat(health.getBody().toString()).contains("ruleBook").contains("etiquette");

        ResponseEntity<Map<String, Object>> anonymous = rest.exchange("/actuator/health", HttpMethod.GET, null,
            new ParameterizedTypeReference<>() { });
        assertThat(anonymous.getBody()).containsEntry("status", "UP").doesNotContainKey("components");
    }

    @Autowired
    RulesFolderWatcher watcher;

    @Autowired
    RuleVersions versions;

    @Autowired
    RuleVersionRepository repository;

    /**
     * Another node activated a version this node has not loaded yet (it follows every poll interval, and builds the
     * workbook meanwhile): the list shows the version in force here with the activation that put it in force, one
     * consistent version, where it showed the old version with the new activation's time and author.
     */
    @Test
    void shouldListTheVersionInForceHereWithItsOwnActivationWhileAnotherNodesIsNotFollowedYet() {
        watcher.stop();
        Map<String, Object> before = tableInForce("escalation");
        int inForce = (Integer) before.get("version");
        try {
            // as another node stores and activates one: here the same workbook, under a checksum of its own
            byte[] workbook = versions.workbook("escalation", inForce).orElseThrow();
            RuleVersionRepository.Activation other = repository.storeAndActivate("escalation",
                "another-node-" + java.util.UUID.randomUUID(), "ana", 14, 0, "[]", workbook);

            Map<String, Object> meanwhile = tableInForce("escalation");
            assertThat(meanwhile).containsEntry("version", inForce).containsEntry("activatedAt", before.get("activatedAt"))
                .containsEntry("activatedBy", before.get("activatedBy"));

            versions.sync();
            Map<String, Object> followed = tableInForce("escalation");
            assertThat(followed).containsEntry("version", other.version()).containsEntry("activatedBy", "ana");
            assertThat(java.time.Instant.parse((String) followed.get("activatedAt"))).isEqualTo(other.activatedAt());
        } finally {
            versions.activate("escalation", inForce, "test");
            watcher.start();
        }
    }

    private Map<String, Object> tableInForce(String table) {
        ResponseEntity<List<Map<String, Object>>> tables = rest.withBasicAuth("sam", "demo").exchange(
            "/api/rules", HttpMethod.GET, null, new ParameterizedTypeReference<>() { });
        return tables.getBody().stream().filter(t -> table.equals(t.get("table"))).findFirst().orElseThrow();
    }

    private Map<String, Object> decideJapan() {
        ResponseEntity<Map<String, Object>> answer = rest.withBasicAuth("sam", "demo").exchange("/api/decisions/etiquette",
            HttpMethod.POST, new HttpEntity<>(Map.of("country", "JP", "at", "2027-03-10T10:00:00Z")),
            new ParameterizedTypeReference<>() { });
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return answer.getBody();
    }

    private Map<String, Object> refused(byte[] workbook) {
        ResponseEntity<Map<String, Object>> answer = exchange("ana", HttpMethod.PUT, "/api/rules/etiquette", workbook);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        return answer.getBody();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> problems(Map<String, Object> problem) {
        return (List<Map<String, Object>>) problem.get("problems");
    }

    private ResponseEntity<Map<String, Object>> exchange(String user, HttpMethod method, String path, byte[] body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_OCTET_STREAM);
        return rest.withBasicAuth(user, "demo").exchange(path, method, new HttpEntity<>(body, headers),
            new ParameterizedTypeReference<>() { });
    }
}
