package io.meridian.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.meridian.testsupport.HeadlessChromium;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.web.util.HtmlUtils;

/**
 * A template's page shows the text in force in a box ({@code <pre class="box" id="in-force">}, as the page writes it);
 * its long lines (a paragraph of HTML on one line) ran past the box and the page, which scrolled sideways. Read where
 * Chromium draws it, at a laptop's width, with the workbench's style sheet. Skipped only where no chromium is installed.
 */
class TemplateTextBrowserTest {

    private HeadlessChromium chromium;
    private Path page;

    @BeforeEach
    void openBrowser() throws IOException {
        chromium = HeadlessChromium.open();
        page = Files.createTempFile("meridian-template-", ".html");
    }

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
        Files.deleteIfExists(page);
    }

    @Test
    void shouldWrapTheTextInForceWithinItsBoxAndThePage() throws IOException {
        String text = Files.readString(Path.of("messages", "complaint-acknowledged", "en.mustache"));
        assertThat(text.lines().mapToInt(String::length).max().orElse(0)).as("a line longer than the box").isGreaterThan(200);
        Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><style>" + css()
            + "</style></head><body><main><h2>Text in force (version 1)</h2><pre class=\"box\" id=\"in-force\">"
            + HtmlUtils.htmlEscape(text) + "</pre></main></body></html>");
        chromium.browser().manage().window().setSize(new Dimension(1280, 1000));
        chromium.browser().get(page.toUri().toString());

        @SuppressWarnings("unchecked")
        Map<String, Number> widths = (Map<String, Number>) ((JavascriptExecutor) chromium.browser()).executeScript("""
            const box = document.getElementById('in-force');
            return {boxContent: box.scrollWidth, box: box.clientWidth,
                    page: document.documentElement.scrollWidth, window: document.documentElement.clientWidth};""");
        Files.write(Path.of("target", "workbench-template-text.png"),
            ((TakesScreenshot) chromium.browser()).getScreenshotAs(OutputType.BYTES));

        assertThat(widths.get("boxContent").intValue()).as("the text's width within its box").isLessThanOrEqualTo(widths.get("box").intValue());
        assertThat(widths.get("page").intValue()).as("the page's width").isLessThanOrEqualTo(widths.get("window").intValue());
    }

    private String css() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/static/workbench/workbench.css")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
