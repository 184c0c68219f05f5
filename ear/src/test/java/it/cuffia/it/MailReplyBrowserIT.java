package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Issue 14, e-mail out, as people use it: an admin writes a client's text module (a placeholder the suite does
 * not know is refused); an agent answers a mail's ticket with it, by e-mail, with the customer's file (IT/EN).
 * The mail itself, its headers and its way back are {@link MailboxIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailReplyBrowserIT {

    private GreenMail mail;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @BeforeEach
    void startImap() {
        mail = new GreenMail(new ServerSetup(MailboxIT.IMAP_PORT, null, ServerSetup.PROTOCOL_IMAP));
        mail.start();
    }

    @AfterEach
    void stopImap() {
        mail.stop();
    }

    private static void scrollTo(Browser browser, By by) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", browser.waitFor(by));
    }

    @Test
    void anAdminWritesATextModuleAndAnAgentAnswersAMailWithItByMail() throws Exception {
        long aurora = MailboxIT.aurora();
        String login = "clienti" + UUID.randomUUID().toString().substring(0, 8);
        String address = login + "@aurora.example";
        GreenMailUser user = mail.setUser(address, login, "segreta");
        assertEquals(201, MailboxIT.admin("POST", "mailboxes", """
                {"clientId":%d,"address":"%s","protocol":"IMAP","host":"localhost","port":%d,"username":"%s","password":"segreta",
                 "pollEnabled":false}""".formatted(aurora, address, MailboxIT.IMAP_PORT, login)).statusCode());
        String customer = "giulia." + UUID.randomUUID().toString().substring(0, 6) + "@customer.example";
        String messageId = MailboxIT.id();
        MailboxIT.Box box = new MailboxIT.Box(0, address, user);
        user.deliver(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(
                MailboxIT.newMail(box, "Giulia Bianchi <" + customer + ">", "Fattura errata", messageId, "")
                        .replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
        long mailbox = Json.createReader(new StringReader(MailboxIT.admin("GET", "mailboxes", null).body())).readArray()
                .getValuesAs(JsonObject.class).stream().filter(m -> m.getString("address").equals(address)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        MailboxIT.fetch(new MailboxIT.Box(mailbox, address, user));
        long ticket = MailboxIT.message(messageId).getJsonNumber("ticketId").longValue();
        String module = "Fattura corretta " + UUID.randomUUID().toString().substring(0, 4);

        try (Browser browser = new Browser(1366, 900, null)) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            browser.open("admin/reply-templates.xhtml"); // Canali → Testi predefiniti
            browser.selectOneStartingWith(By.id("templates:client"), "Telefonia Aurora");
            browser.waitForAjax();
            browser.click("templates:new");
            browser.type(By.id("templateForm:name"), module);
            browser.type(By.id("templateForm:body"), "Gentile {cliente.nome},\ngrazie.");
            browser.click("templateForm:save");
            browser.waitForText(By.id("templateForm:messages"), "Segnaposto sconosciuti: {cliente.nome}.");
            browser.screenshot("admin-reply-template-invalid-it");
            browser.type(By.id("templateForm:body"), "Gentile {customer.fullName},\nabbiamo corretto la fattura: la trova in allegato.\n{agent.fullName}");
            browser.click("templateForm:save");
            browser.waitForText(By.id("growl_container"), "salvato");
            browser.waitForText(By.id("templates:table"), module);
            browser.screenshot("admin-reply-templates-it");
            browser.switchLanguage("en");
            browser.selectOneStartingWith(By.id("templates:client"), "Telefonia Aurora");
            browser.waitForAjax();
            browser.waitForText(By.id("templates:table"), module);
            assertTrue(browser.pageText().contains("Placeholders (filled in from the ticket)"), browser.pageText());
            browser.screenshot("admin-reply-templates-en");
            browser.switchLanguage("it");
            browser.logout();

            browser.login(Demo.AGENT_AURORA, Demo.PASSWORD);
            browser.open("agent/ticket.xhtml?id=" + ticket);
            scrollTo(browser, By.id("notes:noteText"));
            browser.selectOne("notes:template", module);
            browser.wait.until(d -> d.findElement(By.id("notes:noteText")).getAttribute("value").startsWith("Gentile Giulia Bianchi,"));
            browser.waitForText(By.id("notes"), "Invia per e-mail a " + customer);
            browser.driver.findElement(By.cssSelector("#notes\\:noteEmail .ui-chkbox-box")).click();
            browser.waitForAjax();
            scrollTo(browser, By.id("notes:mailFiles"));
            browser.driver.findElement(By.xpath("//table[@id='notes:mailFiles']//label[normalize-space(.)='contratto.pdf']/..//div[contains(@class,'ui-chkbox-box')]"))
                    .click();
            browser.screenshot("agent-ticket-answer-by-mail-it");
            browser.click("notes:addNote");
            browser.waitForText(By.id("growl_container"), "Risposta accodata per l'invio a " + customer);
            browser.waitForText(By.id("notes"), "inviata per e-mail a " + customer);
            scrollTo(browser, By.id("notes"));
            browser.screenshot("agent-ticket-answered-by-mail-it");

            browser.switchLanguage("en");
            browser.waitForText(By.id("notes"), "sent by e-mail to " + customer);
            assertTrue(browser.pageText().contains("Send by e-mail to " + customer), browser.pageText());
            scrollTo(browser, By.id("notes"));
            browser.screenshot("agent-ticket-answered-by-mail-en");
            browser.switchLanguage("it");
        }

        JsonObject answer = Json.createReader(new StringReader(MailboxIT.notes(ticket))).readArray().getValuesAs(JsonObject.class).stream()
                .filter(n -> !n.isNull("emailedTo")).findFirst().orElseThrow();
        assertEquals(customer, answer.getString("emailedTo"));
        assertTrue(answer.getString("text").contains("Gentile Giulia Bianchi,\nabbiamo corretto la fattura"), answer.getString("text"));
        assertTrue(answer.getString("text").contains("Luca"), "the agent's name filled in: " + answer.getString("text"));
    }
}
