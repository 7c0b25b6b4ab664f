package io.meridian.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.meridian.testsupport.WorkbenchStylePage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.springframework.web.util.HtmlUtils;

/**
 * A template's page shows the text in force in a box ({@code <pre class="box" id="in-force">}, as the page writes it);
 * its long lines (a paragraph of HTML on one line) ran past the box and the page, which scrolled sideways. Read where
 * Chromium draws it, at a laptop's width, with the workbench's style sheet. Skipped only where no chromium is installed.
 */
class TemplateTextBrowserTest {

    private WorkbenchStylePage page;

    @BeforeEach
    void openBrowser() throws IOException {
        page = WorkbenchStylePage.open();
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (page != null) {
            page.close();
        }
    }

    @Test
    void shouldWrapTheTextInForceWithinItsBoxAndThePage() throws IOException {
        String text = Files.readString(Path.of("messages", "complaint-acknowledged", "en.mustache"));
        assertThat(text.lines().mapToInt(String::length).max().orElse(0)).as("a line longer than the box").isGreaterThan(200);
        page.browser().manage().window().setSize(new Dimension(1280, 1000));
        page.show("<h2>Text in force (version 1)</h2><pre class=\"box\" id=\"in-force\">" + HtmlUtils.htmlEscape(text) + "</pre>");

        @SuppressWarnings("unchecked")
        Map<String, Number> widths = (Map<String, Number>) page.script("""
            const box = document.getElementById('in-force');
            return {boxContent: box.scrollWidth, box: box.clientWidth,
                    page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth};""");
        page.screenshot(Path.of("target", "workbench-template-text.png"));

        assertThat(widths.get("boxContent").intValue()).as("the text's width within its box").isLessThanOrEqualTo(widths.get("box").intValue());
        assertThat(widths.get("page").intValue()).as("the page's width").isLessThanOrEqualTo(widths.get("window").intValue());
    }
}
