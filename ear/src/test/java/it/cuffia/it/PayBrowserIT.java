package it.cuffia.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * An admin adds a rule to a plan (and is told why a bad one is refused), a supervisor closes the
 * month, reads and approves a statement and is refused a recompute of it, the agent sees it among
 * their numbers; in Italian and English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void aPlanIsEditedTheMonthIsClosedAStatementApprovedAndTheAgentSeesIt() {
        try (Browser browser = new Browser()) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            browser.open("admin/plans.xhtml");
            browser.waitFor(By.linkText("Provvigioni Aurora 2026")).click();
            browser.selectOne("rule:unit", "Contatti utili");
            browser.type(By.id("rule:ruleName"), "Bonus scaglioni errati");
            browser.type(By.id("rule:tiers"), "1-10");
            browser.click("rule:saveRule");
            browser.waitForText(By.id("rule:messages"), "Gli scaglioni si scrivono");
            browser.type(By.id("rule:ruleName"), "Contatti utili");
            browser.type(By.id("rule:tiers"), "1:0,50; 101:1");
            browser.click("rule:saveRule");
            browser.waitForText(By.id("rules:table"), "Contatti utili · 1:0,50; 101:1");
            browser.screenshot("admin-plan-it");
            browser.logout();

            browser.login(Demo.SUPERVISOR, Demo.PASSWORD);
            browser.open("supervisor/statements.xhtml");
            browser.click("statements:close");
            browser.waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
            browser.waitForText(By.id("growl_container"), "Chiusura di 2026-02 avviata");
            // the job runs on the batch runtime's threads: the list fills when it is done
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                browser.click("statements:show");
                return browser.pageText().contains("operatore01");
            });
            browser.waitFor(By.partialLinkText("(operatore01)")).click();
            browser.waitForText(By.id("statement:status"), "Bozza");
            String text = browser.pageText();
            assertTrue(text.contains("Retribuzione fissa") && text.contains("Provvigioni Aurora 2026") && text.contains("Contatti utili"), text);
            browser.screenshot("supervisor-statement-it");

            browser.open("supervisor/statements.xhtml");
            String row = "//tr[.//a[contains(.,'(operatore01)')]]";
            browser.waitFor(By.xpath(row + "//button[contains(@id,':approve')]")).click();
            browser.waitForAjax();
            browser.waitForText(By.id("growl_container"), "approvato");
            browser.waitFor(By.xpath(row + "//button[contains(@id,':recompute')]")).click();
            browser.waitForText(By.id("statements:messages"), "è approvato e bloccato");
            browser.switchLanguage("en");
            browser.waitForText(By.xpath(row), "Approved");
            browser.screenshot("supervisor-statements-en");
            browser.switchLanguage("it"); // the choice is remembered per user: other tests read Italian
            browser.logout();

            browser.login(Demo.AGENT_AURORA, Demo.PASSWORD);
            browser.open("agent/pay.xhtml");
            browser.waitForText(By.id("board:kpis"), "Risoluzione al primo contatto");
            browser.waitForText(By.id("board:statements"), "2026-02");
            browser.waitForText(By.id("board:statements"), "Approvato");
            browser.waitForText(By.id("board:estimate"), "Provvigioni Aurora 2026");
            browser.screenshot("agent-pay-it");
            browser.switchLanguage("en");
            browser.waitForText(By.id("board:kpis"), "First contact resolution");
            browser.waitForText(By.id("board:statements"), "Approved");
            browser.screenshot("agent-pay-en");
            browser.switchLanguage("it");
        }
    }
}
