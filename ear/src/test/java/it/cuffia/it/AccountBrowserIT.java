package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A person's own account, as they use it: from their name in the top bar to the account page, where they
 * change their password (a wrong current one and a guessable new one are refused with a reason) and give a
 * program an API token, copy it once and revoke it; an admin sees and revokes everybody's tokens.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccountBrowserIT {

    /** No other test changes this agent's password; the test gives the demo password back in the end. */
    private static final String USER = "operatore09";
    private static final String CHOSEN = "una frase lunga da ricordare";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void aPersonChangesTheirPasswordOnTheirAccountPage() {
        try (Browser browser = new Browser()) {
            browser.login(USER, Demo.PASSWORD);
            browser.click("menu:account");
            browser.waitForText(By.tagName("h1"), "Il mio account");

            changePassword(browser, "non-la-mia-password", CHOSEN);
            browser.waitForText(By.id("password:messages"), "La password attuale non è corretta");
            changePassword(browser, Demo.PASSWORD, "benvenuto123");
            browser.waitForText(By.id("password:messages"), "tra le prime che un malintenzionato prova");
            browser.screenshot("account-password-refused");
            try {
                changePassword(browser, Demo.PASSWORD, CHOSEN);
                browser.waitForText(By.cssSelector(".ui-growl"), "Password cambiata");
                browser.logout();

                browser.login(USER, Demo.PASSWORD);
                assertTrue(browser.driver.getCurrentUrl().contains("login.xhtml"), "the old password no longer works");
                browser.login(USER, CHOSEN);
                assertFalse(browser.driver.getCurrentUrl().contains("login.xhtml"), "the new one does");
            } finally {
                browser.open("account.xhtml");
                changePassword(browser, CHOSEN, Demo.PASSWORD);
                browser.waitForText(By.cssSelector(".ui-growl"), "Password cambiata");
            }
        }
    }

    @Test
    void aTokenIsShownOnceWorksForTheProgramAndIsRevokedByItsOwnerOrAnAdmin() {
        try (Browser browser = new Browser()) {
            browser.login(USER, Demo.PASSWORD);
            browser.switchLanguage("en");
            browser.open("account.xhtml");
            browser.waitForText(By.tagName("h1"), "My account");
            browser.type(By.id("tokens:name"), "nightly export");
            browser.click("tokens:issue");
            String secret = browser.waitFor(By.id("tokens:secret")).getAttribute("value");
            assertTrue(secret.startsWith("cuffia_"), secret);
            browser.waitForText(By.id("tokens:table"), "nightly export");
            browser.screenshot("account-token-issued-en");
            assertEquals(200, ConsoleClient.withToken("GET", "tickets?size=1", secret, null, "en").statusCode());

            browser.open("account.xhtml");
            assertFalse(browser.pageText().contains(secret), "the secret is shown once only");
            browser.waitFor(By.id("tokens:table:0:revoke")).click();
            browser.waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
            browser.waitForText(By.id("tokens:table"), "Revoked");
            assertEquals(401, ConsoleClient.withToken("GET", "tickets?size=1", secret, null, "en").statusCode());

            browser.type(By.id("tokens:name"), "integrazione centralino");
            browser.click("tokens:issue");
            String second = browser.waitFor(By.id("tokens:secret")).getAttribute("value");
            browser.switchLanguage("it"); // the choice is remembered per user: other tests read Italian
            browser.logout();

            browser.login(Demo.ADMIN, Demo.PASSWORD);
            browser.open("admin/tokens.xhtml");
            browser.waitForText(By.id("tokens:table"), "integrazione centralino");
            assertFalse(browser.pageText().contains("nightly export"), "a revoked token is not among the working ones");
            browser.screenshot("admin-tokens");
            By row = By.xpath("//tr[td[contains(.,'integrazione centralino')]]//button[contains(@id,'revoke')]");
            browser.waitFor(row).click();
            browser.waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
            browser.waitForText(By.cssSelector(".ui-growl"), "revocato");
            assertEquals(401, ConsoleClient.withToken("GET", "tickets?size=1", second, null, "it").statusCode());
        }
    }

    @Test
    void anAdminFindsFailedLoginsAndTokenChangesInTheSecurityLogAndExportsThem() {
        String intruder = "intruso" + System.nanoTime() % 100000;
        new ConsoleClient(Demo.BASE_URL).login(intruder, "indovino");
        String issued = ConsoleClient.api("POST", "tokens", USER, Demo.PASSWORD,
                "{\"name\":\"registro " + intruder + "\",\"validThrough\":\"" + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Rome")) + "\"}", "it").body();
        assertTrue(issued.contains("cuffia_"), issued);

        try (Browser browser = new Browser()) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            browser.open("admin/audit.xhtml");
            browser.type(By.id("audit:search"), intruder);
            browser.click("audit:searchButton");
            browser.waitForText(By.id("audit:table"), "Accesso fallito");
            String rows = browser.waitFor(By.id("audit:table")).getText();
            assertTrue(rows.contains(intruder) && rows.contains("console"), rows);
            assertEquals(2, browser.driver.findElements(By.cssSelector("#audit\\:table_data > tr")).size(),
                    "only what names the intruder: the failed login and the token named after them: " + rows);
            browser.screenshot("admin-audit");

            browser.type(By.id("audit:search"), "registro " + intruder);
            browser.click("audit:searchButton");
            browser.waitForText(By.id("audit:table"), "Token API creato");
            assertTrue(browser.waitFor(By.id("audit:table")).getText().contains(USER), "whose token, by whom");

            String csv = Download.of(browser, "audit", "audit:csv").text().replace("\uFEFF", "");
            assertTrue(csv.startsWith("\"Quando\",\"Evento\",\"Account\""), csv);
            assertTrue(csv.contains("Token API creato") && csv.contains(intruder), csv);
            assertEquals(2, csv.strip().lines().count(), "the export holds what the search found: " + csv);

            browser.switchLanguage("en");
            browser.waitForText(By.tagName("h1"), "Security log");
            browser.screenshot("admin-audit-en");
            browser.switchLanguage("it");
        }
    }

    private static void changePassword(Browser browser, String current, String chosen) {
        browser.type(By.id("password:current"), current);
        browser.type(By.id("password:chosen"), chosen);
        browser.type(By.id("password:repeat"), chosen);
        browser.click("password:change");
    }
}
