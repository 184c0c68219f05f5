package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 16 §1: a supervisor evaluates a call of the week with the demo form of Aurora, the privacy notice not read
 * (a critical item: the score is 0 and the evaluation shows failed); the agent reads it on "Le mie valutazioni" and
 * disputes it; the supervisor accepts with a new score and a reason, kept in the score history. Italian and English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class QualityBrowserIT {

    private static final String AGENT = "operatore04"; // Aurora, Team Milano (supervisore1)

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void aSupervisorEvaluatesACallWithACriticalItemFailedTheAgentDisputesAndTheSupervisorAccepts() {
        try (Browser browser = new Browser()) {
            // setup: the agent free for a call, whatever an earlier test left
            browser.login(AGENT, Demo.PASSWORD);
            browser.open("agent/index.xhtml");
            browser.freeAgentConsole();
            browser.logout();
            long call = answeredCall();

            browser.login(Demo.SUPERVISOR, Demo.PASSWORD);
            browser.open("supervisor/quality.xhtml");
            browser.waitForText(By.id("sample:coverage"), "Sofia Colombo"); // operatore04, whose call was just answered
            browser.screenshot("quality-sample-it");
            browser.open("supervisor/evaluation.xhtml?interaction=" + call);
            browser.waitForText(By.id("call"), "Telefonia Aurora");
            browser.click("score:save");
            browser.waitForText(By.id("score:messages"), "Manca la risposta alla voce");
            answer(browser, 1, "Sì");
            answer(browser, 2, "Sì");
            answer(browser, 3, "No"); // the privacy notice not read
            answer(browser, 4, "4");
            answer(browser, 5, "N.A.");
            answer(browser, 6, "Sì");
            answer(browser, 7, "5");
            browser.type(By.id("score:comment"), "Informativa privacy non letta.");
            browser.click("score:save");
            browser.waitForText(By.id("growl_container"), "una voce critica non è superata");
            browser.waitForText(By.id("evaluation:score"), "0,00 %");
            browser.waitForText(By.id("evaluation:failed"), "Voce critica non superata");
            browser.waitForText(By.id("evaluation:status"), "Da leggere");
            browser.screenshot("quality-evaluation-failed-it");
            String supervisorUrl = browser.driver.getCurrentUrl();
            browser.logout();

            browser.login(AGENT, Demo.PASSWORD);
            browser.open("agent/index.xhtml");
            browser.freeAgentConsole(); // the call's wrap-up
            browser.open("agent/evaluations.xhtml");
            browser.waitFor(By.xpath("//*[@id='evaluations:table']//tr[contains(.,'0,00 %')]//a[contains(@id,':open')]")).click();
            browser.waitForText(By.id("evaluation:score"), "0,00 %");
            browser.waitForText(By.id("evaluation:answers"), "Informativa privacy letta");
            browser.click("evaluation:dispute");
            browser.waitFor(By.id("disputeForm:comment"));
            browser.click("disputeForm:send");
            browser.waitForText(By.id("disputeForm:messages"), "Scrivi perché contesti");
            browser.type(By.id("disputeForm:comment"), "L'informativa l'ho letta al minuto 2, riascoltate la chiamata.");
            browser.click("disputeForm:send");
            browser.waitForText(By.id("evaluation:status"), "Contestata");
            browser.waitForText(By.id("evaluation:thread"), "al minuto 2");
            browser.screenshot("quality-dispute-agent-it");
            String agentUrl = browser.driver.getCurrentUrl();
            browser.logout();

            browser.login(Demo.SUPERVISOR, Demo.PASSWORD);
            browser.driver.get(supervisorUrl);
            browser.switchLanguage("en");
            browser.waitForText(By.id("evaluation:status"), "Disputed");
            browser.click("evaluation:accept");
            browser.waitFor(By.id("answerForm:reason"));
            browser.type(By.id("answerForm:newScore_input"), "0");
            browser.type(By.id("answerForm:reason"), "Listened again: it was read.");
            browser.click("answerForm:confirm");
            browser.waitForText(By.id("answerForm:messages"), "equals the current one");
            // the number field keeps its formatted value through clear(): the keys replace it as a person would
            browser.waitFor(By.id("answerForm:newScore_input")).sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"), "85");
            browser.click("answerForm:confirm");
            browser.waitForText(By.id("evaluation:status"), "Dispute accepted");
            browser.waitForText(By.id("evaluation:score"), "85.00 %");
            browser.waitForText(By.id("evaluation:history"), "Listened again: it was read.");
            browser.screenshot("quality-dispute-accepted-en");
            browser.switchLanguage("it");
            browser.logout();

            browser.login(AGENT, Demo.PASSWORD);
            browser.driver.get(agentUrl);
            browser.waitForText(By.id("evaluation:status"), "Contestazione accolta");
            browser.waitForText(By.id("evaluation:history"), "85,00 %");
            browser.waitForText(By.id("evaluation:thread"), "Listened again");
            browser.screenshot("quality-dispute-answered-it");
            browser.logout();

            // the admin edits the form the evaluation used: a new version; the evaluation keeps v1
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            browser.open("admin/quality-forms.xhtml");
            browser.waitFor(By.xpath("//*[@id='list:table']//a[normalize-space(.)='Qualità chiamate Aurora']")).click();
            browser.waitForText(By.id("form:used"), "già usata da valutazioni");
            browser.screenshot("quality-form-it");
            browser.click("form:items:0:edit");
            browser.waitFor(By.id("itemForm:weight_input"));
            browser.type(By.id("itemForm:weight_input"), "3");
            browser.click("itemForm:saveItem");
            browser.waitForText(By.id("growl_container"), "Creata la versione 2");
            browser.waitForText(By.id("form:version"), "v2");
            browser.waitForText(By.id("form:used"), "Nessuna valutazione usa questa versione");
            browser.switchLanguage("en");
            browser.waitForText(By.id("form:used"), "No evaluation uses this version");
            browser.screenshot("quality-form-en");
            browser.switchLanguage("it");
            browser.logout();
            browser.login(Demo.SUPERVISOR, Demo.PASSWORD);
            browser.driver.get(supervisorUrl);
            browser.waitForText(By.id("evaluation"), "Qualità chiamate Aurora v1");
        }
    }

    /** An inbound call of the agent answered and ended through the PBX's events: this week's, to evaluate. */
    private static long answeredCall() {
        JsonObject customer = ConsoleClient.customerWithPhone(AGENT, "-firstName");
        Cti pbx = Cti.forClient(Cti.clientOf(AGENT));
        Cti.ready(AGENT);
        String callId = "quality-" + System.nanoTime();
        HttpResponse<String> ringing = pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"RINGING\",\"from\":\""
                + customer.getJsonArray("phones").getString(0) + "\",\"agent\":\"" + AGENT + "\"}");
        assertEquals(200, ringing.statusCode(), ringing.body());
        assertEquals(200, pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"ANSWERED\",\"agent\":\"" + AGENT + "\"}").statusCode());
        HttpResponse<String> ended = pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"ENDED\",\"holdSeconds\":0}");
        assertEquals(200, ended.statusCode(), ended.body());
        return Cti.json(ended).getJsonNumber("interactionId").longValue();
    }

    /** Picks the value of the form's item at this position. */
    private static void answer(Browser browser, int position, String label) {
        org.openqa.selenium.WebElement option = browser.waitFor(By.xpath("//div[contains(concat(' ', @class, ' '), ' item-" + position
                + " ')]//div[contains(@class,'ui-button')][normalize-space(.)=" + Browser.xpathLiteral(label) + "]"));
        // in the middle of the window: the form's sticky action bar covers the last rows at the bottom
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", option);
        option.click();
        browser.wait.until(d -> option.getAttribute("class").contains("ui-state-active"));
    }
}
