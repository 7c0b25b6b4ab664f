package io.meridian.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.meridian.messages.MessageTemplates;
import io.meridian.testsupport.MeridianTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The message templates in the workbench, as an analyst signed in with the login form sees them: the list of every
 * template ({@code quote/ja} among them), one template's text and versions, a check that names the line and placeholder
 * of each problem, putting a checked text in force and an older version back. {@code sam} reads but gets no form and a
 * 403 for every change; no form works without its CSRF token. Every change goes through {@link MessageTemplates}; the
 * texts put in force here differ from the shipped one by a Mustache comment only, so every email stays as it was, and
 * each test puts the version it found back in force.
 */
@MeridianTest
class TemplatesPagesTest {

    private static final String FILE = "quote/ja.mustache";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    MessageTemplates templates;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theHomePageLinksToTheTemplatesWhichListQuoteJaWithItsVersionInForce() throws Exception {
        MockHttpSession ana = signIn("ana");
        assertThat(page(ana, "/workbench/")).contains("href=\"/workbench/templates\"", "Message templates");

        String list = page(ana, "/workbench/templates");
        int version = templates.inForce().stream().filter(t -> t.file().equals(FILE)).findFirst().orElseThrow().version();
        String row = row(list, "template-quote/ja");
        assertThat(row).contains("href=\"/workbench/templates/quote/ja\"", ">quote/ja<", "<td>" + version + "</td>",
            "machine translation (AI-drafted)");
        assertThat(list).contains("href=\"/workbench/templates/greeting/ja\"", "href=\"/workbench/templates/layout\"");

        String one = page(ana, "/workbench/templates/quote/ja");
        assertThat(one).contains("<h1>quote/ja</h1>", "id=\"in-force\"", "お見積りのご案内", "Text in force (version " + version + ")",
            "id=\"check-form\"");
        assertThat(between(one, "id=\"check-form\"", "</form>")).as("the check form carries its CSRF token").contains("name=\"_csrf\"");
        // the text is escaped: the template's HTML shows as text, not as markup
        assertThat(one).contains("&lt;table cellpadding=&quot;4&quot;&gt;");
        assertThat(page(ana, "/workbench/templates/layout")).contains("<h1>layout</h1>", "id=\"in-force\"");
        mvc.perform(get("/workbench/templates/quotes/ja").session(ana)).andExpect(status().isNotFound());
    }

