package io.meridian.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.meridian.rules.RuleBookException;
import io.meridian.rules.RuleVersions;
import io.meridian.rules.Workbooks;
import io.meridian.testsupport.MeridianTest;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The workbench's pages as HTML, without a browser: {@code ana} signs in, checks a workbook and reads the page the check
 * leads to. Nothing is activated.
 */
@MeridianTest
class WorkbenchPagesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    RuleVersions versions;

    @Test
    void theWhatIfOfAnAnnouncedHolidayNamesItInWords() throws Exception {
        String page = check("spring-festival-2027.drl.xlsx", EtiquettePreviewSourceTest.springFestival2027());

        assertThat(page).contains("Every check passed");
        String whatIf = page.substring(page.indexOf("id=\"preview\""));
        assertThat(whatIf).doesNotContain("Observance[").contains("upcomingObservances", "CN, tier A; CN, tier B; CN, tier C",
            "New Year&#39;s Day, 1 Jan 2027, closed", "Added: Spring Festival 2027, 6–13 Feb 2027, closed");
        // what the decisions do not show: the library's own Spring Festival, and the team's calendar (no desks in the tests'
        // context: EtiquettePreviewSourceTest names a desk) that keeps China's holidays
        assertThat(whatIf).as("the what-if's notes").contains("id=\"preview-notes\"");
        assertThat(text(whatIf.substring(whatIf.indexOf("id=\"preview-notes\""), whatIf.indexOf("</ul>")))).contains(
            "Announced days row 25 (CN HOLIDAY 'Spring Festival 2027', 6–13 Feb 2027) overlaps the calendar library's"
                + " 'Spring Festival' (5–8 Feb 2027) for CN",
            "Announced days row 25 (CN HOLIDAY 'Spring Festival 2027', 6–13 Feb 2027) also closes these days for the team's calendar (meridian.team.country=CN, for work that is no desk's), which keeps"
                + " CN's holidays: the due times of their tasks move, whatever the client's country");
        // the added row of Announced days, each cell after its column, where it read "| CN | HOLIDAY | …" (column A is blank)
        String diff = page.substring(page.indexOf("id=\"diff\""), page.indexOf("id=\"preview\""));
        assertThat(text(diff)).contains("added (CN) B CN | C HOLIDAY | D Spring Festival 2027 | E 2027-02-06 | F 2027-02-13");
        assertThat(diff).doesNotContain("<bdi></bdi>");
    }

    @Test
    void aFailingScenarioShowsItsCountryBesideTheCell() throws Exception {
        // Japan made direct, its scenarios left expecting INDIRECT: the problem is on Scenarios H50
        String page = check("direct-japan-only.drl.xlsx", Workbooks.edit(Workbooks.etiquette(),
            "Countries!C50", "DIRECT"));

        String sheet = page.substring(page.indexOf("Sheet <span>Scenarios</span>"));
        assertThat(sheet).contains("data-cell=\"H50\"").as("the country column, where the rendering went from B to D")
            .contains("data-cell=\"C50\"");
        assertThat(text(sheet)).contains("A B C D E F G H");
    }

    @Test
    void theRollBackToTheFirstVersionSaysWhereItCameFrom() throws Exception {
        MockHttpSession session = signedIn();

        String page = text(html(mvc.perform(get("/workbench/confirm/tables/etiquette/versions/1").session(session)).andReturn()));

        assertThat(page).contains("Version 1 was taken from the rules folder (a workbook saved there, or the one packed into the"
            + " application when the folder had none) on ").doesNotContain("uploaded by file");
    }

    /**
     * The version taken from the rules folder (or the workbook packed into the application) reads so on the table's page
     * and, while in force, on the first page, as the roll-back's confirmation says it: both showed the raw author "file".
     */
    @Test
    void aVersionFromTheRulesFolderSaysSoWhereItsAuthorWouldBe() throws Exception {
        MockHttpSession session = signedIn();

        String table = html(mvc.perform(get("/workbench/tables/escalation").session(session)).andReturn());
        String first = table.substring(table.indexOf("id=\"version-1\""));
        assertThat(text(first.substring(0, first.indexOf("</tr>")))).contains("taken from the rules folder");
        assertThat(table).doesNotContain("<td>file</td>");
        String tables = html(mvc.perform(get("/workbench/").session(session)).andReturn());
        assertThat(tables).doesNotContain("<td>file</td>");
    }

    /**
     * A workbook saved into the rules folder that fails a check is refused there (the server's scan submits it as
     * {@code file}); its problems were only in the log and on /actuator/health, and the workbench showed nothing. Now the
     * first page and the table's page say so, with each problem's cell, until a version is put in force after it.
     */
    @Test
    void aWorkbookRefusedFromTheRulesFolderIsShownOnTheWorkbench() throws Exception {
        byte[] workbook;
        try (InputStream in = getClass().getResourceAsStream("/rules/escalation.drl.xlsx")) {
            workbook = Workbooks.edit(in.readAllBytes(), "Pace!F8", "yes");
        }
        int inForce = versions.activation("escalation").orElseThrow().version();
        Assertions.assertThatThrownBy(() -> versions.submit("escalation", workbook, RuleVersions.FILE_AUTHOR))
            .isInstanceOf(RuleBookException.class);
        MockHttpSession session = signedIn();

        for (String path : new String[] {"/workbench/", "/workbench/tables/escalation"}) {
            String page = html(mvc.perform(get(path).session(session)).andReturn());
            assertThat(page).as(path).contains("id=\"refused-versions\"");
            String refusal = text(page.substring(page.indexOf("id=\"refused-versions\""), page.indexOf("</div>", page.indexOf("id=\"refused-versions\""))));
            assertThat(refusal).as(path).contains("escalation : the workbook saved in the rules folder (escalation.drl.xlsx) was refused: 1 problem;"
                + " version " + inForce + " keeps serving. Correct the cells named below and save it again.", "F8", "yes");
        }
    }

    /**
     * China's State Council publishes next year's holidays and make-up working days in November, and the shipped workbook
     * holds 2026's: from 1 November 2026 the analysts read on the workbench that 2027's are missing, and whose calendar
     * follows them (the team keeps China's, as {@code meridian.team.country} says); in October they read nothing of it.
     */
    @Test
    void theWorkbenchRemindsOfNextYearsAnnouncedDaysFromNovemberOn() throws Exception {
        MockHttpSession session = signedIn();
        try {
            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-16T02:00:00Z")));
            for (String path : new String[] {"/workbench/", "/workbench/tables/etiquette"}) {
                String page = html(mvc.perform(get(path).session(session)).andReturn());
                assertThat(page).as(path).contains("id=\"calendar-reminders\"");
                String reminder = text(page.substring(page.indexOf("id=\"calendar-reminders\""),
                    page.indexOf("</div>", page.indexOf("id=\"calendar-reminders\""))));
                assertThat(reminder).as(path).contains("No announced days for 2027 (China, CN): the etiquette workbook's"
                    + " \"Announced days\" sheet has no CN holiday or working day for 2027, and the calendar of the team", "State Council",
                    "No announced days for 2027 (Indonesia, ID)", "the calendar of clients in Indonesia follows them",
                    "No announced days for 2027 (Vietnam, VN)", "Tết",
                    "No announced days for 2027 (Russia, RU)", "the government's yearly decree on moving days off");
            }
            assertThat(html(mvc.perform(get("/workbench/tables/escalation").session(session)).andReturn()))
                .as("the escalation table's page").doesNotContain("calendar-reminders");

            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-10-15T02:00:00Z")));
            assertThat(html(mvc.perform(get("/workbench/").session(session)).andReturn())).as("in October")
                .doesNotContain("calendar-reminders");
        } finally {
            ClockUtil.reset();
        }
    }

    /** The page's text without its tags, its blanks made one. */
    private static String text(String html) {
        return html.replaceAll("<[^>]+>", " ").replace("&#39;", "'").replace("&quot;", "\"").replaceAll("\\s+", " ");
    }

    private MockHttpSession signedIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String login = mvc.perform(get("/workbench/login").session(session)).andReturn().getResponse().getContentAsString();
        MvcResult answer = mvc.perform(post("/workbench/login").session(session).param("username", "ana").param("password", "demo")
            .param("_csrf", csrf(login))).andReturn();
        assertThat(answer.getResponse().getRedirectedUrl()).endsWith("/workbench/");
        return session;
    }

    /** Signs in as ana, checks the workbook on the etiquette table's page and answers the page the check leads to. */
    private String check(String name, byte[] workbook) throws Exception {
        MockHttpSession session = signedIn();
        String table = html(mvc.perform(get("/workbench/tables/etiquette").session(session)).andReturn());
        MvcResult checked = mvc.perform(multipart("/workbench/tables/etiquette/check")
            .file(new MockMultipartFile("file", name, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook))
            .param("_csrf", csrf(table)).session(session)).andReturn();
        assertThat(checked.getResponse().getStatus()).as("the check leads to its page").isEqualTo(302);
        return html(mvc.perform(get(checked.getResponse().getRedirectedUrl()).session(session)).andReturn());
    }

    private static String html(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        return m.group(1);
    }
}
