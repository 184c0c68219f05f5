package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * The agent's desktop (issue 15 §2): a call from ring to a saved ticket to wrap-up to available by the keyboard alone,
 * the ticket's category preselected from the number the caller dialled (a routing rule of the client), the keys'
 * help in both languages, the notice of a missed call with its call back, and the personal callbacks list of the
 * outbound console with its one click to call; a wrap-up whose outcome, notes and open menu survive the supervisor's
 * pause pushed in the middle of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AgentDesktopBrowserIT {

    /** Works for Energia Verde in Team Napoli; the other tests of this agent only look at texts. */
    private static final String AGENT = "operatore10";
    /** Energia Verde's survey campaign is Team Napoli's; OutboundApiIT completes one survey with this agent. */
    private static final String OUTBOUND_AGENT = "operatore07";
    private static final String VERDE = "Energia Verde Italia S.r.l.";
    /** Works for Energia Verde in Team Napoli (supervisore2); elsewhere only OutboundApiIT's leads use this agent. */
    private static final String WRAP_UP_AGENT = "operatore08";
    private static final String WRAP_UP_SUPERVISOR = "supervisore2";
    private static final Pattern TICKET_OPENED = Pattern.compile("Ticket n\\. (\\d+) aperto");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void fromRingToSavedTicketToWrapUpToAvailableByKeyboardAlone() {
        JsonObject customer = ConsoleClient.customerWithPhone(AGENT, "-lastName");
        String dialled = "+3902" + String.format("%08d", System.nanoTime() % 100_000_000L);
        Cti pbx = Cti.forClient(Cti.clientOf(AGENT));
        try (Browser admin = new Browser()) {
            // the client's rule: calls to this number are complaints
            admin.login(Demo.ADMIN, Demo.PASSWORD);
            admin.open("admin/routing.xhtml");
            admin.selectOne("routing:client", VERDE);
            admin.selectOne("routing:channel", "Telefono");
            admin.type(By.id("routing:address"), dialled);
            admin.selectOne("routing:category", "Reclamo");
            admin.click("routing:add");
            admin.waitForText(By.id("routing:rules"), dialled);
        }
        try (Browser agent = new Browser()) {
            Cti.settle(AGENT); // a call an earlier test left in progress would hold the agent there at login
            agent.login(AGENT, Demo.PASSWORD);
            agent.open("agent/index.xhtml");
            agent.freeAgentConsole(); // setup, with the mouse: another test may have left this agent on a call
            agent.open("agent/index.xhtml");
            awaitSocketOpen(agent);

            String callId = "desk-" + System.nanoTime();
            assertEquals(200, pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"RINGING\",\"from\":\"" + phoneOf(customer)
                    + "\",\"to\":\"" + dialled + "\",\"ivrChoice\":\"1\",\"agent\":\"" + AGENT + "\"}").statusCode());
            agent.waitForText(By.id("screenPop:call"), customer.getString("lastName"));

            // from here on, keys only
            press(agent, "a");
            agent.waitForText(By.id("callHeading"), "Chiamata in corso");
            agent.waitForText(By.id("stateBar:current"), "In chiamata");

            press(agent, "n");
            agent.waitFor(By.id("screenPop:ticketSubject"));
            awaitFocusOn(agent, "screenPop:ticketSubject");
            assertEquals("Reclamo", agent.driver.findElement(By.id("screenPop:ticketCategory_label")).getText(),
                    "the category the client's rule gives the number dialled");
            String subject = "Bolletta doppia " + System.nanoTime();
            new Actions(agent.driver).sendKeys(subject).perform();
            agent.screenshot("agent-desktop-ticket-it");
            ctrlEnter(agent);
            String growl = agent.wait.until(d -> {
                String shown = d.findElement(By.id("growl_container")).getText();
                return shown.contains("aperto: " + subject) ? shown : null;
            });
            Matcher opened = TICKET_OPENED.matcher(growl);
            assertTrue(opened.find(), growl);
            agent.waitForText(By.id("screenPop:call"), subject); // among the caller's open tickets
            JsonObject ticket = Cti.json(ConsoleClient.api("GET", "tickets/" + opened.group(1), AGENT, Demo.PASSWORD, null, "it"));
            assertEquals("COMPLAINT", ticket.getString("category"));
            assertEquals(customer.getJsonNumber("id").longValue(), ticket.getJsonNumber("customerId").longValue());

            press(agent, "h");
            agent.waitForText(By.id("callHeading"), "Post-chiamata");
            awaitFocusOn(agent, "screenPop:notes");
            new Actions(agent.driver).sendKeys("Cliente richiamerà per la nota di credito").perform();
            new Actions(agent.driver).sendKeys(Keys.ESCAPE).perform();
            press(agent, "1"); // the first of the client's dispositions
            agent.screenshot("agent-desktop-wrap-up-it");
            ctrlEnter(agent);
            agent.waitFor(By.id("screenPop:number"));
            agent.waitForText(By.id("stateBar:current"), "Disponibile");

            press(agent, "p"); // a pause needs its code: the key goes to the menu, typing chooses, Enter pauses
            awaitFocusOn(agent, "stateBar:pauseCode");
            new Actions(agent.driver).sendKeys("Formazione").perform();
            agent.wait.until(d -> new org.openqa.selenium.support.ui.Select(d.findElement(By.id("stateBar:pauseCode")))
                    .getFirstSelectedOption().getText().contains("Formazione"));
            new Actions(agent.driver).sendKeys(Keys.ENTER).perform();
            agent.waitForAjax();
            agent.waitForText(By.id("stateBar:current"), "In pausa");
            press(agent, "d");
            agent.waitForText(By.id("stateBar:current"), "Disponibile");

            // the keys' help, in the agent's language
            press(agent, "?");
            agent.waitForText(By.id("keyHelp"), "Scorciatoie da tastiera");
            assertTrue(agent.driver.findElement(By.id("keyHelp")).getText().contains("Rispondi alla chiamata"));
            agent.screenshot("agent-desktop-keys-it");
            new Actions(agent.driver).sendKeys(Keys.ESCAPE).perform();
            agent.wait.until(d -> !d.findElement(By.id("keyHelp")).isDisplayed());
            agent.switchLanguage("en");
            press(agent, "?");
            agent.waitForText(By.id("keyHelp"), "Keyboard shortcuts");
            assertTrue(agent.driver.findElement(By.id("keyHelp")).getText().contains("Answer the call"));
            agent.screenshot("agent-desktop-keys-en");
            new Actions(agent.driver).sendKeys(Keys.ESCAPE).perform();
            agent.wait.until(d -> !d.findElement(By.id("keyHelp")).isDisplayed());
            agent.switchLanguage("it");
            assertEquals(java.util.List.of(), pageErrors(agent), "the console reported no error");
        }
    }

    @Test
    void aMissedCallIsANoticeWithACallBackAndAnAbandonedOneReachesTheClientsAgents() {
        JsonObject customer = ConsoleClient.customerWithPhone(AGENT, "firstName");
        Cti pbx = Cti.forClient(Cti.clientOf(AGENT));
        try (Browser agent = new Browser()) {
            Cti.settle(AGENT); // a call an earlier test left in progress would hold the agent there at login
            agent.login(AGENT, Demo.PASSWORD);
            agent.open("agent/index.xhtml");
            agent.freeAgentConsole();
            agent.open("agent/index.xhtml");
            awaitSocketOpen(agent);

            // rang at this agent and ended unanswered: a notice, pushed
            String missed = "missed-" + System.nanoTime();
            pbx.event("{\"callId\":\"" + missed + "\",\"event\":\"RINGING\",\"from\":\"" + phoneOf(customer) + "\",\"agent\":\"" + AGENT + "\"}");
            agent.waitForText(By.id("screenPop:call"), customer.getString("lastName"));
            pbx.event("{\"callId\":\"" + missed + "\",\"event\":\"ENDED\"}");
            String notice = "//div[contains(concat(' ', @class, ' '), ' missed-call ') and contains(., 'Chiamata persa') and contains(., "
                    + Browser.xpathLiteral(customer.getString("lastName")) + ")]";
            agent.waitFor(By.xpath(notice));
            agent.screenshot("agent-desktop-missed-it");

            // reached nobody (abandoned in the phone system's queue): a notice for the client's agents, after a reload
            String abandoned = "abandoned-" + System.nanoTime();
            String stranger = "+39333" + String.format("%07d", System.nanoTime() % 10_000_000L);
            pbx.event("{\"callId\":\"" + abandoned + "\",\"event\":\"RINGING\",\"from\":\"" + stranger + "\"}");
            pbx.event("{\"callId\":\"" + abandoned + "\",\"event\":\"ENDED\"}");
            agent.open("agent/index.xhtml");
            String abandonedNotice = "//div[contains(concat(' ', @class, ' '), ' missed-call ') and contains(., 'Chiamata abbandonata') and contains(., "
                    + Browser.xpathLiteral(stranger.substring(stranger.length() - 4)) + ")]";
            agent.waitFor(By.xpath(abandonedNotice));
            agent.switchLanguage("en");
            agent.waitFor(By.xpath("//div[contains(concat(' ', @class, ' '), ' missed-call ') and contains(., 'Missed call')]"));
            agent.screenshot("agent-desktop-missed-en");
            agent.switchLanguage("it");
            agent.waitFor(By.xpath(abandonedNotice + "//button[contains(@id,'setAside')]")).click();
            agent.waitForAjax();
            agent.wait.until(d -> d.findElements(By.xpath(abandonedNotice)).isEmpty());

            // a second call missed from another number: its call back is offered again once the first call back is wrapped up
            String other = "+39334" + String.format("%07d", System.nanoTime() % 10_000_000L);
            String missedToo = "missed-too-" + System.nanoTime();
            pbx.event("{\"callId\":\"" + missedToo + "\",\"event\":\"RINGING\",\"from\":\"" + other + "\",\"agent\":\"" + AGENT + "\"}");
            pbx.event("{\"callId\":\"" + missedToo + "\",\"event\":\"ENDED\"}");
            String otherNotice = "//div[contains(concat(' ', @class, ' '), ' missed-call ') and contains(., " + Browser.xpathLiteral(other.substring(other.length() - 4)) + ")]";
            agent.waitFor(By.xpath(otherNotice + "//button[contains(@id,'callBack')]"));

            // call back: the agent is on a call with that customer, and the notice is gone
            agent.waitFor(By.xpath(notice + "//button[contains(@id,'callBack')]")).click();
            agent.waitForAjax();
            agent.waitForText(By.id("callHeading"), "Chiamata in corso");
            agent.waitForText(By.id("screenPop:call"), customer.getString("lastName"));
            agent.waitForText(By.id("stateBar:current"), "In chiamata");
            assertTrue(agent.driver.findElements(By.xpath(notice)).isEmpty(), "the notice is gone once called back");
            agent.screenshot("agent-desktop-call-back-it");
            press(agent, "h");
            agent.waitForText(By.id("callHeading"), "Post-chiamata");
            assertTrue(agent.driver.findElements(By.xpath(otherNotice + "//button[contains(@id,'callBack')]")).isEmpty(),
                    "no call back offered while on a call");
            ctrlEnter(agent);
            agent.waitFor(By.id("screenPop:number"));
            agent.waitForText(By.id("stateBar:current"), "Disponibile");
            // the wrap-up done, the other notice offers its call back again, without a reload
            agent.waitFor(By.xpath(otherNotice + "//button[contains(@id,'callBack')]"));
            agent.waitFor(By.xpath(otherNotice + "//button[contains(@id,'setAside')]")).click();
            agent.waitForAjax();
            agent.wait.until(d -> d.findElements(By.xpath(otherNotice)).isEmpty());
        }
    }

    @Test
    void personalCallbacksDueTodayAreListedWithOneClickToCall() {
        String lead;
        try (Browser agent = new Browser()) {
            agent.login(OUTBOUND_AGENT, Demo.PASSWORD);
            // a lead of the agent's, set to a personal callback later today (in the lead's time, as the console shows it)
            HttpResponse<String> next = ConsoleClient.api("POST", "outbound/next", OUTBOUND_AGENT, Demo.PASSWORD, null, "it");
            assertEquals(200, next.statusCode(), next.body());
            lead = Cti.json(next).getJsonNumber("id").longValue() + "";
            agent.open("agent/outbound.xhtml");
            String name = agent.waitFor(By.cssSelector("#outbound\\:leadCard .ui-card-title")).getText();
            LocalDateTime localNow = LocalDateTime.parse(agent.driver.findElement(By.id("outbound:leadLocalTime")).getText(), TYPED);
            ConsoleClient.api("POST", "outbound/leads/" + lead + "/dial", OUTBOUND_AGENT, Demo.PASSWORD, null, "it");
            ConsoleClient.api("POST", "outbound/leads/" + lead + "/answered", OUTBOUND_AGENT, Demo.PASSWORD, null, "it");
            LocalDateTime at = localNow.plusHours(1).withSecond(0).withNano(0);
            HttpResponse<String> recorded = ConsoleClient.api("POST", "outbound/leads/" + lead + "/outcome", OUTBOUND_AGENT, Demo.PASSWORD,
                    "{\"outcome\":\"CALLBACK\",\"callbackAt\":\"" + at + ":00\",\"personalCallback\":true}", "it");
            assertEquals(200, recorded.statusCode(), recorded.body());

            agent.open("agent/outbound.xhtml");
            String row = "//*[@id='outbound:callbackList']//tr[contains(., " + Browser.xpathLiteral(name) + ")]";
            agent.waitFor(By.xpath(row));
            assertTrue(agent.driver.findElement(By.xpath(row)).getText().contains(at.format(TYPED)), agent.driver.findElement(By.xpath(row)).getText());
            agent.screenshot("agent-outbound-callbacks-it");
            agent.switchLanguage("en");
            agent.waitForText(By.id("outbound:callbacks"), "My callbacks today");
            agent.screenshot("agent-outbound-callbacks-en");
            agent.switchLanguage("it");

            // one click: the lead, dialled
            agent.waitFor(By.xpath(row + "//button[contains(@id,'callBack')]")).click();
            agent.waitForAjax();
            agent.waitForText(By.cssSelector("#outbound\\:leadCard .ui-card-title"), name);
            agent.waitFor(By.id("outbound:onCall"));

            // and by the keyboard: leave the notes, the first outcome (no answer), save; the next lead by N
            new Actions(agent.driver).sendKeys(Keys.ESCAPE).perform();
            press(agent, "1");
            agent.waitForText(By.id("outbound:outcome_label"), "Non risponde");
            ctrlEnter(agent);
            agent.waitForText(By.id("growl_container"), "Non risponde registrato per " + name);
            agent.waitFor(By.id("outbound:next"));
            agent.wait.until(d -> d.findElements(By.xpath(row)).isEmpty());
            press(agent, "n");
            agent.waitFor(By.cssSelector("#outbound\\:leadCard .ui-card-title"));
            agent.click("outbound:giveBack");
            assertEquals(java.util.List.of(), pageErrors(agent), "the outbound console reported no error");
        }
    }

    /**
     * A supervisor pauses the agent while they wrap a call up: the push shows the pause in the state bar and ends the
     * wrap-up's clock, but leaves the wrap-up's form as the agent has it (the outcome chosen, the notes typed, the
     * outcome's list open under their pointer), and the outcome finally chosen is the one the call keeps. No page error
     * throughout; in Italian, then in English.
     */
    @Test
    void aSupervisorsPauseDuringTheWrapUpLeavesTheWrapUpAsTheAgentHasItAndTheOutcomeChosenIsKept() {
        JsonObject customer = ConsoleClient.customerWithPhone(WRAP_UP_AGENT, "lastName");
        Cti pbx = Cti.forClient(Cti.clientOf(WRAP_UP_AGENT));
        try (Browser agent = new Browser()) {
            Cti.settle(WRAP_UP_AGENT); // a call an earlier test left in progress would hold the agent there at login
            agent.login(WRAP_UP_AGENT, Demo.PASSWORD);
            agent.open("agent/index.xhtml");
            agent.freeAgentConsole();
            wrapUpThroughTwoPauses(agent, pbx, customer, new WrapUpTexts("it", "In chiamata", "Post-chiamata", "tempo rimasto",
                    "In pausa", "Disponibile", "Richiamare", "Informazioni fornite"));
            agent.switchLanguage("en");
            wrapUpThroughTwoPauses(agent, pbx, customer, new WrapUpTexts("en", "On a call", "Wrap-up", "time left",
                    "Paused", "Available", "Call back", "Information given"));
            agent.switchLanguage("it");
        }
    }

    /** What the console says in one language, and the two of Energia Verde's dispositions the agent chooses. */
    private record WrapUpTexts(String language, String onCall, String wrapUp, String timeLeft, String paused, String available,
                               String firstOutcome, String finalOutcome) {
    }

    private static void wrapUpThroughTwoPauses(Browser agent, Cti pbx, JsonObject customer, WrapUpTexts texts) {
        agent.open("agent/index.xhtml"); // a new page, whose socket is then open
        awaitSocketOpen(agent);
        String callId = "wrap-up-" + System.nanoTime();
        assertEquals(200, pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"RINGING\",\"from\":\"" + phoneOf(customer)
                + "\",\"agent\":\"" + WRAP_UP_AGENT + "\"}").statusCode());
        agent.waitForText(By.id("screenPop:call"), customer.getString("lastName"));
        agent.click("screenPop:answer");
        agent.waitForText(By.id("stateBar:current"), texts.onCall());
        agent.click("screenPop:hangUp");
        agent.waitForText(By.id("callHeading"), texts.wrapUp());
        agent.waitForText(By.id("callHeading"), texts.timeLeft()); // Energia Verde caps the wrap-up
        // the phone system's own end comes after the agent hung up: taken (its hold kept), and the wrap-up goes on
        HttpResponse<String> lateEnd = pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"ENDED\",\"holdSeconds\":1}");
        assertEquals(200, lateEnd.statusCode(), lateEnd.body());
        assertEquals("ENDED", Cti.json(lateEnd).getString("state"));
        agent.waitForText(By.id("stateBar:current"), texts.wrapUp());

        String notes = "Richiamerà dopo la lettura del contatore " + callId;
        agent.type(By.id("screenPop:notes"), notes);
        agent.selectOne("screenPop:outcome", texts.firstOutcome());

        // the supervisor pauses the agent: the state bar says so, the wrap-up's clock stops, the form stays
        String reason = "Riunione " + callId;
        pause(reason, texts.language());
        agent.waitForText(By.id("stateBar:pauseShown"), reason);
        agent.waitForText(By.id("stateBar:current"), texts.paused());
        agent.waitForAjax();
        agent.wait.until(d -> d.findElements(By.id("wrapUpLeft")).isEmpty());
        assertEquals(texts.firstOutcome(), agent.driver.findElement(By.id("screenPop:outcome_label")).getText(),
                "the outcome chosen before the pause is still chosen");
        assertEquals(notes, agent.driver.findElement(By.id("screenPop:notes")).getAttribute("value"), "the notes typed are still there");
        agent.screenshot("agent-wrap-up-paused-" + texts.language());

        // the outcome's list open when the next pause comes: it stays open, and the option clicked in it is chosen
        agent.driver.findElement(By.id("screenPop:outcome_label")).click();
        agent.wait.until(d -> d.findElement(By.id("screenPop:outcome_panel")).getAttribute("class").contains("ui-connected-overlay-enter-done"));
        String again = "Riunione bis " + callId;
        pause(again, texts.language());
        agent.waitForText(By.id("stateBar:pauseShown"), again);
        agent.waitForAjax();
        WebElement option = agent.driver.findElement(By.xpath("//div[@id='screenPop:outcome_panel']//li[normalize-space(.)="
                + Browser.xpathLiteral(texts.finalOutcome()) + "]"));
        assertTrue(option.isDisplayed(), "the outcome's list is still open after the push");
        agent.screenshot("agent-wrap-up-menu-open-after-push-" + texts.language());
        option.click();
        agent.waitForText(By.id("screenPop:outcome_label"), texts.finalOutcome());

        agent.click("screenPop:finishWrapUp");
        agent.waitFor(By.id("screenPop:number"));
        // the supervisor's pause holds past the wrap-up: the agent is not rung until they end it themselves
        agent.waitForText(By.id("stateBar:current"), texts.paused());
        agent.waitForText(By.id("stateBar:pauseShown"), again);
        HttpResponse<String> refused = pbx.event("{\"callId\":\"" + callId + "-next\",\"event\":\"RINGING\",\"from\":\"" + phoneOf(customer)
                + "\",\"agent\":\"" + WRAP_UP_AGENT + "\"}");
        assertEquals(409, refused.statusCode(), refused.body());
        agent.screenshot("agent-wrap-up-finished-still-paused-" + texts.language());
        agent.click("stateBar:available");
        agent.waitForText(By.id("stateBar:current"), texts.available());

        // the call keeps the outcome chosen last and the notes: the caller's last contacts say so
        agent.type(By.id("screenPop:number"), phoneOf(customer));
        agent.click("screenPop:lookUp");
        agent.waitForText(By.id("screenPop"), texts.finalOutcome() + " " + notes);
        agent.screenshot("agent-wrap-up-recorded-" + texts.language());
        assertEquals(java.util.List.of(), pageErrors(agent), "the console reported no error");
    }

    /** The supervisor of the agent's team pauses them, with this reason, through the API (as from the wallboard). */
    private static void pause(String reason, String language) {
        HttpResponse<String> paused = ConsoleClient.api("POST", "wallboard/agents/" + WRAP_UP_AGENT + "/pause", WRAP_UP_SUPERVISOR,
                Demo.PASSWORD, "{\"reason\":\"" + reason + "\"}", language);
        assertEquals(200, paused.statusCode(), paused.body());
    }

    private static String phoneOf(JsonObject customer) {
        return customer.getJsonArray("phones").getString(0);
    }

    /** A key pressed where the focus is (nowhere in particular: the page), then the request it started answered. */
    private static void press(Browser browser, String key) {
        new Actions(browser.driver).sendKeys(key).perform();
        browser.waitForAjax();
    }

    private static void ctrlEnter(Browser browser) {
        new Actions(browser.driver).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
        browser.waitForAjax();
    }

    private static void awaitFocusOn(Browser browser, String id) {
        browser.wait.until(d -> id.equals(js(browser).executeScript("return document.activeElement && document.activeElement.id;")));
    }

    private static void awaitSocketOpen(Browser browser) {
        browser.wait.until(d -> Boolean.TRUE.equals(js(browser).executeScript("return window.cuffiaPushOpen === true;")));
    }

    private static java.util.List<String> pageErrors(Browser browser) {
        return browser.consoleErrors().stream().filter(error -> !error.contains("/favicon.ico")).toList();
    }

    private static JavascriptExecutor js(Browser browser) {
        return (JavascriptExecutor) browser.driver;
    }
}
