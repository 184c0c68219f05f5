package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
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

/** Admin → Mailboxes as an admin uses it: a new mailbox, "Fetch now", a message that became a ticket and one that could not be read (IT/EN). */
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
            browser.waitForText(By.id("growl_container"), "2 messaggi letti, 1 nuovi ticket, 0 aggiunti a ticket, 0 già ricevuti, 1 non leggibili");
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
}
