package io.meridian.milestone;

import static io.meridian.inquiry.JourneyFixture.startVariables;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import io.meridian.order.OrderFixture;
import io.meridian.testsupport.ApiCalls;
import io.meridian.testsupport.EngineClock;
import io.meridian.testsupport.HeadlessChromium;
import io.meridian.testsupport.MeridianTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator cancels an order's fulfilment in Cockpit ("Delete Process Instance", the × beside the diagram) as
 * the dialog offers it: "Skip Custom Listeners" is unticked (Meridian's Cockpit configuration; Camunda ticks it), so the
 * fulfilment's end withdraws the order's milestones at once. With Camunda's default the listeners were skipped and the
 * milestones ran on: their checklists went to the client of a cancelled order and their tasks escalated.
 */
@MeridianTest
class CockpitCancelBrowserTest {

    @RegisterExtension
    final EngineClock clock = EngineClock.at(OrderFixture.START);

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    ApiCalls api;

    private HeadlessChromium chromium;

    @AfterEach
    void closeBrowser() throws IOException {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void shouldRunTheListenersWhenAnAdministratorCancelsAFulfilmentInCockpit() throws IOException {
        MilestoneSteps steps = new MilestoneSteps(engine, api);
        ProcessInstance journey = OrderFixture.confirmedOrder(engine, startVariables("DE", "weber-cockpit@weber.example"), "2027-02-22");
        String order = OrderFixture.orderId(engine, journey);
        ProcessInstance fulfilment = OrderFixture.fulfilment(engine, journey);
        steps.planned(order, "Pre-shipment inspection", "2027-02-10", "AQL level II agreed");
        chromium = HeadlessChromium.open();
        WebDriver browser = chromium.browser();
        WebDriverWait wait = chromium.waiting(Duration.ofSeconds(90));

        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
        WebElement name = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=signinForm] input[type=text]")));
        WebElement password = browser.findElement(By.cssSelector("form[name=signinForm] input[type=password]"));
        // the page focuses the name field once its form is set up: type both again until each holds what was typed
        wait.until(page -> {
            name.clear();
            name.sendKeys("demo");
            password.clear();
            password.sendKeys("demo");
            return "demo".equals(name.getDomProperty("value")) && "demo".equals(password.getDomProperty("value"));
        });
        browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-instance/" + fulfilment.getId() + "/runtime");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a[uib-tooltip='Delete running process instance']"))).click();

        WebElement skip = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".modal input[type=checkbox]#skipCustomListeners, "
            + ".modal input[type=checkbox][name=skipCustomListeners], .modal input[type=checkbox][ng-model$=skipCustomListeners]")));
        assertThat(skip.isSelected()).as("Skip Custom Listeners is offered unticked").isFalse();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//div[contains(@class,'modal')]//button[normalize-space(.)='Delete Process Instance']")))
            .click();
        wait.until(page -> steps.running(order) == 0);

        assertThat(steps.list(order)).extracting(m -> m.path("state").asText() + ": " + m.path("withdrawalReason").asText())
            .singleElement().asString().startsWith("WITHDRAWN: Withdrawn: order ").contains("ended without a delivery on Mon 11 Jan 2027")
            .contains("(Order fulfilment cancelled)");
    }
}
