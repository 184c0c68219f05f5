package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 16 §3: an agent disputes two lines of an approved statement; the supervisor accepts one with an amount
 * (an adjustment line in the agent's month still open, March) and rejects the other with a reason; both read the
 * exchange on the statement, in Italian and English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DisputeBrowserIT {

    private static final String AGENT = "operatore02"; // Aurora, Team Milano (supervisore1)

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void anAgentDisputesALineTheSupervisorAcceptsOneAndRejectsAnother() {
        HttpResponse<String> close = ConsoleClient.api("POST", "batch/month-close?month=2026-02", Demo.ADMIN, Demo.PASSWORD, null, "it");
        assertEquals(202, close.statusCode(), close.body());
        assertEquals("COMPLETED", PayIT.runToEnd(Cti.json(close).getJsonNumber("executionId").longValue()).getString("status"));
        String row = "//tr[.//a[contains(.,'(" + AGENT + ")')]]";
        try (Browser browser = new Browser()) {
            browser.login(Demo.SUPERVISOR, Demo.PASSWORD);
            browser.open("supervisor/statements.xhtml");
            browser.type(By.id("statements:month"), "2026-02");
            browser.click("statements:show");
            if (!browser.driver.findElements(By.xpath(row + "//button[contains(@id,':approve')]")).isEmpty()) {
                browser.waitFor(By.xpath(row + "//button[contains(@id,':approve')]")).click();
                browser.waitForText(By.id("growl_container"), "approvato");
            }
            browser.logout();

            browser.login(AGENT, Demo.PASSWORD);
            browser.open("agent/pay.xhtml");
            browser.waitFor(By.xpath("//*[@id='board:statements']//a[normalize-space(.)='febbraio 2026']")).click();
            browser.waitForText(By.id("statement:status"), "Approvato");
            dispute(browser, 0, "");
            browser.waitForText(By.id("disputeForm:messages"), "Scrivi cosa non torna");
            browser.type(By.id("disputeForm:comment"), "Ho lavorato anche il sabato 28: manca una giornata.");
            browser.click("disputeForm:send");
            browser.waitForText(By.id("statement:disputes"), "Ho lavorato anche il sabato 28");
            dispute(browser, 0, "Seconda richiesta");
            browser.waitForText(By.id("disputeForm:messages"), "già una contestazione aperta");
            browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
            browser.screenshot("agent-dispute-it");
            String statementUrl = browser.driver.getCurrentUrl();
            browser.logout();

            browser.login(Demo.SUPERVISOR, Demo.PASSWORD);
            browser.driver.get(statementUrl.replace("/agent/", "/supervisor/"));
            browser.waitForText(By.id("statement:disputes"), "Aperta");
            browser.waitFor(By.id("statement:disputes:0:accept")).click();
            browser.waitFor(By.id("answerForm:reason"));
            browser.type(By.id("answerForm:reason"), "Verificato con i turni: giornata da pagare.");
            browser.click("answerForm:confirm");
            browser.waitForText(By.id("answerForm:messages"), "importo diverso da zero");
            browser.type(By.id("answerForm:amount_input"), "48,33");
            browser.click("answerForm:confirm");
            browser.waitForText(By.id("growl_container"), "rettifica registrata");
            browser.waitForText(By.id("statement:disputes"), "Accettata");
            browser.waitForText(By.id("statement:disputes"), "48,33");
            browser.screenshot("supervisor-dispute-it");
            browser.switchLanguage("en");
            browser.waitForText(By.id("statement:disputes"), "Accepted");
            browser.screenshot("supervisor-dispute-en");
            browser.switchLanguage("it");
            browser.logout();

            browser.login(AGENT, Demo.PASSWORD);
            browser.open("agent/pay.xhtml");
            // the adjustment is in the month still open (March 2026, the suite's today), with the supervisor's reason
            browser.waitForText(By.id("board:estimate"), "Rettifica per la contestazione");
            browser.waitForText(By.id("board:estimate"), "Verificato con i turni");
            browser.screenshot("agent-pay-adjustment-it");
            browser.driver.get(statementUrl);
            dispute(browser, 1, "Questa riga non la capisco.");
            browser.waitForText(By.id("statement:disputes"), "Questa riga non la capisco");
            browser.logout();

            browser.login(Demo.SUPERVISOR, Demo.PASSWORD);
            browser.driver.get(statementUrl.replace("/agent/", "/supervisor/"));
            browser.waitFor(By.xpath("//tr[contains(.,'Questa riga non la capisco')]//button[contains(@id,':reject')]")).click();
            browser.waitFor(By.id("answerForm:reason"));
            browser.type(By.id("answerForm:reason"), "È lo stipendio del contratto per i giorni coperti.");
            browser.click("answerForm:confirm");
            browser.waitForText(By.id("statement:disputes"), "Respinta");
            browser.logout();

            browser.login(AGENT, Demo.PASSWORD);
            browser.driver.get(statementUrl);
            browser.waitForText(By.id("statement:disputes"), "È lo stipendio del contratto per i giorni coperti");
            browser.switchLanguage("en");
            browser.waitForText(By.id("statement:disputes"), "Rejected");
            browser.screenshot("agent-dispute-en");
            browser.switchLanguage("it");
        }
    }

    /** Opens the dispute dialog of the statement's line (0-based) and sends the comment. */
    private static void dispute(Browser browser, int line, String comment) {
        browser.waitFor(By.id("statement:lines:" + line + ":dispute")).click();
        browser.waitFor(By.id("disputeForm:comment"));
        browser.type(By.id("disputeForm:comment"), comment);
        browser.click("disputeForm:send");
    }
}
