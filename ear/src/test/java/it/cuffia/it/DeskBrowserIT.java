package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agent's desktop (issue 15 §2), on a client and an agent of the test's own that the admin sets up in the
 * console: the client's pause codes and dispositions, chosen from menus; the wrap-up's required outcome; the
 * wrap-up that ends by itself when the client's maximum runs out; the phone system refused for an agent who
 * cannot take a call; in Italian and English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeskBrowserIT {

    private static final String PASSWORD = "password-banco-1";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void anAgentPausesForACodeWrapsUpWithTheRequiredOutcomeAndIsMadeAvailableWhenTheWrapUpRunsOut() {
        String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 6).toUpperCase();
        String clientName = "Banco " + tag;
        String agentName = "banco" + tag.toLowerCase();
        try (Browser admin = new Browser(); Browser agent = new Browser()) {
            admin.login(Demo.ADMIN, Demo.PASSWORD);
            admin.switchLanguage("it");
            createClientAndAgent(admin, tag, clientName, agentName);

            // the client's lists and its wrap-up rules, on the admin's page for them
            admin.open("admin/desk.xhtml");
            admin.selectOne("desk:client", clientName);
            admin.waitForText(By.id("desk:pauseCodes"), "Nessuna voce");
            addEntry(admin, "desk:newPauseCode", "caffe", "Pausa caffè", "Coffee break");
            admin.waitForText(By.id("desk:pauseCodes"), "Pausa caffè");
            addEntry(admin, "desk:newDisposition", "RISOLTO", "Risolto", "Resolved");
            admin.waitForText(By.id("desk:dispositions"), "Risolto");
            assertTrue(admin.driver.findElement(By.id("desk:pauseCodes")).getText().contains("CAFFE"), "codes are kept in capitals");
            admin.driver.findElement(By.cssSelector("#policy\\:outcomeRequired .ui-chkbox-box")).click();
            admin.click("policy:savePolicy"); // the click waits for the answer: saved before the agent comes
            admin.screenshot("admin-desk-it");

            long clientId = jakarta.json.Json.createReader(new java.io.StringReader(
                            ConsoleClient.api("GET", "clients", Demo.ADMIN, Demo.PASSWORD, null, "it").body())).readArray().stream()
                    .map(v -> v.asJsonObject()).filter(c -> c.getString("code").equals("BANCO" + tag)).findFirst().orElseThrow()
                    .getJsonNumber("id").longValue();
            Cti pbx = Cti.forClient(clientId);
            assertRefused(pbx, agentName, "Disconnesso");

            agent.login(agentName, PASSWORD);
            agent.switchLanguage("it");
            agent.waitForText(By.id("stateBar:current"), "Disponibile");
            agent.waitFor(By.id("stateBar:stateClock"));

            // a pause for one of the client's codes, not a reason typed
            agent.selectPlain("stateBar:pauseCode", "Pausa caffè");
            agent.click("stateBar:pause");
            agent.waitForText(By.id("stateBar:current"), "In pausa");
            agent.waitForText(By.id("stateBar:pauseShown"), "Pausa caffè");
            agent.screenshot("agent-pause-code-it");
            assertRefused(pbx, agentName, "In pausa");
            agent.click("stateBar:available");
            agent.waitForText(By.id("stateBar:current"), "Disponibile");

            // a call from a new caller; its wrap-up needs the outcome this client requires, chosen among its own
            String number = "351 " + (1_000_000 + Math.floorMod(System.nanoTime(), 8_999_999));
            agent.type(By.id("screenPop:number"), number);
            agent.click("screenPop:lookUp");
            agent.waitFor(By.id("screenPop:newFirstName"));
            agent.type(By.id("screenPop:newFirstName"), "Irene");
            agent.type(By.id("screenPop:newLastName"), "Banco" + tag);
            agent.click("screenPop:createNew");
            agent.waitForText(By.id("stateBar:current"), "In chiamata");
            agent.waitFor(By.id("screenPop:callTimer"));
            assertRefused(pbx, agentName, "In chiamata");
            // a state button takes the agent neither off the call (the phone system would ring them again) ...
            agent.click("stateBar:available");
            agent.waitForText(By.tagName("main"), "Hai una chiamata in corso");
            agent.waitForText(By.id("stateBar:current"), "In chiamata");
            agent.screenshot("agent-available-refused-on-call-it");
            assertRefused(pbx, agentName, "In chiamata");
            agent.click("screenPop:hangUp");
            agent.waitForText(By.id("callHeading"), "Post-chiamata");
            // ... nor out of the wrap-up without the outcome the client requires: not to a pause, not available
            agent.selectPlain("stateBar:pauseCode", "Pausa caffè");
            agent.click("stateBar:pause");
            agent.waitForText(By.id("stateBar:current"), "Post-chiamata");
            agent.click("stateBar:available");
            agent.waitForText(By.id("stateBar:current"), "Post-chiamata");
            assertRefused(pbx, agentName, "Post-chiamata");
            // a session that ends in the wrap-up does not end it: logged in again, the agent is back in the wrap-up (the
            // PBX may not ring them) and the state buttons stay refused until it is finished
            agent.logout();
            assertRefused(pbx, agentName, "Disconnesso");
            agent.login(agentName, PASSWORD);
            agent.switchLanguage("it");
            agent.waitForText(By.id("callHeading"), "Post-chiamata");
            agent.waitForText(By.id("stateBar:current"), "Post-chiamata");
            assertRefused(pbx, agentName, "Post-chiamata");
            agent.selectPlain("stateBar:pauseCode", "Pausa caffè");
            agent.click("stateBar:pause");
            agent.waitForText(By.tagName("main"), "Hai una chiamata in corso");
            agent.waitForText(By.id("stateBar:current"), "Post-chiamata");
            agent.screenshot("agent-wrap-up-after-login-it");
            agent.click("screenPop:finishWrapUp");
            agent.waitForText(By.tagName("main"), "Scegli l'esito della chiamata");
            agent.waitForText(By.id("callHeading"), "Post-chiamata");
            agent.selectOne("screenPop:outcome", "Risolto");
            agent.screenshot("agent-wrap-up-outcome-it");
            agent.click("screenPop:finishWrapUp");
            agent.waitForText(By.id("stateBar:current"), "Disponibile");

            // the admin now caps the wrap-up at 5 seconds
            admin.type(By.id("policy:maxSeconds_input"), "5");
            admin.click("policy:savePolicy");

            // in English: the pause menu and the wrap-up speak it, and the wrap-up ends by itself
            agent.switchLanguage("en");
            agent.waitForText(By.id("stateBar:current"), "Available");
            agent.selectPlain("stateBar:pauseCode", "Coffee break");
            agent.click("stateBar:pause");
            agent.waitForText(By.id("stateBar:pauseShown"), "Coffee break");
            agent.screenshot("agent-pause-code-en");
            agent.click("stateBar:available");
            agent.waitForText(By.id("stateBar:current"), "Available");
            agent.type(By.id("screenPop:number"), number);
            agent.click("screenPop:lookUp");
            agent.waitFor(By.cssSelector("[id$='takeCall']")).click();
            agent.waitForText(By.id("stateBar:current"), "On a call");
            agent.click("stateBar:available");
            agent.waitForText(By.tagName("main"), "You have a call in progress");
            agent.waitForText(By.id("stateBar:current"), "On a call");
            agent.screenshot("agent-available-refused-on-call-en");
            agent.click("screenPop:hangUp");
            agent.waitForText(By.id("callHeading"), "Wrap-up");
            agent.waitForText(By.id("callHeading"), "time left");
            agent.screenshot("agent-wrap-up-left-en");
            // no click: the server's timer ends the wrap-up and the console hears it by push
            new WebDriverWait(agent.driver, Duration.ofSeconds(40), Duration.ofMillis(200))
                    .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("stateBar:current")).getText().contains("Available")
                            && !d.findElements(By.id("screenPop:number")).isEmpty());
            agent.screenshot("agent-wrap-up-timed-out-en");
            agent.switchLanguage("it");
        }
    }

    private static void createClientAndAgent(Browser admin, String tag, String clientName, String agentName) {
        admin.open("admin/clients.xhtml");
        admin.click("clients:new");
        admin.waitFor(By.id("clientForm:code"));
        admin.type(By.id("clientForm:code"), "BANCO" + tag);
        admin.type(By.id("clientForm:name"), clientName);
        // a VAT number of its own, with the check digit the suite checks
        String first10 = String.valueOf(1_000_000_000L + Math.floorMod(System.nanoTime(), 8_999_999_999L));
        admin.type(By.id("clientForm:vat"), java.util.stream.IntStream.rangeClosed(0, 9).mapToObj(d -> first10 + d)
                .filter(it.cuffia.crm.domain.VatNumber::isValid).findFirst().orElseThrow());
        admin.click("clientForm:save");
        admin.waitForText(By.id("clients:table"), clientName);

        admin.open("admin/users.xhtml");
        admin.click("users:new");
        admin.type(By.id("userForm:username"), agentName);
        admin.type(By.id("userForm:firstName"), "Irene");
        admin.type(By.id("userForm:lastName"), "Banco");
        admin.type(By.id("userForm:email"), agentName + "@cuffia.example");
        admin.type(By.id("userForm:password"), PASSWORD);
        admin.tick("userForm:clients", clientName);
        admin.driver.findElement(By.id("userForm:email")).click();
        admin.type(By.id("userForm:salary_input"), "1500");
        admin.click("userForm:save");
        admin.waitForAjax();
        admin.type(By.cssSelector("#users\\:table thead th:first-child input.ui-column-filter"), agentName);
        admin.waitForText(By.id("users:table"), agentName);
    }

    private static void addEntry(Browser admin, String button, String code, String italian, String english) {
        admin.click(button);
        admin.waitFor(By.id("codeForm:code"));
        admin.type(By.id("codeForm:code"), code);
        admin.type(By.id("codeForm:labelIt"), italian);
        admin.type(By.id("codeForm:labelEn"), english);
        admin.click("codeForm:save");
        admin.waitForAjax();
    }

    /** The phone system rings the agent: refused with 409 and the problem's code, saying the agent's state. */
    private static void assertRefused(Cti pbx, String agentName, String state) {
        HttpResponse<String> refused = pbx.event("{\"callId\":\"banco-" + System.nanoTime() + "\",\"event\":\"RINGING\",\"from\":\"3331234567\","
                + "\"agent\":\"" + agentName + "\"}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("cti.agent.unavailable", Cti.json(refused).getString("code"));
        assertTrue(Cti.json(refused).getString("detail").contains(state), refused.body());
    }
}
