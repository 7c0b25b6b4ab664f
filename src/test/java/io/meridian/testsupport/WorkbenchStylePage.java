package io.meridian.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * A piece of a workbench page, in a static page with the workbench's style sheet, opened in {@link HeadlessChromium}:
 * for a test of how Chromium lays out what the workbench writes, without a server. {@link #close()} closes the browser
 * and deletes the page. A test without chromium is skipped, as {@link HeadlessChromium#open()} says.
 */
public final class WorkbenchStylePage implements AutoCloseable {

    /** The workbench's style sheet, as the application serves it. */
    static final String STYLE_SHEET = "/static/workbench/workbench.css";

    private final HeadlessChromium chromium;
    private final Path page;

    private WorkbenchStylePage(HeadlessChromium chromium, Path page) {
        this.chromium = chromium;
        this.page = page;
    }

    /** Starts the browser; skips the calling test when chromium is not installed. */
    public static WorkbenchStylePage open() throws IOException {
        HeadlessChromium chromium = HeadlessChromium.open();
        try {
            return new WorkbenchStylePage(chromium, Files.createTempFile("meridian-workbench-", ".html"));
        } catch (IOException | RuntimeException e) {
            chromium.close();
            throw e;
        }
    }

    /** Shows {@code html} as the content of a workbench page's {@code <main>}. */
    public void show(String html) throws IOException {
        Files.writeString(page, "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><style>" + styleSheet()
            + "</style></head><body><main>" + html + "</main></body></html>");
        chromium.browser().get(page.toUri().toString());
    }

    public WebDriver browser() {
        return chromium.browser();
    }

    /** Runs {@code script} in the page ({@code arguments[0]}, ... are {@code arguments}) and gives what it returns. */
    public Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) chromium.browser()).executeScript(script, arguments);
    }

    /** Writes what the browser shows now to {@code file}, for a person to look at. */
    public void screenshot(Path file) throws IOException {
        Files.write(file, ((TakesScreenshot) chromium.browser()).getScreenshotAs(OutputType.BYTES));
    }

    static String styleSheet() {
        try (InputStream in = WorkbenchStylePage.class.getResourceAsStream(STYLE_SHEET)) {
            if (in == null) {
                throw new IllegalStateException("no " + STYLE_SHEET + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            chromium.close();
        } finally {
            Files.deleteIfExists(page);
        }
    }

    /** The page's file, while it is open. */
    Path file() {
        return page;
    }
}
