package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Issue 14 §5: the KPI page's Channels table as an admin and a supervisor read it, in Italian and in English: its
 * headers, a row per channel with its badge and the total, a month chosen and shown again. The figures themselves
 * are ChannelKpiIT's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ChannelKpiBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void theChannelsTableSpeaksTheReadersLanguage() throws IOException {
        openTicket("PHONE");
        openTicket("EMAIL");
        try (Browser browser = new Browser(1400, 1000, null)) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            browser.open("admin/kpis.xhtml");
            browser.type(By.id("channels:channelMonth"), "202603");
            browser.click("channels:showChannels");
            browser.waitForAjax();
            browser.waitForText(By.id("channels:channelTable"), "Tutti i clienti");
            assertEquals(List.of("Cliente", "Canale", "Aperti", "Con risposta", "Nei tempi", "Prima risposta media", "Mediana",
                    "90° percentile", "In attesa", "Scaduti", "Risposte ai sondaggi", "CSAT", "NPS"), headers(browser));
            assertChannelRows(browser, "Tutti i canali");
            assertTrue(browser.driver.findElements(By.xpath("//*[@id='channels:channelTable']//tbody/tr[not(contains(.,'Tutti i clienti'))]"
                    + "[.//*[contains(@class,'channel-EMAIL')]]")).size() >= 1, "a client's own e-mail row, the ticket just opened");
            scrollTo(browser, "channelsTitle");
            browser.screenshot("kpi-channels-it");

            Download csv = Download.of(browser, "channels", "channels:channelsCsv");
            assertEquals(200, csv.status());
            assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
            String text = csv.text().startsWith("\ufeff") ? csv.text().substring(1) : csv.text();
            List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
            assertEquals(List.of("Cliente", "Canale", "Aperti", "Con risposta", "Nei tempi (%)", "Prima risposta media", "Mediana",
                    "90° percentile", "In attesa", "Scaduti", "Risposte ai sondaggi", "CSAT", "NPS"), records.get(0).toList(),
                    "the unit of the share in its header");
            assertTrue(records.stream().anyMatch(r -> r.get(0).equals("Tutti i clienti") && r.get(1).equals("E-mail")),
                    "the channel's label, not its constant nor its icon: " + records);
            CSVRecord overall = records.get(records.size() - 1);
            assertEquals(List.of("Tutti i clienti", "Tutti i canali"), overall.toList().subList(0, 2));
            assertTrue(overall.get(2).matches("\\d+"), "a count: " + overall);

            browser.switchLanguage("en");
            browser.open("admin/kpis.xhtml");
            browser.waitForText(By.id("channels:channelTable"), "All clients");
            assertEquals(List.of("Client", "Channel", "Opened", "Answered", "On time", "Average first response", "Median",
                    "90th percentile", "Awaiting", "Past due", "Survey answers", "CSAT", "NPS"), headers(browser));
            assertChannelRows(browser, "All channels");
            assertTrue(browser.driver.findElement(By.id("channelsTitle")).getText().equals("Channels"));
            scrollTo(browser, "channelsTitle");
            browser.screenshot("kpi-channels-en");
            browser.switchLanguage("it");
        }
    }

    @Test
    void aSupervisorFindsTheTableOnTheirKpiPageAndABadMonthIsSaidInTheirLanguage() {
        try (Browser browser = new Browser(1400, 1000, null)) {
            browser.login(Demo.SUPERVISOR, Demo.PASSWORD);
            browser.open("supervisor/kpis.xhtml");
            browser.waitForText(By.id("channels:channelTable"), "Tutti i clienti");
            assertChannelRows(browser, "Tutti i canali");
            browser.type(By.id("channels:channelMonth"), "202613");
            browser.click("channels:showChannels");
            browser.waitForText(By.id("channels:channelMessages"), "Non è un mese: 2026-13");
            assertFalse(browser.driver.getCurrentUrl().contains("/error/"), browser.driver.getCurrentUrl());
            scrollTo(browser, "channelsTitle");
            browser.screenshot("kpi-channels-bad-month-it");
        }
    }

    /** A ticket of operatore01's client (Aurora), opened now by that channel through the API, so the month has figures. */
    private static void openTicket(String channel) {
        HttpResponse<String> customers = ConsoleClient.api("GET", "customers?size=1", Demo.AGENT_AURORA, Demo.PASSWORD, null, "it");
        assertEquals(200, customers.statusCode(), customers.body());
        long customerId = Json.createReader(new StringReader(customers.body())).readObject().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        String body = "{\"customerId\":" + customerId + ",\"category\":\"INFORMATION\",\"priority\":\"NORMAL\",\"channel\":\""
                + channel + "\",\"subject\":\"Canali " + channel + "\",\"description\":\"Dal test dei KPI per canale\"}";
        HttpResponse<String> created = ConsoleClient.api("POST", "tickets", Demo.AGENT_AURORA, Demo.PASSWORD, body, "it");
        assertEquals(201, created.statusCode(), created.body());
    }

    private static List<String> headers(Browser browser) {
        return browser.driver.findElements(By.cssSelector("#channels\\:channelTable thead th")).stream()
                .map(WebElement::getText).map(String::trim).filter(text -> !text.isEmpty()).toList();
    }

    /** Every channel has its total row with its badge, and the last row is the total of all. */
    private static void assertChannelRows(Browser browser, String allChannels) {
        for (String channel : List.of("PHONE", "EMAIL", "FAX", "WEB")) {
            assertFalse(browser.driver.findElements(By.cssSelector("#channels\\:channelTable tbody .channel-" + channel)).isEmpty(),
                    channel + "'s badge");
        }
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#channels\\:channelTable tbody tr"));
        assertTrue(rows.get(rows.size() - 1).getText().contains(allChannels), rows.get(rows.size() - 1).getText());
    }

    private static void scrollTo(Browser browser, String id) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView(true);", browser.driver.findElement(By.id(id)));
    }
}
