package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A sales person's weekly hours are stored as the page shows them when saved: a window changed replaces the old one
 * and a window removed is gone after a reload (both stayed in the table, on H2, beside the saved ones).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SalesAgendaBrowserIT {

    private static final String SALES = "commerciale3";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void aWindowChangedOrRemovedIsStoredAsShown() {
        try (Browser browser = new Browser()) {
            browser.login(SALES, Demo.PASSWORD);
            browser.switchLanguage("it");
            browser.open("sales/agenda.xhtml");
            List<String> before = windows(browser);

            browser.click("agenda:addWindow");
            browser.wait.until(d -> windows(browser).size() == before.size() + 1);
            int added = before.size();
            browser.selectOne("agenda:windows:" + added + ":day", "Sabato");
            browser.type(By.id("agenda:windows:" + added + ":from_input"), "10:00").sendKeys(Keys.ESCAPE);
            browser.type(By.id("agenda:windows:" + added + ":to_input"), "12:00").sendKeys(Keys.ESCAPE);
            saveAndReload(browser);
            List<String> withSaturday = windows(browser);
            assertEquals(before.size() + 1, withSaturday.size(), withSaturday.toString());
            assertEquals(1, withSaturday.stream().filter(w -> w.equals("Sabato 10:00-12:00")).count(), withSaturday.toString());

            int saturday = withSaturday.indexOf("Sabato 10:00-12:00");
            browser.type(By.id("agenda:windows:" + saturday + ":from_input"), "10:30").sendKeys(Keys.ESCAPE);
            saveAndReload(browser);
            List<String> changed = windows(browser);
            assertEquals(before.size() + 1, changed.size(), "changed, not added beside the old one: " + changed);
            assertEquals(List.of("Sabato 10:30-12:00"), changed.stream().filter(w -> w.startsWith("Sabato")).toList(), changed.toString());
            browser.screenshot("sales-agenda-window-changed-it");

            browser.waitFor(By.xpath("//tbody[@id='agenda:windows_data']/tr[" + (changed.indexOf("Sabato 10:30-12:00") + 1) + "]//button"))
                    .click();
            browser.wait.until(d -> windows(browser).size() == before.size());
            saveAndReload(browser);
            assertEquals(before, windows(browser), "the removed window is gone");
        }
    }

    private static void saveAndReload(Browser browser) {
        browser.click("agenda:save");
        browser.waitForText(By.id("growl_container"), "Modifiche salvate");
        browser.open("sales/agenda.xhtml");
    }

    /** The table's windows as "Sabato 10:00-12:00", in the page's order. */
    private static List<String> windows(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#agenda\\:windows_data tr")).stream()
                .filter(row -> !row.findElements(By.cssSelector("input[id$='from_input']")).isEmpty())
                .map(SalesAgendaBrowserIT::window).toList();
    }

    private static String window(WebElement row) {
        String day = row.findElement(By.cssSelector(".ui-selectonemenu-label")).getText();
        String from = row.findElement(By.cssSelector("input[id$='from_input']")).getAttribute("value");
        String to = row.findElement(By.cssSelector("input[id$='to_input']")).getAttribute("value");
        return day + " " + from + "-" + to;
    }
}
