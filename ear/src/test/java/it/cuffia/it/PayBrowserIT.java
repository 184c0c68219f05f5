package it.cuffia.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * their numbers; in Italian and English. A supervisor sees the statements of their own team only.
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
            browser.type(By.id("rule:tiers"), "1:10,005"); // a fraction of a cent (or, in English, a thousands separator)
            browser.click("rule:saveRule");
            browser.waitForText(By.id("rule:messages"), "Tariffa non valida: \"10,005\"");
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
            browser.waitForText(By.id("growl_container"), "Chiusura di febbraio 2026 avviata"); // the month as people write it
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
            // approved is locked: neither approve nor recompute is offered any more (the service refuses them anyway)
            browser.wait.until(d -> d.findElements(By.xpath(row + "//button[contains(@id,':approve')]")).isEmpty());
            assertTrue(browser.driver.findElements(By.xpath(row + "//button[contains(@id,':recompute')]")).isEmpty(), "no recompute on an approved statement");
            // the payroll office's files: the employee code, the contract, the amounts by kind, as CSV and as a spreadsheet
            Download csv = Download.of(browser, "statements", "statements:payroll");
            assertEquals(200, csv.status(), csv.text());
            String[] lines = csv.text().split("\r?\n");
            assertEquals("month;employee_code;username;last_name;first_name;contract;weekly_hours;fixed;variable;clawback;adjustment;total;approved_by;approved_at",
                    lines[0]);
            String payrollRow = java.util.Arrays.stream(lines).filter(l -> l.contains(";operatore01;")).findFirst().orElseThrow();
            assertTrue(payrollRow.startsWith("2026-02;MAT-0101;operatore01;Rossi;Luca;FULL_TIME;40;1450.00;"), payrollRow);
            Download xlsx = Download.of(browser, "statements", "statements:payrollXlsx");
            assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats"), xlsx.contentType());
            try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.bytes()))) {
                var sheet = workbook.getSheetAt(0);
                var agentRow = java.util.stream.StreamSupport.stream(sheet.spliterator(), false)
                        .filter(r -> "operatore01".equals(r.getCell(2).getStringCellValue())).findFirst().orElseThrow();
                assertEquals("MAT-0101", agentRow.getCell(1).getStringCellValue());
                assertEquals(1450.00, agentRow.getCell(7).getNumericCellValue(), 0.001);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            browser.switchLanguage("en");
            browser.waitForText(By.xpath(row), "Approved");
            browser.screenshot("supervisor-statements-en");
            browser.switchLanguage("it"); // the choice is remembered per user: other tests read Italian
            browser.logout();

            // the approved statement locks the plan that paid it, and only that one: another client's plan of the
            // same month stays editable (it used to be refused, "approved statements with this plan")
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            browser.open("admin/plans.xhtml");
            browser.waitFor(By.linkText("Provvigioni Energia Verde 2026")).click();
            browser.selectOne("rule:unit", "Contatti utili");
            browser.type(By.id("rule:ruleName"), "Contatti utili");
            browser.type(By.id("rule:tiers"), "1:0,40");
            browser.click("rule:saveRule");
            browser.waitForText(By.id("rules:table"), "Contatti utili · 1:0,40");
            browser.open("admin/plans.xhtml");
            browser.waitFor(By.linkText("Provvigioni Aurora 2026")).click();
            browser.selectOne("rule:unit", "Contatti utili");
            browser.type(By.id("rule:ruleName"), "Contatti utili bis");
            browser.type(By.id("rule:tiers"), "1:1");
            browser.click("rule:saveRule");
            browser.waitForText(By.id("rule:messages"), "cedolini approvati");
            browser.logout();

            browser.login(Demo.AGENT_AURORA, Demo.PASSWORD);
            browser.open("agent/pay.xhtml");
            browser.waitForText(By.id("board:kpis"), "Risoluzione al primo contatto");
            browser.waitForText(By.id("board:statements"), "febbraio 2026");
            browser.waitForText(By.id("board:statements"), "Approvato");
            browser.waitForText(By.id("board:estimate"), "Provvigioni Aurora 2026");
            browser.screenshot("agent-pay-it");
            browser.switchLanguage("en");
            browser.waitForText(By.id("board:kpis"), "First contact resolution");
            browser.waitForText(By.id("board:statements"), "Approved");
            browser.waitForText(By.id("board:statements"), "February 2026"); // the month as people write it, not 2026-02
            browser.screenshot("agent-pay-en");
            browser.switchLanguage("it");
        }
    }

    /**
     * Issue 19 §4: Team Milano's supervisor lists Team Milano's statements only, and another team's statement opened by
     * its address is the not-found page (supervisore1: supervisore2 is LoginThrottleIT's to lock).
     */
    @Test
    void aSupervisorListsTheirOwnTeamsStatementsAndAnotherTeamsIsNotFound() {
        HttpResponse<String> close = ConsoleClient.api("POST", "batch/month-close?month=2026-02", Demo.ADMIN, Demo.PASSWORD, null, "it");
        assertEquals(202, close.statusCode(), close.body());
        long execution = Cti.json(close).getJsonNumber("executionId").longValue();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> Cti.json(ConsoleClient.api("GET",
                "batch/executions/" + execution, Demo.ADMIN, Demo.PASSWORD, null, "it")).getString("status").equals("COMPLETED"));
        ConsoleClient napoliAgent = new ConsoleClient(Demo.BASE_URL);
        napoliAgent.login(Demo.AGENT_VERDE, Demo.PASSWORD);
        Matcher link = Pattern.compile("statement\\.xhtml\\?id=(\\d+)").matcher(napoliAgent.get("agent/pay.xhtml").body());
        assertTrue(link.find(), "operatore06 of Team Napoli has a statement of the closed month");

        try (Browser browser = new Browser()) {
            browser.login(Demo.SUPERVISOR, Demo.PASSWORD);
            browser.open("supervisor/statements.xhtml");
            browser.waitForText(By.id("statements:table"), "(operatore01)");
            String list = browser.pageText();
            assertTrue(list.contains("(operatore05)"), list);
            assertFalse(list.contains("(operatore06)") || list.contains("(operatore10)"), "Team Napoli's agents are not listed: " + list);
            browser.screenshot("supervisor-statements-own-team-it");
            // a month that is not one is said so, and the table keeps the month it shows (it drew nothing and spun)
            browser.type(By.id("statements:month"), "202613");
            browser.click("statements:show");
            browser.waitForText(By.id("statements:messages"), "Non è un mese: 2026-13");
            assertTrue(browser.waitFor(By.id("statements:table")).getText().contains("(operatore01)"), browser.pageText());
            browser.screenshot("supervisor-statements-bad-month-it");

            browser.open("supervisor/statement.xhtml?id=" + link.group(1));
            browser.waitForText(By.id("error-message"), "La pagina richiesta non esiste");
            assertFalse(browser.pageText().contains("Elena De Luca") || browser.pageText().contains("Chiara Marino"), "nothing of it shows");
            browser.screenshot("supervisor-statement-other-team-it");
            browser.open("supervisor/campaigns.xhtml");
            browser.waitForText(By.id("monitor:campaigns"), "Fibra inverno 2026"); // Aurora's: a client of Team Milano
            browser.screenshot("supervisor-campaigns-it");

            browser.open("supervisor/statements.xhtml");
            browser.switchLanguage("en");
            browser.waitForText(By.id("statements:table"), "(operatore01)");
            assertFalse(browser.pageText().contains("(operatore06)"), browser.pageText());
            browser.screenshot("supervisor-statements-own-team-en");
            browser.open("supervisor/statement.xhtml?id=" + link.group(1));
            browser.waitForText(By.id("error-message"), "does not exist");
            browser.screenshot("supervisor-statement-other-team-en");
            browser.open("supervisor/campaigns.xhtml");
            browser.waitForText(By.id("monitor:campaigns"), "Fibra inverno 2026");
            browser.screenshot("supervisor-campaigns-en");
            browser.open("supervisor/queues.xhtml");
            browser.screenshot("supervisor-queues-en");
            browser.open("supervisor/statements.xhtml");
            browser.switchLanguage("it"); // the choice is remembered per user: other tests read Italian
        }
    }
}
