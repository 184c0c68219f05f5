package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The ticket lists as agents and supervisors use them: views, taking, reassigning; one message per error. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void anAgentSwitchesTheListViewsAndTakesAQueuedTicket() {
        JsonObject queued = queuedFrontLineTicket("Coda " + UUID.randomUUID());
        try (Browser browser = new Browser()) {
            browser.login(Demo.AGENT_AURORA, Demo.PASSWORD);
            browser.open("agent/tickets.xhtml");
            for (String view : List.of("In coda", "Tutti gli aperti", "SLA violati", "I miei", "In coda")) {
                browser.waitFor(By.xpath("//div[@id='tickets:view']//*[normalize-space(.)='" + view + "']")).click();
                browser.waitForAjax();
                assertFalse(browser.driver.getCurrentUrl().contains("/error/"), view + " → " + browser.driver.getCurrentUrl());
            }
            browser.filterTable("tickets:table", By.cssSelector("#tickets\\:table input.ui-column-filter"), queued.getString("subject"));
            browser.waitForAjax();
            browser.waitForText(By.id("tickets:total"), "Righe 1–1 su 1"); // the filter's count, beside the table
            WebElement take = browser.waitFor(By.xpath("//tr[contains(.,'" + queued.getString("subject") + "')]//button[contains(.,'Prendi in carico')]"));
            take.click();
            browser.waitForText(By.id("growl_container"), "Ticket " + queued.getJsonNumber("id") + " preso in carico");
            browser.screenshot("agent-ticket-taken-it");
        }
        JsonObject after = json(ConsoleClient.api("GET", "tickets/" + queued.getJsonNumber("id"), Demo.AGENT_AURORA, Demo.PASSWORD, null, "it"));
        assertEquals(Demo.AGENT_AURORA, after.getString("assignee"));
    }

    /** Another view of the list starts on its first page (it kept the page of the view before, found by a walk-through). */
    @Test
    void anotherViewStartsOnItsFirstPage() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<JsonObject> page = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) { // more than a page of the agent's open tickets, whatever the other tests left
            page.add(opened("Pagina " + tag + " " + i));
        }
        try (Browser browser = new Browser()) {
            browser.login(Demo.AGENT_AURORA, Demo.PASSWORD);
            browser.open("agent/tickets.xhtml");
            browser.waitFor(By.xpath("//div[@id='tickets:view']//*[normalize-space(.)='Tutti gli aperti']")).click();
            browser.waitForAjax();
            browser.waitFor(By.cssSelector("#tickets\\:table .ui-paginator-next:not(.ui-state-disabled)")).click();
            browser.waitForText(By.id("tickets:total"), "Righe 21–");
            for (String view : List.of("In coda", "Tutti gli aperti")) {
                browser.waitFor(By.xpath("//div[@id='tickets:view']//*[normalize-space(.)='" + view + "']")).click();
                browser.waitForAjax();
            }
            browser.waitForText(By.id("tickets:total"), "Righe 1–20 ");
        } finally {
            for (JsonObject ticket : page) { // resolved again, so that other tests' queues stay as they were
                HttpResponse<String> resolved = ConsoleClient.api("POST", "tickets/" + ticket.getJsonNumber("id") + "/transitions",
                        Demo.AGENT_AURORA, Demo.PASSWORD, "{\"action\":\"resolve\",\"version\":" + ticket.getJsonNumber("version")
                                + ",\"resolutionCode\":\"Pagine provate\"}", "it");
                assertEquals(200, resolved.statusCode(), resolved.body());
            }
        }
    }

    @Test
    void aSupervisorReassignsFromAListOfTheClientsAgents() {
        JsonObject queued = queuedFrontLineTicket("Riassegna " + UUID.randomUUID());
        String subject = queued.getString("subject");
        try (Browser browser = new Browser()) {
            browser.login(Demo.SUPERVISOR, Demo.PASSWORD);
            browser.open("supervisor/queues.xhtml");
            browser.filterTable("tickets:table", By.cssSelector("#tickets\\:table input.ui-column-filter"), subject);
            browser.waitForAjax();
            browser.waitForText(By.id("tickets:total"), "Righe 1–1 su 1");
            browser.waitFor(By.xpath("//tr[contains(.,'" + subject + "')]//button[@title='Riassegna']")).click();
            browser.waitForAjax();
            browser.selectOne("reassignForm:assignee", "Giulia Bianchi (operatore02)");
            browser.screenshot("supervisor-reassign-it");
            browser.click("reassignForm:save");
            browser.waitForText(By.xpath("//tr[contains(.,'" + subject + "')]"), "Giulia Bianchi"); // the tables name people, not accounts
        }
        JsonObject after = json(ConsoleClient.api("GET", "tickets/" + queued.getJsonNumber("id"), Demo.SUPERVISOR, Demo.PASSWORD, null, "it"));
        assertEquals("operatore02", after.getString("assignee"));
    }

    @Test
    void anAgentSeesAColleaguesAssignedTicketWithoutTakeButtonAndIsToldWhy() {
        JsonObject theirs = opened("Di un collega " + UUID.randomUUID());
        String subject = theirs.getString("subject");
        try (Browser browser = new Browser()) {
            browser.login("operatore02", Demo.PASSWORD);
            browser.open("agent/ticket.xhtml?id=" + theirs.getJsonNumber("id"));
            browser.waitForText(By.id("actions:assignedElsewhere"),
                    "Assegnato a Luca Rossi: per lavorarlo chiedi a un supervisore di riassegnarlo.");
            assertTrue(browser.driver.findElements(By.id("actions:take")).isEmpty(), "no take button");
            assertTrue(browser.driver.findElements(By.id("actions:resolve")).isEmpty(), "no actions a colleague's ticket would refuse");
            assertTrue(browser.driver.findElements(By.id("actions:escalate")).isEmpty());
            browser.screenshot("agent-colleagues-ticket-it");

            browser.open("agent/tickets.xhtml");
            browser.waitFor(By.xpath("//div[@id='tickets:view']//*[normalize-space(.)='Tutti gli aperti']")).click();
            browser.waitForAjax();
            browser.filterTable("tickets:table", By.cssSelector("#tickets\\:table input.ui-column-filter"), subject);
            browser.waitForAjax();
            assertTrue(browser.driver.findElements(By.xpath("//tr[contains(.,'" + subject + "')]//button[contains(.,'Prendi in carico')]")).isEmpty(),
                    "the list offers no take either");

            browser.switchLanguage("en");
            browser.open("agent/ticket.xhtml?id=" + theirs.getJsonNumber("id"));
            browser.waitForText(By.id("actions:assignedElsewhere"), "Assigned to Luca Rossi: to work on it, ask a supervisor to reassign it.");
            assertTrue(browser.driver.findElements(By.id("actions:take")).isEmpty());
            browser.screenshot("agent-colleagues-ticket-en");
            browser.switchLanguage("it");
        }
        JsonObject after = json(ConsoleClient.api("GET", "tickets/" + theirs.getJsonNumber("id"), Demo.AGENT_AURORA, Demo.PASSWORD, null, "it"));
        assertEquals(Demo.AGENT_AURORA, after.getString("assignee"));
    }

    @Test
    void anEscalationWithoutReasonSaysSoOnce() {
        JsonObject ticket = opened("Motivo " + UUID.randomUUID());
        try (Browser browser = new Browser()) {
            browser.login(Demo.AGENT_AURORA, Demo.PASSWORD);
            browser.open("agent/ticket.xhtml?id=" + ticket.getJsonNumber("id"));
            browser.click("actions:escalate");
            browser.waitForText(By.id("actions:messages"), "Indica il motivo.");
            String page = browser.pageText();
            assertEquals(1, page.split("Indica il motivo\\.", -1).length - 1, page);
        }
    }

    /**
     * A level-2 ticket escalates to level 3 with the menu as it opens (it showed level 2, disabled, and the form sent
     * no level: "Il livello 0 non esiste", found by a walk-through).
     */
    @Test
    void aSecondLevelTicketEscalatesToTheThirdWithTheMenuAsItOpens() {
        JsonObject ticket = opened("Terzo livello " + UUID.randomUUID());
        HttpResponse<String> second = ConsoleClient.api("POST", "tickets/" + ticket.getJsonNumber("id") + "/transitions", Demo.AGENT_AURORA,
                Demo.PASSWORD, "{\"action\":\"escalate\",\"version\":" + ticket.getJsonNumber("version")
                        + ",\"level\":2,\"reason\":\"Verifica in centrale\"}", "it");
        assertEquals(200, second.statusCode(), second.body());
        try (Browser browser = new Browser()) {
            browser.login(Demo.SUPERVISOR, Demo.PASSWORD);
            browser.open("supervisor/ticket.xhtml?id=" + ticket.getJsonNumber("id"));
            browser.waitFor(By.id("actions:take")).click();
            browser.waitForText(By.id("assignee"), "Marco Galli");
            browser.type(By.id("actions:reason"), "Serve il back office del committente");
            browser.click("actions:escalate");
            browser.waitForText(By.id("level"), "3");
            assertFalse(browser.pageText().contains("non esiste"), browser.pageText());
        }
    }

    /** A refused attachment is said once (the message showed three times, found by a walk-through). */
    @Test
    void aRefusedAttachmentIsSaidOnce() throws java.io.IOException {
        JsonObject ticket = opened("Allegato " + UUID.randomUUID());
        java.nio.file.Path program = java.nio.file.Files.createTempFile("setup", ".exe");
        java.nio.file.Files.write(program, "MZ not a document".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        try (Browser browser = new Browser()) {
            browser.login(Demo.AGENT_AURORA, Demo.PASSWORD);
            browser.open("agent/ticket.xhtml?id=" + ticket.getJsonNumber("id"));
            browser.driver.findElement(By.cssSelector("#attachments\\:upload input[type=file]")).sendKeys(program.toString());
            browser.waitForText(By.id("attachments:messages"), program.getFileName().toString());
            String messages = browser.driver.findElement(By.id("attachments:messages")).getText();
            assertEquals(1, messages.split(java.util.regex.Pattern.quote(program.getFileName().toString()), -1).length - 1, messages);
        } finally {
            java.nio.file.Files.deleteIfExists(program);
        }
    }

    /** A front-line ticket of Aurora that nobody works on: opened by an agent, handed back to the queue. */
    private static JsonObject queuedFrontLineTicket(String subject) {
        JsonObject ticket = opened(subject);
        HttpResponse<String> back = ConsoleClient.api("POST", "tickets/" + ticket.getJsonNumber("id") + "/transitions", Demo.SUPERVISOR,
                Demo.PASSWORD, "{\"action\":\"assign\",\"version\":" + ticket.getJsonNumber("version") + ",\"assignee\":null}", "it");
        assertEquals(200, back.statusCode(), back.body());
        JsonObject queued = json(back);
        assertTrue(!queued.containsKey("assignee") || queued.isNull("assignee"), "back in the queue: " + queued);
        return queued;
    }

    private static JsonObject opened(String subject) {
        JsonObject customers = json(ConsoleClient.api("GET", "customers?size=1", Demo.AGENT_AURORA, Demo.PASSWORD, null, "it"));
        long customerId = customers.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        String body = "{\"customerId\":" + customerId + ",\"category\":\"TECHNICAL_SUPPORT\",\"priority\":\"LOW\","
                + "\"channel\":\"PHONE\",\"subject\":\"" + subject + "\",\"description\":\"Dal test dei ticket\"}";
        HttpResponse<String> created = ConsoleClient.api("POST", "tickets", Demo.AGENT_AURORA, Demo.PASSWORD, body, "it");
        assertEquals(201, created.statusCode(), created.body());
        return json(created);
    }

    private static JsonObject json(HttpResponse<String> response) {
        assertTrue(response.statusCode() < 300, response.body());
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
