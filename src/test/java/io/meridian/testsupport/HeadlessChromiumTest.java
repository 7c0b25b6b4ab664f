package io.meridian.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;

@RunsBeside
class HeadlessChromiumTest {

    /** Selenium's default wait sleeps 500 ms between looks: five looks would take 2 s at least. */
    @Test
    void aWaitLooksAgainWithinAFractionOfSeleniumsHalfSecond() {
        AtomicInteger looks = new AtomicInteger();
        long started = System.nanoTime();
        boolean seen = HeadlessChromium.waiting(noBrowser(), Duration.ofSeconds(30))
            .until(browser -> looks.incrementAndGet() == 5);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(seen).isTrue();
        assertThat(looks).hasValue(5);
        assertThat(took).as("four pauses between five looks").isLessThan(Duration.ofMillis(1500));
    }

    /** A WebDriver that answers nothing: the wait only needs one to hand to its condition. */
    private static WebDriver noBrowser() {
        return (WebDriver) Proxy.newProxyInstance(WebDriver.class.getClassLoader(), new Class<?>[] {WebDriver.class},
            (proxy, method, arguments) -> null);
    }
}
