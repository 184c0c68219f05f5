package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A person fills in a client's public web form in a browser, in Italian or English (the form's own language link),
 * attaches a file, accepts the privacy notice and reads the ticket number; a supervisor finds the Web ticket in the
 * queues, with its channel.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebFormBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    /** A visitor's browser in English gets the form in English without the EN link (it came in Italian, found by a walk-through). */
    @Test
    void theFormSpeaksTheBrowsersLanguageUnlessTheAddressNamesOne() {
        String key = WebFormClient.enabledFormOf("AURORA");
        try (Browser browser = new Browser("en-US")) {
            browser.open("form.xhtml?k=" + key);
            browser.waitForText(By.cssSelector("main h1"), "Write to us");
            // the message's length against its limit: a longer text pasted is cut by the browser, not silently
            browser.type(By.id("webform:message"), "Hello");
            browser.waitForText(By.id("webform:messageCounter"), "5 of 4000 characters");
            browser.open("form.xhtml?k=" + key + "&lang=it");
            browser.waitForText(By.cssSelector("main h1"), "Scrivici");
        }
    }

    /** A text pasted into a field longer than it takes is cut by the browser: the person is told so, in their language. */
    @Test
    void aPastedTextCutToTheFieldsLengthIsSaidNextToTheField() {
        String key = WebFormClient.enabledFormOf("AURORA");
        try (Browser browser = new Browser("en-US")) {
            browser.open("form.xhtml?k=" + key);
            browser.waitForText(By.cssSelector("main h1"), "Write to us");
            paste(browser, "webform:subject", "x".repeat(250));
            browser.waitForText(By.cssSelector("#webform\\:subject + .cuffia-cut-note"),
                    "This field takes at most 200 characters: the pasted text was cut short.");
            browser.screenshot("webform-en-paste-cut");
            browser.type(By.id("webform:subject"), "Router");
            assertTrue(browser.driver.findElements(By.cssSelector(".cuffia-cut-note")).isEmpty(), "the note goes once the field is edited");
            paste(browser, "webform:subject", "Il router si spegne");
            assertTrue(browser.driver.findElements(By.cssSelector(".cuffia-cut-note")).isEmpty(), "a text that fits says nothing");

            browser.open("form.xhtml?k=" + key + "&lang=it");
            browser.waitForText(By.cssSelector("main h1"), "Scrivici");
            paste(browser, "webform:lastName", "D".repeat(81));
            browser.waitForText(By.cssSelector("#webform\\:lastName + .cuffia-cut-note"),
                    "Il campo accetta al massimo 80 caratteri: il testo incollato è stato accorciato.");
            browser.screenshot("webform-it-paste-cut");
        }
    }

    /** A paste as the browser reports it to the page (the clipboard of a headless browser is not the test's to fill). */
    private static void paste(Browser browser, String id, String text) {
        ((JavascriptExecutor) browser.driver).executeScript("var field = document.getElementById(arguments[0]); field.focus();"
                + " var data = new DataTransfer(); data.setData('text/plain', arguments[1]);"
                + " field.dispatchEvent(new ClipboardEvent('paste', {clipboardData: data, bubbles: true, cancelable: true}));", id, text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "it|Assistenza tecnica|Grazie, abbiamo ricevuto la tua richiesta.|Canale|Web|nei tempi",
            "en|Technical support|Thank you, we have received your request.|Channel|Web|on track"})
    void aPersonWritesThroughTheFormAndASupervisorSeesTheWebTicketInTheQueue(String language, String category, String thanks,
                                                                             String channelHeader, String channel, String onTrack)
            throws Exception {
        String key = WebFormClient.enabledFormOf("AURORA");
        String subject = "Modulo " + language + " " + UUID.randomUUID().toString().substring(0, 8);
        Path photo = Files.createTempFile("contratto", ".txt");
        Files.writeString(photo, "Numero contratto 4455", StandardCharsets.UTF_8);
        try (Browser browser = new Browser(1366, 900, null)) {
            browser.open("form.xhtml?k=" + key);
            browser.waitForText(By.cssSelector("main h1"), "Scrivici");
            if (language.equals("en")) {
                browser.driver.findElement(By.id("lang-en")).click();
                browser.waitForText(By.cssSelector("main h1"), "Write to us");
            }
            browser.type(By.id("webform:firstName"), "Marta");
            browser.type(By.id("webform:lastName"), "D'Angelo");
            browser.type(By.id("webform:email"), "marta." + UUID.randomUUID().toString().substring(0, 8) + "@example.it");
            browser.type(By.id("webform:phone"), "+39 333 765 4321");
            browser.selectOne("webform:category", category);
            browser.type(By.id("webform:subject"), subject);
            browser.type(By.id("webform:message"), "Il router si spegne ogni sera alle nove.");
            browser.driver.findElement(By.id("webform:files")).sendKeys(photo.toAbsolutePath().toString());
            browser.driver.findElement(By.cssSelector("#webform\\:privacy .ui-chkbox-box")).click();
            browser.screenshot("webform-" + language + "-filled");
            // a person takes more than the form's minimum fill time; the test does not wait for it: it sends the
            // stamp of a form served a minute ago (signed by the server, as the page's own stamp is)
            ((JavascriptExecutor) browser.driver).executeScript("document.getElementById('webform:stamp').value = arguments[0];",
                    WebFormClient.stampServedSecondsAgo(key, 60));
            browser.driver.findElement(By.id("webform:send")).click();
            browser.waitForText(By.id("thanks"), thanks);
            String number = browser.waitFor(By.id("ticketNumber")).getText();
            assertTrue(number.matches("\\d+"), number);
            browser.screenshot("webform-" + language + "-thanks");

            browser.login(Demo.SUPERVISOR, Demo.PASSWORD);
            browser.switchLanguage(language);
            browser.open("supervisor/queues.xhtml");
            browser.filterTable("tickets:table", By.cssSelector("#tickets\\:table input.ui-column-filter"), subject);
            String row = browser.waitFor(By.xpath("//tr[contains(.,'" + subject + "')]")).getText();
            assertTrue(row.contains(number), row);
            assertTrue(row.contains(channel), row);
            assertTrue(row.contains(category), row);
            assertTrue(browser.driver.findElement(By.id("tickets:table")).getText().contains(channelHeader));
            assertEquals(1, browser.driver.findElements(By.xpath("//tr[contains(.,'" + subject + "')]//i[contains(@class,'pi-globe')]")).size(),
                    "the Web channel's icon");
            browser.screenshot("webform-" + language + "-queue");
            // nobody has answered the person yet: the first response is still to come, in time
            browser.open("supervisor/ticket.xhtml?id=" + number);
            browser.waitForText(By.id("firstResponseSla"), onTrack);
            browser.screenshot("webform-" + language + "-ticket");
            browser.switchLanguage("it");
        } finally {
            Files.deleteIfExists(photo);
        }
    }
}