    @Test
    void aCheckWithAnUnknownPlaceholderShowsTheProblemWithItsLineAndNothingChanges() throws Exception {
        MockHttpSession ana = signIn("ana");
        int before = inForce();
        String text = templates.text(FILE).orElseThrow().replace("<p>ご検討いただけますと幸いです。</p>",
            "<p>ご検討いただけますと幸いです。{{discount}}</p>");

        String checked = mvc.perform(multipart("/workbench/templates/quote/ja/check").session(ana)
                .param("text", text.replace("\n", "\r\n")).param("_csrf", csrf(ana, "/workbench/templates/quote/ja")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(checked).contains("This text cannot go live", "1 problem");
        String problem = row(checked, null, checked.indexOf("id=\"problems\""));
        // the line as the analyst's editor numbers it: the one the placeholder went into
        int line = (int) text.substring(0, text.indexOf("{{discount}}")).chars().filter(c -> c == '\n').count() + 1;
        assertThat(problem).contains("<td>" + line + "</td>", "<code>{{discount}}</code>", "unknown placeholder {{discount}}: this template knows");
        assertThat(checked).doesNotContain("id=\"put-in-force\"");
        // the analyst's text stays in the field to be corrected
        assertThat(checked).contains(HtmlUtils.htmlEscape("ご検討いただけますと幸いです。{{discount}}"));
        assertThat(inForce()).isEqualTo(before);
    }

    @Test
    void aGoodTextPutInForceBecomesTheVersionInForceAndAnOlderOneGoesBackAfterTheConfirmation() throws Exception {
        MockHttpSession ana = signIn("ana");
        int before = inForce();
        String text = templates.text(FILE).orElseThrow() + "{{! workbench test " + System.nanoTime() + " }}\n";
        try {
            String checked = mvc.perform(multipart("/workbench/templates/quote/ja/check")
                    .file(new MockMultipartFile("upload", "ja.mustache", "text/plain", text.getBytes(StandardCharsets.UTF_8))).session(ana)
                    .param("_csrf", csrf(ana, "/workbench/templates/quote/ja")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(checked).contains("The text passes every check", "id=\"put-in-force\"");
            assertThat(between(checked, "id=\"put-in-force-form\"", "</form>")).contains("name=\"_csrf\"");
            // what the first scenario client would get, with the sample values: the new comment shows nowhere
            assertThat(visible(between(checked, "id=\"preview\"", "</section>")))
                .contains("What scenario client JP tier A, full name would get", "Subject:", "お見積りのご案内", "製品：")
                .doesNotContain("{{", "workbench test");
            assertThat(inForce()).as("a check changes nothing").isEqualTo(before);

            // the checked text, as the page's form sends it back (a browser sends a textarea's lines with CR LF)
            String checkedText = HtmlUtils.htmlUnescape(between(checked, "<textarea name=\"text\" hidden readonly>", "</textarea>"));
            assertThat(checkedText).isEqualTo(text);
            String put = mvc.perform(post("/workbench/templates/quote/ja/put-in-force").session(ana)
                    .param("text", checkedText.replace("\n", "\r\n")).param("_csrf", csrf(checked)))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
            assertThat(put).isEqualTo("/workbench/templates/quote/ja");

            int version = inForce();
            assertThat(version).isGreaterThan(before);
            assertThat(templates.text(FILE)).contains(text);
            String after = page(ana, put);
            assertThat(after).contains("Version " + version + " of quote/ja is in force.", "Text in force (version " + version + ")",
                HtmlUtils.htmlEscape("{{! workbench test"));
            assertThat(row(after, "version-" + version)).contains("in force", "<td>ana</td>");

            // back to the version found, after the confirmation
            assertThat(row(after, "version-" + before)).contains("href=\"/workbench/confirm/templates/quote/ja/versions/" + before + "\"");
            String confirm = page(ana, "/workbench/confirm/templates/quote/ja/versions/" + before);
            assertThat(visible(confirm)).contains("Put version " + before + " of quote/ja back in force?", "Version " + version + " serves now.",
                "Yes, put version " + before + " in force");
            mvc.perform(post("/workbench/templates/quote/ja/versions/" + before + "/activate").session(ana).param("_csrf", csrf(confirm)))
                .andExpect(status().is3xxRedirection());
            assertThat(inForce()).isEqualTo(before);
            assertThat(page(ana, "/workbench/templates/quote/ja")).contains("Version " + before + " of quote/ja is in force.");
        } finally {
            templates.activate(FILE, before, "test");
        }
    }

    /**
     * A checked text's preview shows the Portuguese scenario client for a European Portuguese template (it showed the first
     * scenario client, in Japan, for every language no client named), and the analyst may show it for any other scenario
     * client: the choice is offered before the check and beside the preview, and nothing changes.
     */
    @Test
    void thePreviewShowsTheTemplatesOwnScenarioClientAndAnyOtherTheAnalystChooses() throws Exception {
        MockHttpSession ana = signIn("ana");
        String file = "quote/pt-PT.mustache";
        int before = templates.inForce().stream().filter(t -> t.file().equals(file)).findFirst().orElseThrow().version();
        String text = templates.text(file).orElseThrow();
        String form = page(ana, "/workbench/templates/quote/pt-PT");
        assertThat(between(form, "id=\"check-form\"", "</form>")).contains("<option value=\"PT Senhora, European Portuguese\" selected=\"selected\">",
            "<option value=\"DE Herr Dr. with German\">");

        String checked = mvc.perform(multipart("/workbench/templates/quote/pt-PT/check").session(ana).param("text", text)
                .param("_csrf", csrf(form)))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(visible(between(checked, "id=\"preview\"", "</section>"))).contains(
            "What scenario client PT Senhora, European Portuguese would get", "Proposta para LED panel 60x60",
            "Exma. Senhora Ana Ferreira,").doesNotContain("Nakamura");

        String other = mvc.perform(multipart("/workbench/templates/quote/pt-PT/check").session(ana).param("text", text)
                .param("client", "DE Herr Dr. with German").param("_csrf", csrf(between(checked, "id=\"preview-form\"", "</form>"))))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String preview = between(other, "id=\"preview\"", "</section>");
        assertThat(visible(preview)).contains("What scenario client DE Herr Dr. with German would get", "Exmo. Senhor Dr. Jan Weber,");
        assertThat(preview).contains("<option value=\"DE Herr Dr. with German\" selected=\"selected\">");
        assertThat(templates.inForce().stream().filter(t -> t.file().equals(file)).findFirst().orElseThrow().version())
            .as("a check changes nothing").isEqualTo(before);
    }

    /**
     * A template version read from the messages folder (or packed into the application) says so on the list, the
     * template's page and the roll-back's confirmation, as the rule tables' pages do, where they showed the raw author "file".
     */
    @Test
    void aVersionFromTheMessagesFolderSaysSoWhereItsAuthorWouldBe() throws Exception {
        MockHttpSession ana = signIn("ana");
        String file = "exception-notice/ko.mustache";
        MessageTemplates.Version first = templates.versions(file).get(0);
        assertThat(first.author()).isEqualTo(MessageTemplates.FILE_AUTHOR);

        assertThat(visible(row(page(ana, "/workbench/templates/exception-notice/ko"), "version-" + first.version())))
            .contains("taken from the messages folder");
        String list = page(ana, "/workbench/templates");
        assertThat(list).doesNotContain("<td>file</td>");
        assertThat(visible(page(ana, "/workbench/confirm/templates/exception-notice/ko/versions/" + first.version())))
            .contains("was taken from the messages folder").doesNotContain("checked in by file");
    }

    @Test
    void aFileThatIsNotUtf8IsRefusedNamingItsLine() throws Exception {
        MockHttpSession ana = signIn("ana");
        byte[] latin1 = "--- subject ---\nGrüße\n".getBytes(StandardCharsets.ISO_8859_1);
        String checked = mvc.perform(multipart("/workbench/templates/quote/ja/check")
                .file(new MockMultipartFile("upload", "ja.mustache", "text/plain", latin1)).session(ana)
                .param("_csrf", csrf(ana, "/workbench/templates/quote/ja")))
            .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(row(checked, null, checked.indexOf("id=\"problems\""))).contains("<td>2</td>", "is not UTF-8 text",
            "Save As, Encoding: UTF-8");
        assertThat(checked).doesNotContain("id=\"put-in-force\"");
    }

    @Test
    void samReadsTheTemplatesButHasNoFormAndEveryChangeIs403() throws Exception {
        MockHttpSession sam = signIn("sam");
        int before = inForce();
        String one = page(sam, "/workbench/templates/quote/ja");
        assertThat(one).contains("(read only)", "id=\"in-force\"", "id=\"versions\"")
            .doesNotContain("id=\"check-form\"", "Put back in force", "id=\"put-in-force\"");
        String csrf = csrf(one);
        String text = templates.text(FILE).orElseThrow() + "{{! sam }}\n";
        mvc.perform(multipart("/workbench/templates/quote/ja/check").session(sam).param("text", text).param("_csrf", csrf))
            .andExpect(status().isForbidden());
        mvc.perform(post("/workbench/templates/quote/ja/put-in-force").session(sam).param("text", text).param("_csrf", csrf))
            .andExpect(status().isForbidden());
        mvc.perform(post("/workbench/templates/quote/ja/versions/" + before + "/activate").session(sam).param("_csrf", csrf))
            .andExpect(status().isForbidden());
        mvc.perform(get("/workbench/confirm/templates/quote/ja/versions/" + before).session(sam)).andExpect(status().isForbidden());
        assertThat(inForce()).isEqualTo(before);
        assertThat(templates.text(FILE).orElseThrow()).doesNotContain("{{! sam }}");
    }

    @Test
    void noFormWorksWithoutItsCsrfToken() throws Exception {
        MockHttpSession ana = signIn("ana");
        int before = inForce();
        String text = templates.text(FILE).orElseThrow() + "{{! no token }}\n";
        mvc.perform(multipart("/workbench/templates/quote/ja/check").session(ana).param("text", text))
            .andExpect(status().isForbidden());
        mvc.perform(post("/workbench/templates/quote/ja/put-in-force").session(ana).param("text", text))
            .andExpect(status().isForbidden());
        mvc.perform(post("/workbench/templates/quote/ja/put-in-force").session(ana).param("text", text).param("_csrf", "forged"))
            .andExpect(status().isForbidden());
        assertThat(inForce()).isEqualTo(before);
        assertThat(templates.text(FILE).orElseThrow()).doesNotContain("{{! no token }}");
    }

    /** "Put back in force" of a stored version that fails today's checks says so on the page, and the version in force serves on. */
    @Test
    void aVersionThatFailsTodaysChecksIsNotPutBackInForceAndThePageSaysWhy() throws Exception {
        MockHttpSession ana = signIn("ana");
        int before = inForce();
        String old = templates.text(FILE).orElseThrow().replace("<p>ご検討いただけますと幸いです。</p>",
            "<p>ご検討いただけますと幸いです。{{discount}}</p>");
        int bad = jdbc.sql("select max(version) + 1 from message_template_version where file = ?").param(FILE).query(Integer.class).single();
        jdbc.sql("insert into message_template_version (file, version, content, checksum, checked_by, author, created_at, active)"
                + " values (?, ?, ?, ?, null, 'ana', current_timestamp, false)")
            .params(FILE, bad, old, "stored-before-a-change-of-its-kind").update();
        String confirm = page(ana, "/workbench/confirm/templates/quote/ja/versions/" + bad);

        mvc.perform(post("/workbench/templates/quote/ja/versions/" + bad + "/activate").session(ana).param("_csrf", csrf(confirm)))
            .andExpect(status().is3xxRedirection());

        assertThat(inForce()).isEqualTo(before);
        assertThat(visible(page(ana, "/workbench/templates/quote/ja"))).contains("Version " + bad + " of quote/ja was not put back in force:"
            + " it fails today's checks (", "unknown placeholder {{discount}}", "The version in force keeps serving.");
    }

    private int inForce() {
        return templates.inForce().stream().filter(t -> t.file().equals(FILE)).findFirst().orElseThrow().version();
    }

    /** Signs in with the workbench's login form, as a browser does. */
    private MockHttpSession signIn(String user) throws Exception {
        MockHttpSession session = new MockHttpSession();
        String login = mvc.perform(get("/workbench/login").session(session)).andReturn().getResponse().getContentAsString();
        var result = mvc.perform(post("/workbench/login").session(session).param("username", user).param("password", "demo")
                .param("_csrf", csrf(login)))
            .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
    }

    private String csrf(MockHttpSession session, String path) throws Exception {
        return csrf(page(session, path));
    }

    private static String csrf(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    /** The table row with the id, or the first row after {@code from}. */
    private static String row(String html, String id) {
        return row(html, id, 0);
    }

    private static String row(String html, String id, int from) {
        int start = id == null ? html.indexOf("<tr", html.indexOf("<tbody>", from)) : html.indexOf("id=\"" + id + "\"", from);
        assertThat(start).as("row " + id).isGreaterThanOrEqualTo(0);
        return html.substring(start, html.indexOf("</tr>", start));
    }

    /** The page's text as a reader sees it: without tags, spaces collapsed. */
    private static String visible(String html) {
        return HtmlUtils.htmlUnescape(html.replaceAll("<[^>]+>", " ")).replaceAll("\\s+", " ").replace(" ?", "?");
    }

    private static String between(String html, String open, String close) {
        int start = html.indexOf(open);
        assertThat(start).as(open).isGreaterThanOrEqualTo(0);
        return html.substring(start + open.length(), html.indexOf(close, start + open.length()));
    }
}
