package io.meridian.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.meridian.testsupport.MeridianTest;
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

    @Test
    void theWhatIfOfAnAnnouncedHolidayNamesItInWords() throws Exception {
        String page = check("spring-festival-2027.drl.xlsx", EtiquettePreviewSourceTest.springFestival2027());

        assertThat(page).contains("Every check passed");
        String whatIf = page.substring(page.indexOf("id=\"preview\""));
        assertThat(whatIf).doesNotContain("Observance[").contains("upcomingObservances", "CN, tier A; CN, tier B; CN, tier C",
            "New Year&#39;s Day, 1 Jan 2027, closed", "Added: Spring Festival 2027, 6–13 Feb 2027, closed");
    }

    /** Signs in as ana, checks the workbook on the etiquette table's page and answers the page the check leads to. */
    private String check(String name, byte[] workbook) throws Exception {
        MockHttpSession session = new MockHttpSession();
        String login = mvc.perform(get("/workbench/login").session(session)).andReturn().getResponse().getContentAsString();
        mvc.perform(post("/workbench/login").session(session).param("username", "ana").param("password", "demo")
            .param("_csrf", csrf(login)));
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
