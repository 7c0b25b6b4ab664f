package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's chromium and chromedriver ({@code .ci/run} installs them), headless, with a profile of
 * its own that {@link #close()} deletes. A test without them is skipped, saying what to install.
 */
public final class HeadlessChromium implements AutoCloseable {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    /** The window's size in pixels: wide enough for the desktop layouts. */
    static final Dimension WINDOW = new Dimension(1400, 1000);
    /** How often {@link #waiting} looks. */
    static final long POLL_MILLIS = 50;

    private final Path profile;
    private final ChromeDriverService service;
    private final WebDriver browser;

    private HeadlessChromium(Path profile, ChromeDriverService service, WebDriver browser) {
        this.profile = profile;
        this.service = service;
        this.browser = browser;
    }

    /** Starts the browser; skips the calling test when chromium is not installed. */
    public static HeadlessChromium open() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM), "no chromium at " + CHROMIUM + " (apt-get install -y chromium chromium-driver)");
        Path profile = Files.createTempDirectory("meridian-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--user-data-dir=" + profile, "--window-size=" + WINDOW.getWidth() + "," + WINDOW.getHeight(), "--lang=en-US");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
            .usingAnyFreePort().build();
        HeadlessChromium chromium = new HeadlessChromium(profile, service, new ChromeDriver(service, options));
        try {
            assertThat(chromium.browser.manage().window().getSize())
                .as("the window is as large as asked, so that Tasklist and the workbench lay out as on a desk screen")
                .isEqualTo(WINDOW);
        } catch (AssertionError e) {
            chromium.close();
            throw e;
        }
        return chromium;
    }

    public WebDriver browser() {
        return browser;
    }

    /**
     * A wait on this browser that looks every {@value #POLL_MILLIS} ms: Selenium's own looks every
     * 500 ms, which the browser tests spent asleep after the page had long answered.
     */
    public WebDriverWait waiting(Duration timeout) {
        return waiting(browser, timeout);
    }

    static WebDriverWait waiting(WebDriver browser, Duration timeout) {
        return new WebDriverWait(browser, timeout, Duration.ofMillis(POLL_MILLIS));
    }

    @Override
    public void close() throws IOException {
        browser.quit();
        service.stop();
        delete(profile);
    }

    /** Deletes a temporary folder and everything in it. */
    public static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            all.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
