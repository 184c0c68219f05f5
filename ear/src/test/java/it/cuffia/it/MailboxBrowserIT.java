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
 * Admin → Mailboxes as an admin uses it: a new mailbox, "Fetch now", a message that became a ticket and one that could not be
 * read; a fax's pages; issue 14's e-mail out: an admin writes a client's text module (a placeholder the suite does not know
 * is refused), an agent answers a mail's ticket with it, by e-mail, with the customer's file (IT/EN). The mail itself, its
 * headers and its way back are {@link MailboxIT}'s.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MailboxBrowserIT {

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

    private static void deliver(GreenMailUser user, String raw) throws Exception {
        user.deliver(new MimeMessage(Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
    }

    /** A checkbox low in the scrolling dialog: brought above the dialog's button bar first. */
    private static void tick(Browser browser, String css) {
        org.openqa.selenium.WebElement box = browser.waitFor(By.cssSelector(css));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", box);
        box.click();
    }

    @Test
    void anAdminSetsUpAMailboxAndSeesWhatItFetched() throws Exception {
        String login = "posta" + UUID.randomUUID().toString().substring(0, 8);
        String address = login + "@aurora.example";
        GreenMailUser user = mail.setUser(address, login, "segreta");
        String client = Json.createReader(new StringReader(MailboxIT.admin("GET", "clients", null).body())).readArray()
                .getJsonObject(0).getString("name");
        deliver(user, """
                From: Paola Gallo <paola.gallo@customer.example>
                To: %s
                Subject: Cambio indirizzo di fatturazione
                Message-ID: <%s@customer.example>
                Content-Type: text/plain; charset=UTF-8

                Vorrei ricevere le fatture al nuovo indirizzo.
                """.formatted(address, UUID.randomUUID()));
        deliver(user, """
                From: guasto@customer.example
                To: %s
                Subject: Messaggio illeggibile
                Message-ID: <%s@customer.example>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="NEVER"

                nessun separatore
                """.formatted(address, UUID.randomUUID()));

        try (Browser browser = new Browser(1366, 768, null)) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            browser.open("admin/mailboxes.xhtml"); // Canali → Caselle di posta (the sweep follows the menu)
            browser.waitFor(By.id("mailboxes:new"));

            // a typing mistake is said in the dialog, nothing is saved
            browser.click("mailboxes:new");
            browser.waitFor(By.id("mailboxForm:address"));
            browser.selectOne("mailboxForm:client", client);
            browser.type(By.id("mailboxForm:address"), "non-un-indirizzo");
            browser.type(By.id("mailboxForm:host"), "localhost");
            browser.type(By.id("mailboxForm:username"), login);
            browser.click("mailboxForm:save");
            browser.waitForText(By.id("mailboxForm:messages"), "non-un-indirizzo non è un indirizzo e-mail valido");
            browser.screenshot("admin-mailbox-invalid-it");

            browser.type(By.id("mailboxForm:address"), address);
            browser.selectOne("mailboxForm:protocol", "IMAP senza cifratura");
            browser.type(By.id("mailboxForm:port_input"), String.valueOf(MailboxIT.IMAP_PORT));
            browser.type(By.id("mailboxForm:password"), "segreta");
            tick(browser, "#mailboxForm\\:poll .ui-chkbox-box"); // read only on demand in a test
            browser.waitForAjax();
            browser.click("mailboxForm:save");
            browser.waitForText(By.id("growl_container"), "Modifiche salvate");
            String row = "//tbody[@id='mailboxes:table_data']/tr[td[normalize-space(.)='" + address + "']]";
            browser.waitForText(By.xpath(row), "impostata");
            assertTrue(browser.driver.findElement(By.xpath(row)).getText().contains("solo manuale"));

            browser.driver.findElement(By.xpath(row + "//button[contains(@id,':fetch')]")).click();
            browser.waitForAjax();
            browser.waitForText(By.id("growl_container"), "2 messaggi letti, un nuovo ticket, nessuno aggiunto a ticket esistenti, nessuno già ricevuto, uno illeggibile");
            browser.waitForText(By.id("mailboxes:failed"), "Messaggio illeggibile");
            browser.waitForText(By.id("mailboxes:recent"), "Cambio indirizzo di fatturazione");
            String recent = browser.driver.findElement(By.id("mailboxes:recent")).getText();
            assertTrue(recent.contains("Nuovo ticket") && recent.contains("Inviata"), recent);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView();",
                    browser.driver.findElement(By.id("mailboxes:failed")));
            browser.screenshot("admin-mailboxes-it");

            // the password is never shown again: the dialog says it is set
            browser.driver.findElement(By.xpath(row + "//button[contains(@id,':edit')]")).click();
            browser.waitForAjax();
            assertTrue(browser.waitFor(By.id("mailboxForm:password")).getAttribute("value").isEmpty());
            assertTrue(browser.driver.findElement(By.id("mailboxForm:password")).getAttribute("placeholder").startsWith("impostata"));
            browser.screenshot("admin-mailbox-edit-it");

            browser.open("admin/mailboxes.xhtml");
            browser.switchLanguage("en");
            browser.waitForText(By.id("mailboxes:failed"), "Messaggio illeggibile");
            String page = browser.pageText();
            assertTrue(page.contains("Unreadable messages") && page.contains("New ticket") && page.contains("manual only"), page);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView();",
                    browser.driver.findElement(By.id("mailboxes:failed")));
            browser.screenshot("admin-mailboxes-lists-en");
            browser.driver.findElement(By.xpath(row + "//button[contains(@id,':edit')]")).click();
            browser.waitForAjax();
            assertTrue(browser.waitFor(By.id("mailboxForm:password")).getAttribute("placeholder").startsWith("set: type a new one"));
            browser.type(By.id("mailboxForm:host"), "bad host!");
            browser.click("mailboxForm:save");
            browser.waitForText(By.id("mailboxForm:messages"), "bad host! is not a valid host name");
            browser.screenshot("admin-mailboxes-en");
            browser.open("admin/mailboxes.xhtml");
            browser.switchLanguage("it");
        }
    }

    @Test
    void aSupervisorReadsTheFaxPagesOnItsTicket() throws Exception {
        long client = Cti.clientOf(Demo.SUPERVISOR);
        String login = "fax" + UUID.randomUUID().toString().substring(0, 8);
        String address = login + "@aurora.example";
        GreenMailUser user = mail.setUser(address, login, "segreta");
        java.net.http.HttpResponse<String> created = MailboxIT.admin("POST", "mailboxes", """
                {"clientId":%d,"address":"%s","protocol":"IMAP","host":"localhost","port":%d,"username":"%s","password":"segreta",
                 "faxGateway":true,"pollEnabled":false}""".formatted(client, address, MailboxIT.IMAP_PORT, login));
        MailboxIT.Box box = new MailboxIT.Box(Cti.json(created).getJsonNumber("id").longValue(), address, user);
        String messageId = MailboxIT.id();
        deliver(user, MailboxIT.newMail(box, "gateway@fax.example", "Fax from +39 06 4567890", messageId, ""));
        MailboxIT.fetch(box);
        long ticket = MailboxIT.message(messageId).getJsonNumber("ticketId").longValue();

        try (Browser browser = new Browser(1366, 768, null)) {
            browser.login(Demo.SUPERVISOR, Demo.PASSWORD);
            browser.open("supervisor/ticket.xhtml?id=" + ticket);
            browser.waitForText(By.cssSelector("[id$='faxPages']"), "Pagine del fax");
            org.openqa.selenium.WebElement page = browser.waitFor(By.cssSelector("img.fax-page"));
            browser.wait.until(d -> ((Number) ((org.openqa.selenium.JavascriptExecutor) d)
                    .executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", page)).intValue() > 0);
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView();",
                    browser.driver.findElement(By.cssSelector("[id$='faxPages']")));
            browser.screenshot("supervisor-fax-pages-it");
            browser.switchLanguage("en");
            browser.waitForText(By.cssSelector("[id$='faxPages']"), "Fax pages");
            browser.screenshot("supervisor-fax-pages-en");
            browser.switchLanguage("it");
        }
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
            browser.driver.findElement(By.xpath("//*[@id='notes:mailFiles']//label[normalize-space(.)='contratto.pdf']")).click();
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
