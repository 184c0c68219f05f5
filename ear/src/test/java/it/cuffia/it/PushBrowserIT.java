package it.cuffia.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Push, not polling (issue 15 §1): an idle agent console and supervisor board make no requests; a call the phone
 * system announces rings on whichever page of the agent console the agent is (a banner, in their language), pops
 * up on the console page itself without a reload, and the supervisor's board shows an agent's new state at once.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PushBrowserIT {

    private static final String AGENT = Demo.AGENT_AURORA;
    private static final String CLIENT = "Telefonia Aurora";
    /** Long enough for the old polls (every 2 s on the console, 10 s on the board... at least the console's) to show. */
    private static final Duration IDLE = Duration.ofSeconds(6);
    /** Longer than the old 10 s polls of the ticket queues and the campaign monitor (the outbound console's 60 s poll
     *  is caught by looking for poll widgets instead). */
    private static final Duration LONG_IDLE = Duration.ofSeconds(11);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void aRingingCallReachesTheAgentOnAnyPageByPushAndAnIdleConsoleMakesNoRequests() {
        JsonObject customer = ConsoleClient.customerWithPhone(AGENT, "lastName");
        String phone = customer.getJsonArray("phones").getString(0);
        Cti pbx = Cti.forClient(Cti.clientOf(AGENT));
        try (Browser agent = new Browser(); Browser supervisor = new Browser()) {
            Cti.settle(AGENT); // a call an earlier test left in progress would hold the agent there at login
            agent.login(AGENT, Demo.PASSWORD);
            agent.freeAgentConsole(); // another test may have left this agent on a call
            String agentName = agent.driver.findElement(By.id("menu:account")).getText();
            supervisor.login(Demo.SUPERVISOR, Demo.PASSWORD);
            supervisor.waitForText(By.id("board:agents"), agentName);
            awaitSocketOpen(supervisor);

            agent.open("agent/tickets.xhtml");
            awaitSocketOpen(agent);
            long agentRequests = requests(agent);
            long boardRequests = requests(supervisor);
            idle(); // nothing to wait for: what is checked is that nothing happens
            assertEquals(agentRequests, requests(agent), "an idle agent page sends no requests");
            assertEquals(boardRequests, requests(supervisor), "an idle supervisor board sends no requests");

            // rings while the agent is on the tickets page: a banner, without a reload
            markPage(agent);
            String first = "push-" + System.nanoTime();
            ring(pbx, first, phone);
            awaitBanner(agent, "Chiamata in arrivo da", phone);
            assertTrue(agent.driver.findElement(By.id("ringText")).getText().contains("(" + CLIENT), agent.driver.findElement(By.id("ringText")).getText());
            assertTrue(samePage(agent), "the banner came without reloading the page");
            agent.screenshot("push-ring-banner-it");

            // the banner leads to the console, where the screen pop is
            agent.driver.findElement(By.id("ringOpen")).click();
            agent.waitForText(By.id("screenPop:call"), customer.getString("lastName"));
            awaitSocketOpen(agent);
            assertTrue(!agent.driver.findElement(By.id("ringBanner")).isDisplayed(), "no banner on the console: the screen pop is there");

            // on the console the screen pop follows the call by push: ended before anybody answered, then a new one
            markPage(agent);
            pbx.event("{\"callId\":\"" + first + "\",\"event\":\"ENDED\"}");
            agent.waitFor(By.id("screenPop:number")); // back to the idle console
            String second = "push-" + System.nanoTime();
            ring(pbx, second, phone);
            agent.waitForText(By.id("screenPop:call"), customer.getString("lastName"));
            assertTrue(samePage(agent), "the screen pop came without reloading the page");
            agent.screenshot("push-screen-pop-it");
            pbx.event("{\"callId\":\"" + second + "\",\"event\":\"ENDED\"}");
            agent.waitFor(By.id("screenPop:number"));

            // English: the banner speaks the agent's language, and goes when the call ends unanswered
            agent.switchLanguage("en");
            agent.open("agent/customers.xhtml");
            awaitSocketOpen(agent);
            String third = "push-" + System.nanoTime();
            ring(pbx, third, phone);
            awaitBanner(agent, "Incoming call from", phone);
            agent.screenshot("push-ring-banner-en");
            pbx.event("{\"callId\":\"" + third + "\",\"event\":\"ENDED\"}");
            agent.wait.until(d -> !d.findElement(By.id("ringBanner")).isDisplayed());

            // a call already ringing when a page opens shows at once (the socket tells only what comes after)
            String fourth = "push-" + System.nanoTime();
            ring(pbx, fourth, phone);
            agent.open("agent/tickets.xhtml");
            awaitBanner(agent, "Incoming call from", phone);
            pbx.event("{\"callId\":\"" + fourth + "\",\"event\":\"ENDED\"}");
            agent.wait.until(d -> !d.findElement(By.id("ringBanner")).isDisplayed());
            agent.switchLanguage("it");

            // the supervisor's board shows the agent's pause without reloading
            markPage(supervisor);
            agent.open("agent/index.xhtml");
            agent.selectPlain("stateBar:pauseCode", "Formazione");
            agent.click("stateBar:pause");
            supervisor.waitFor(By.xpath("//*[@id='board:agents']//tr[contains(., " + Browser.xpathLiteral(agentName) + ") and contains(., 'In pausa')]"));
            assertTrue(samePage(supervisor), "the board changed without reloading the page");
            supervisor.screenshot("push-supervisor-board-it");
            agent.click("stateBar:available");
            supervisor.waitFor(By.xpath("//*[@id='board:agents']//tr[contains(., " + Browser.xpathLiteral(agentName) + ") and contains(., 'Disponibile')]"));
            assertEquals(java.util.List.of(), pageErrors(agent), "the agent's pages reported no error");
            assertEquals(java.util.List.of(), pageErrors(supervisor), "the supervisor's board reported no error");
        }
    }

    @Test
    void theSupervisorsQueuesAndCampaignMonitorAndTheOutboundConsoleFollowTheirDataWithoutPolling() {
        try (Browser queues = new Browser(); Browser monitor = new Browser(); Browser outbound = new Browser()) {
            queues.login(Demo.SUPERVISOR, Demo.PASSWORD);
            queues.open("supervisor/queues.xhtml");
            monitor.login(Demo.SUPERVISOR, Demo.PASSWORD);
            monitor.open("supervisor/campaigns.xhtml");
            outbound.login(AGENT, Demo.PASSWORD);
            outbound.open("agent/outbound.xhtml");
            java.util.List<Browser> pages = java.util.List.of(queues, monitor, outbound);
            for (Browser page : pages) {
                awaitSocketOpen(page);
                page.waitForAjax(); // the one reload when the socket opened
                assertEquals(0L, polls(page), "no poll on " + page.driver.getCurrentUrl());
            }
            awaitNoDeadlineDuringIdle(queues);
            java.util.List<Long> before = pages.stream().map(PushBrowserIT::requests).toList();
            await().pollDelay(LONG_IDLE).atMost(LONG_IDLE.plusSeconds(1)).until(() -> true); // nothing may happen meanwhile
            assertEquals(before, pages.stream().map(PushBrowserIT::requests).toList(),
                    "idle queues, campaign monitor and outbound console send no requests");

            // the queue summary follows a new ticket (an agent opening one takes it: one more active at level 1)
            markPage(queues);
            String summary = queues.driver.findElement(By.id("summary:queues")).getText();
            openTicket();
            queues.wait.until(d -> !d.findElement(By.id("summary:queues")).getText().equals(summary));
            assertTrue(samePage(queues), "the queues changed without reloading the page");

            // the campaign monitor follows an outcome recorded by an agent (one more attempt, one more lead done)
            markPage(monitor);
            String campaigns = monitor.driver.findElement(By.id("monitor:campaigns")).getText();
            recordAnOutcome("operatore02");
            monitor.wait.until(d -> !d.findElement(By.id("monitor:campaigns")).getText().equals(campaigns));
            assertTrue(samePage(monitor), "the monitor changed without reloading the page");
            monitor.screenshot("push-campaign-monitor-it");
            for (Browser page : pages) {
                assertEquals(java.util.List.of(), pageErrors(page), "no page error on " + page.driver.getCurrentUrl());
            }
        }
    }

    private static void openTicket() {
        JsonObject customer = ConsoleClient.customerWithPhone(AGENT, "lastName");
        String body = "{\"customerId\":" + customer.getJsonNumber("id").longValue() + ",\"category\":\"INFORMATION\","
                + "\"priority\":\"LOW\",\"channel\":\"PHONE\",\"subject\":\"Push " + System.nanoTime() + "\","
                + "\"description\":\"Dal test del push\"}";
        java.net.http.HttpResponse<String> created = ConsoleClient.api("POST", "tickets", AGENT, Demo.PASSWORD, body, "it");
        assertEquals(201, created.statusCode(), created.body());
    }

    /** The agent takes their next lead, dials it and records it as not interested, through the API. */
    private static void recordAnOutcome(String agent) {
        java.net.http.HttpResponse<String> next = ConsoleClient.api("POST", "outbound/next", agent, Demo.PASSWORD, null, "it");
        assertEquals(200, next.statusCode(), next.body());
        long lead = Cti.json(next).getJsonNumber("id").longValue();
        java.net.http.HttpResponse<String> dial = ConsoleClient.api("POST", "outbound/leads/" + lead + "/dial", agent, Demo.PASSWORD, null, "it");
        assertEquals(200, dial.statusCode(), dial.body());
        java.net.http.HttpResponse<String> done = ConsoleClient.api("POST", "outbound/leads/" + lead + "/outcome", agent, Demo.PASSWORD,
                "{\"outcome\":\"NOT_INTERESTED\"}", "it");
        assertTrue(done.statusCode() < 300, done.body());
    }

    /**
     * The queues reload once when a ticket's deadline passes (the clock, not a poll): when the next one falls inside the
     * idle window, that reload is let happen first, so the window checks for polling only.
     */
    private static void awaitNoDeadlineDuringIdle(Browser queues) {
        for (int i = 0; i < 3; i++) {
            // no attribute when no deadline is ahead
            String due = (String) js(queues).executeScript(
                    "return document.querySelector('#summary\\\\:slaClock .cuffia-live-clock').getAttribute('data-change-in');");
            if (due == null || due.isEmpty() || Long.parseLong(due) > LONG_IDLE.plusSeconds(2).toMillis()) {
                return;
            }
            Duration wait = Duration.ofMillis(Long.parseLong(due)).plusMillis(1500);
            await().pollDelay(wait).atMost(wait.plusSeconds(1)).until(() -> true);
            queues.waitForAjax();
        }
    }

    /** PrimeFaces poll widgets on the page (p:poll). */
    private static long polls(Browser browser) {
        return ((Number) js(browser).executeScript("return Object.values(PrimeFaces.widgets)"
                + ".filter(w => w instanceof PrimeFaces.widget.Poll).length;")).longValue();
    }

    /** The page's own errors: the browser's guess at /favicon.ico (the suite has none) is not one. */
    private static java.util.List<String> pageErrors(Browser browser) {
        return browser.consoleErrors().stream().filter(error -> !error.contains("/favicon.ico")).toList();
    }

    private static void ring(Cti pbx, String callId, String phone) {
        assertEquals(200, pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"RINGING\",\"from\":\"" + phone
                + "\",\"agent\":\"" + AGENT + "\"}").statusCode());
    }

    /** The banner says the call rings, with the number as people read it (+39 330 421 7763 for +393304217763). */
    private static void awaitBanner(Browser browser, String saying, String e164) {
        browser.wait.until(d -> {
            String shown = d.findElement(By.id("ringText")).getText();
            return shown.startsWith(saying + " +") && shown.replace(" ", "").contains(e164) ? shown : null;
        });
    }

    /** The page's push socket is open (cuffia-push.js sets the flag in its onopen). */
    private static void awaitSocketOpen(Browser browser) {
        browser.wait.until(d -> Boolean.TRUE.equals(js(browser).executeScript("return window.cuffiaPushOpen === true;")));
    }

    /** Requests the page's scripts sent since it was loaded (Ajax through XMLHttpRequest or fetch). */
    private static long requests(Browser browser) {
        return ((Number) js(browser).executeScript("return performance.getEntriesByType('resource')"
                + ".filter(e => e.initiatorType === 'xmlhttprequest' || e.initiatorType === 'fetch').length;")).longValue();
    }

    private static void markPage(Browser browser) {
        js(browser).executeScript("window.cuffiaTestMark = true;");
    }

    private static boolean samePage(Browser browser) {
        return Boolean.TRUE.equals(js(browser).executeScript("return window.cuffiaTestMark === true;"));
    }

    private static void idle() {
        await().pollDelay(IDLE).atMost(IDLE.plusSeconds(1)).until(() -> true);
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver;
    }
}
