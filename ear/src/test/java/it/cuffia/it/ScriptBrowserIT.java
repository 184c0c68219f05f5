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
import org.openqa.selenium.WebElement;

/** Scripts as people use them: an agent follows a branching script through an objection to a sale; an admin writes and publishes one. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScriptBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    private static final By TITLE = By.id("scriptTitle");

    @Test
    void anAgentRunsTheScriptThroughAnObjectionToASale() {
        try (Browser browser = new Browser()) {
            browser.login("operatore05", Demo.PASSWORD);
            browser.switchLanguage("it");
            browser.open("agent/outbound.xhtml");
            browser.click("outbound:next");
            String customer = browser.waitFor(By.cssSelector("#outbound\\:leadCard .ui-card-title")).getText();
            browser.waitForText(TITLE, "Presentazione");
            String greeting = browser.driver.findElement(By.id("outbound:scriptText")).getText();
            assertTrue(greeting.startsWith("Buongiorno " + customer.substring(0, customer.indexOf(' ')))
                    && greeting.contains(", sono Alessandro e la chiamo per conto di Telefonia Aurora"), "the call's data is filled in: " + greeting);
            browser.click("outbound:dial");
            browser.click("outbound:answered");

            browser.click("outbound:scriptNext");
            browser.waitForText(TITLE, "Informativa privacy");
            assertFalse(browser.driver.findElement(By.id("outbound:scriptNext")).isEnabled(), "the privacy notice cannot be skipped");
            browser.waitFor(By.cssSelector("#outbound\\:scriptConfirmed .ui-chkbox-box")).click();
            browser.waitForAjax();
            browser.click("outbound:scriptNext");
            browser.waitForText(TITLE, "Offerta");
            assertTrue(browser.driver.findElement(By.id("outbound:scriptText")).getText().contains("Fibra 1 Giga a 29,90 €"));
            answer(browser, "Costa troppo");
            browser.waitForText(TITLE, "Obiezione: prezzo");

            // the agent's own wording for the objection, kept for the next calls
            browser.click("outbound:scriptNoteEdit");
            browser.type(By.id("outbound:phrasing"), "Guardi, il primo mese è gratis e disdice quando vuole.");
            browser.click("outbound:saveNote");
            browser.waitForText(By.id("scriptPhrasing"), "il primo mese è gratis");
            browser.screenshot("agent-script-objection-it");

            browser.click("outbound:scriptNext");
            browser.waitForText(TITLE, "Offerta");
            answer(browser, "Sì, mi interessa");
            browser.waitForText(TITLE, "Vendita");
            browser.waitForText(By.id("outbound:scriptEnd"), "Vendita");
            browser.waitForText(By.id("outbound:outcome_label"), "Vendita");
            assertTrue(browser.driver.findElement(By.id("outbound:scriptCard")).getText().contains("Offerta → Costa troppo"), "the trail shows the answers");
            browser.selectOneStartingWith(By.cssSelector("#outbound\\:sale .ui-selectonemenu"), "Fibra 1 Giga");
            browser.screenshot("agent-script-sale-it");
            browser.click("outbound:save");
            browser.waitForText(By.id("growl_container"), "Vendita registrato per " + customer);

            // the next call of the same campaign shows the agent's wording at the objection again
            browser.click("outbound:next");
            browser.waitForText(TITLE, "Presentazione");
            browser.click("outbound:scriptNext");
            browser.waitForText(TITLE, "Informativa privacy");
            browser.waitFor(By.cssSelector("#outbound\\:scriptConfirmed .ui-chkbox-box")).click();
            browser.waitForAjax();
            browser.click("outbound:scriptNext");
            browser.waitForText(TITLE, "Offerta");
            answer(browser, "Costa troppo");
            browser.waitForText(By.id("scriptPhrasing"), "il primo mese è gratis");
            browser.click("outbound:scriptBack");
            browser.waitForText(TITLE, "Offerta");
            browser.switchLanguage("en");
            browser.waitForText(By.id("outbound:scriptButtons"), "Next");
            browser.screenshot("agent-script-en");
            browser.switchLanguage("it");
        }
    }

    @Test
    void anAdminWritesAScriptSeesItsProblemsAndPublishesIt() {
        try (Browser browser = new Browser()) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            browser.switchLanguage("it"); // the language is remembered per user: another test may have left English
            browser.open("admin/scripts.xhtml");
            browser.waitForText(By.id("list:table"), "Vendita Fibra 1 Giga");
            browser.type(By.id("create:name"), "Visita a domicilio");
            browser.selectOne("create:campaign", "Consulenza fibra a domicilio · Telefonia Aurora S.p.A.");
            browser.click("create:save");
            browser.waitForText(By.id("growl_container"), "Script «Visita a domicilio» creato");
            browser.waitForText(By.id("check"), "Lo script non ha passi");

            addStep(browser, "Saluto", "Buongiorno {cliente.nome}, sono {agent.firstName}.");
            browser.waitForText(By.id("problems"), "usa il segnaposto sconosciuto {cliente.nome}");
            assertTrue(browser.driver.findElement(By.id("problems")).getText().contains("non porta da nessuna parte"));

            browser.waitFor(By.xpath("//div[@id='tabs:steps:kind']//div[normalize-space(.)='Fine']")).click();
            browser.waitForAjax();
            browser.type(By.id("tabs:steps:title"), "Appuntamento fissato");
            browser.selectOne("tabs:steps:outcome", "Appuntamento fissato");
            browser.click("tabs:steps:saveStep");
            browser.waitForText(By.id("tabs:steps:table"), "Esito: Appuntamento fissato");

            browser.waitFor(By.xpath("//tbody[@id='tabs:steps:table_data']/tr[1]//button[contains(@id,':edit')]")).click();
            browser.waitForAjax();
            WebElement body = browser.waitFor(By.cssSelector("#tabs\\:steps\\:body .ql-editor"));
            body.clear();
            body.sendKeys("Buongiorno {customer.firstName}, sono {agent.firstName}.");
            browser.selectOne("tabs:steps:next", "2. Appuntamento fissato");
            browser.click("tabs:steps:saveStep");
            browser.waitFor(By.id("check:ready"));
            browser.screenshot("admin-script-designer-it");

            browser.waitFor(By.xpath("//a[normalize-space(.)='Grafo']")).click();
            browser.waitForText(By.id("tabs:graph:diagram"), "Appuntamento fissato");
            browser.screenshot("admin-script-graph-it");

            browser.click("check:publish");
            browser.waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
            browser.waitForText(By.id("growl_container"), "Versione 1 pubblicata");
            browser.waitForText(By.id("versions:table"), "in uso");
            assertTrue(browser.driver.findElements(By.id("tabs:steps:saveStep")).isEmpty(), "a published version has no editor");
            browser.switchLanguage("en");
            browser.waitForText(By.id("versions:table"), "Published");
            browser.screenshot("admin-script-published-en");
            browser.switchLanguage("it");
        }
    }

    @Test
    void anAgentFollowsTheTechnicalSupportScriptInAnInboundCall() {
        String agentName = "operatore02";
        jakarta.json.JsonObject customer = ConsoleClient.customerWithPhone(agentName, "lastName");
        String e164 = customer.getJsonArray("phones").getString(0);
        try (Browser agent = new Browser()) {
            agent.login(agentName, Demo.PASSWORD);
            agent.switchLanguage("it"); // remembered per user: the language test may have left English
            agent.freeAgentConsole();
            agent.type(By.id("screenPop:number"), e164.substring(3));
            agent.driver.findElement(By.id("screenPop:lookUp")).click();
            agent.waitFor(By.cssSelector("[id$='takeCall']")).click();
            agent.waitForText(By.id("stateBar:current"), "In chiamata");

            agent.click("screenPop:openScript"); // the first category, technical support
            agent.waitForText(TITLE, "Accoglienza");
            assertTrue(agent.driver.findElement(By.id("screenPop:scriptText")).getText().contains("Telefonia Aurora S.p.A., assistenza tecnica"));
            agent.click("screenPop:scriptNext");
            agent.waitFor(By.xpath("//div[@id='screenPop:scriptButtons']//button[normalize-space(.)='Linea assente']")).click();
            agent.waitForAjax();
            agent.waitFor(By.xpath("//div[@id='screenPop:scriptButtons']//button[normalize-space(.)='Sì']")).click();
            agent.waitForAjax();
            agent.waitForText(By.id("screenPop:scriptEnd"), "Risolto");
            agent.screenshot("agent-inbound-script-it");

            agent.click("screenPop:hangUp");
            // the script's end chooses the client's disposition of the same code
            agent.waitForText(By.id("screenPop:outcome_label"), "Risolto al primo contatto");
            agent.click("screenPop:finishWrapUp");
            agent.waitForText(By.id("stateBar:current"), "Disponibile");
        }
        jakarta.json.JsonObject list = jakarta.json.Json.createReader(new java.io.StringReader(
                ConsoleClient.api("GET", "scripts?q=Assistenza", Demo.SUPERVISOR, Demo.PASSWORD, null, "it").body())).readObject();
        long id = list.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        jakarta.json.JsonObject stats = jakarta.json.Json.createReader(new java.io.StringReader(
                ConsoleClient.api("GET", "scripts/" + id + "/versions/1/stats", Demo.SUPERVISOR, Demo.PASSWORD, null, "it").body())).readObject();
        assertTrue(stats.getJsonObject("outcomes").getJsonNumber("RESOLVED").longValue() >= 1, stats.toString());
    }

    /** Other tests drive this agent's calls through the PBX API: a call they left in wrap-up is closed first. */
    private static void addStep(Browser browser, String title, String text) {
        browser.type(By.id("tabs:steps:title"), title);
        browser.waitFor(By.cssSelector("#tabs\\:steps\\:body .ql-editor")).sendKeys(text);
        browser.click("tabs:steps:saveStep");
        browser.waitForText(By.id("tabs:steps:table"), title);
    }

    private static void answer(Browser browser, String label) {
        browser.waitFor(By.xpath("//div[@id='outbound:scriptButtons']//button[normalize-space(.)='" + label + "']")).click();
        browser.waitForAjax();
    }
}
