package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A console page left open while its session ends (idle timeout, the server ending it): the next click, an
 * ajax one or a full form submit, takes the person to the login page in their browser's language, and
 * logging in brings them back to the page. Never the 500 page, never a SEVERE record in the server log
 * (walk-through of 2026-12-06: the ajax click's redirect was followed by the XHR and the login page, rendered
 * as an ajax request without PrimeFaces' CSP nonce, failed with "Missing CSP nonce").
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ExpiredSessionBrowserIT {

    /** An agent no other test keeps logged in; the test logs them out at the end. */
    private static final String AGENT = "operatore07";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void anAjaxClickAfterTheSessionEndedLeadsToTheLoginPageInItalianAndBack() {
        try (Browser browser = new Browser("it-IT")) {
            openTickets(browser);
            endSession(browser);
            clickBreachedView(browser);
            onLoginPage(browser, "Accesso", "it");
            browser.screenshot("expired-ajax-login-it");
            loginAgainAndBackOnTickets(browser);
        }
    }

    @Test
    void anAjaxClickAfterTheSessionEndedLeadsToTheLoginPageInEnglishAndBack() {
        try (Browser browser = new Browser("en-US")) {
            openTickets(browser);
            endSession(browser);
            clickBreachedView(browser);
            onLoginPage(browser, "Log in", "en");
            browser.screenshot("expired-ajax-login-en");
            loginAgainAndBackOnTickets(browser);
        }
    }

    @Test
    void aFullSubmitAfterTheSessionEndedLeadsToTheLoginPageAndBack() {
        try (Browser browser = new Browser("it-IT")) {
            openTickets(browser);
            endSession(browser);
            // the language switch is a plain (non-ajax) form submit
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click();",
                    browser.driver.findElement(By.id("menu:lang-en")));
            onLoginPage(browser, "Accesso", "it");
            browser.screenshot("expired-submit-login-it");
            loginAgainAndBackOnTickets(browser);
        }
    }

    @Test
    void anAjaxClickWithoutTheSessionCookieLeadsToTheLoginPage() throws IOException, InterruptedException {
        try (Browser browser = new Browser("en-US")) {
            openTickets(browser);
            // the session lives on in the server, but this browser no longer has it (the walk-through's way);
            // the agent's session is ended afterwards so that the agent does not stay available for calls
            String lost = browser.driver.manage().getCookieNamed("JSESSIONID").getValue();
            browser.driver.manage().deleteCookieNamed("JSESSIONID");
            clickBreachedView(browser);
            onLoginPage(browser, "Log in", "en");
            assertEquals("ended", endSession(lost));
        }
    }

    /** Ends the session with this id in the server, as the browser that lost its cookie cannot. */
    private static String endSession(String sessionId) throws IOException, InterruptedException {
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(Demo.BASE_URL + SessionEnd.PATH))
                .header("Cookie", "JSESSIONID=" + sessionId).GET().build();
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(request, java.net.http.HttpResponse.BodyHandlers.ofString()).body();
    }

    private static void openTickets(Browser browser) {
        browser.loginInOwnLanguage(AGENT, Demo.PASSWORD);
        browser.open("agent/tickets.xhtml");
        browser.waitFor(By.id("tickets:view"));
        browser.waitForAjax();
    }

    /** Ends the browser's session in the server as its idle timeout does: the container invalidates it. */
    private static void endSession(Browser browser) {
        Object answer = ((JavascriptExecutor) browser.driver).executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch('" + Demo.BASE_URL + SessionEnd.PATH + "', {credentials: 'same-origin'})"
                        + ".then(r => r.text()).then(done, e => done('failed: ' + e));");
        assertEquals("ended", answer);
    }

    /** The tickets' "SLA violati" view: an ajax request of the page's form. */
    private static void clickBreachedView(Browser browser) {
        browser.driver.findElement(By.xpath("//div[@id='tickets:view']/div[last()]")).click();
    }

    private static void onLoginPage(Browser browser, String title, String language) {
        browser.wait.until(ExpectedConditions.urlContains("login.xhtml"));
        browser.waitFor(By.id("login:username"));
        assertTrue(browser.driver.getCurrentUrl().contains("next="), "the login page knows where to go back: "
                + browser.driver.getCurrentUrl());
        assertEquals(language, ((JavascriptExecutor) browser.driver).executeScript("return document.documentElement.lang"));
        assertTrue(browser.driver.getTitle().contains(title), browser.driver.getTitle());
    }

    private static void loginAgainAndBackOnTickets(Browser browser) {
        browser.type(By.id("login:username"), AGENT);
        browser.type(By.id("login:password"), Demo.PASSWORD);
        browser.driver.findElement(By.id("login:submit")).click();
        browser.wait.until(ExpectedConditions.urlContains("agent/tickets.xhtml"));
        browser.waitFor(By.id("tickets:view"));
        browser.logout();
    }
}
