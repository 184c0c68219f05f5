package it.cuffia.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.commons.csv.CSVFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Outbound as people do it: an admin imports a lead list with bad rows; an agent works leads and a callback. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OutboundBrowserIT {

    private static final String CAMPAIGN = "Fibra inverno 2026";
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void anAdminImportsALeadListWithBadRowsAndReadsTheReport() throws Exception {
        // a customer the client already has, and who is not yet a lead: the import links, never copies
        long aurora = Cti.json(ConsoleClient.api("GET", "customers?size=1", Demo.AGENT_AURORA, Demo.PASSWORD, null, "it"))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("clientId").longValue();
        String existing = "347 555 0177";
        assertEquals(201, ConsoleClient.api("POST", "customers", Demo.AGENT_AURORA, Demo.PASSWORD,
                "{\"clientId\":" + aurora + ",\"firstName\":\"Elena\",\"lastName\":\"Viola\",\"phone\":\"" + existing + "\"}", "it")
                .statusCode());
        String notes = "Richiamare; \"dopo le 18\"\nscala B";
        String csv = "Nome;Cognome;Telefono;Email;Città;Provincia;Consenso marketing;Note\n"
                + "Anna;Verdi;347 555 0101;anna.verdi@example.it;Forlì;FC;sì;\"Richiamare; \"\"dopo le 18\"\"\nscala B\"\n" // 2-3 imported
                + "Bruno;Neri;12345;;Roma;RM;sì;\n"                                      // 4 phone does not exist
                + "Ciro;;347 555 0103;;Napoli;NA;no;\n"                                  // 5 surname missing
                + "Carla;Blu;+39 347 555 0101;;Torino;TO;sì;\n"                          // 6 duplicate of line 2
                + "\n"                                                                   // 7 blank: skipped
                + "Dario;Rosa;347 555 0105;dario@@example;Bari;BA;sì;\n"                 // 8 bad e-mail
                + "Elena;Viola;" + existing + ";;Milano;MI;sì;\n"                        // 9 linked to the existing customer
                + "Franco;Gialli;347 555 0107;;Forlì;FC;forse;\n"                        // 10 consent neither yes nor no
                + "Gina;Lilla;347 555 0108;;Pisa;PI;sì;;in più\n"                        // 11 one field too many
                + "Ivo;Grigi;347 555 0109\n"                                             // 12 too few
                + "Lia;Ocra;347 555 0113;;Siena;SI;no;\n";                               // 13 imported without the consent
        Path file = Files.createTempFile("contatti-", ".csv");
        Files.write(file, ("\uFEFF" + csv).getBytes(StandardCharsets.UTF_8));

        try (Browser browser = new Browser()) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            browser.open("admin/campaigns.xhtml");
            browser.waitFor(By.linkText(CAMPAIGN)).click();
            browser.waitFor(By.xpath("//a[normalize-space(.)='Importa contatti']")).click();
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tabs\\:upload input[type=file]")))
                    .sendKeys(file.toString());
            browser.waitForText(By.id("tabs:mapping"), "Prima riga");
            assertTrue(browser.pageText().contains("Forlì"), "the sample row is read as UTF-8");
            String columns = browser.driver.findElement(By.id("tabs:mapping:columns")).getText();
            assertTrue(columns.contains("8. Note") && columns.contains("→ Note"), columns);
            assertTrue(columns.contains("7. Consenso marketing") && columns.contains("→ Consenso marketing"), columns);
            browser.screenshot("admin-lead-import-mapping");
            // the campaign requires marketing consent: the mapping warns while no column carries it
            assertTrue(browser.driver.findElements(By.id("tabs:mapping:consentUnmappedWarning")).isEmpty(), "the consent is mapped");
            browser.selectOne("tabs:mapping:fields:10:column", "—");
            browser.waitForText(By.id("tabs:mapping:consentUnmapped"),
                    "Questa campagna richiede il consenso Marketing e nessuna colonna del file è associata al suo campo di consenso");
            browser.screenshot("admin-lead-import-mapping-no-consent-it");
            browser.selectOne("tabs:mapping:fields:10:column", "7. Consenso marketing");
            browser.wait.until(d -> d.findElements(By.id("tabs:mapping:consentUnmappedWarning")).isEmpty());
            ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                    browser.driver.findElement(By.id("tabs:mapping:columns")));
            browser.screenshot("admin-lead-import-columns");
            browser.driver.findElement(By.id("tabs:mapping:start")).click();
            browser.waitForAjax();
            new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                    // the newest import comes first; other tests may have imported into this campaign too
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.xpath("//tbody[@id='tabs:imports:table_data']/tr[1]"),
                            "Completata"));
            assertTrue(browser.driver.findElement(By.xpath("//tbody[@id='tabs:imports:table_data']/tr[1]")).getText()
                    .startsWith(file.getFileName().toString()));
            browser.driver.findElement(By.id("tabs:imports:table:0:report")).click();

            browser.waitForText(By.id("report:rejected"), "7");
            assertEquals("11", browser.driver.findElement(By.id("report:total")).getText(), "every record of the file, the blank one too");
            assertEquals("2", browser.driver.findElement(By.id("report:imported")).getText());
            assertEquals("1", browser.driver.findElement(By.id("report:merged")).getText());
            assertEquals("1", browser.driver.findElement(By.id("report:skipped")).getText());
            String report = browser.driver.findElement(By.id("report:issues")).getText();
            assertTrue(report.contains("2 Importata Importato come nuovo cliente Anna Verdi"), report);
            assertTrue(report.contains("4 Scartata Il numero \"12345\" non esiste."), report);
            assertTrue(report.contains("5 Scartata Manca Cognome."), report);
            assertTrue(report.contains("6 Scartata Il numero +39 347 555 0101 è già alla riga 2 di questo file."), report);
            assertTrue(report.contains("7 Saltata Riga vuota: saltata."), report);
            assertTrue(report.contains("8 Scartata L'e-mail \"dario@@example\" non è valida."), report);
            assertTrue(report.contains("9 Collegata Collegato al cliente esistente"), report);
            assertTrue(report.contains("10 Scartata Consenso marketing: \"forse\" non è né sì né no."), report);
            assertTrue(report.contains("11 Scartata Campi: 9 nella riga, 8 nell'intestazione"), report);
            assertTrue(report.contains("12 Scartata Campi: 3 nella riga, 8 nell'intestazione"), report);
            assertTrue(report.contains("13 Importata Importato come nuovo cliente Lia Ocra"), report);
            assertEquals("1", browser.driver.findElement(By.id("report:withoutConsent")).getText(), "Lia Ocra said no");
            assertTrue(browser.driver.findElement(By.id("summary")).getText().contains("senza il consenso Marketing in vigore"));
            browser.screenshot("admin-lead-import-report-it");

            // the API's report is the screen's: the same lines, results and reasons, and the same CSV file
            String importId = browser.driver.getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1");
            assertSameReport(report, importId, "it");
            JsonObject first = Cti.json(ConsoleClient.api("GET", "outbound/imports/" + importId + "/lines?size=1", Demo.ADMIN,
                    Demo.PASSWORD, null, "it")).getJsonArray("items").getJsonObject(0);
            assertTrue(first.getString("record").endsWith(";\"Richiamare; \"\"dopo le 18\"\"\nscala B\""), first.toString());
            assertTrue(CSVFormat.DEFAULT.builder().setDelimiter(';').get().parse(new java.io.StringReader(first.getString("record")))
                    .getRecords().get(0).get(7).equals(notes), "the note, byte for byte");
            Download download = Download.of(browser, "report", "report:download");
            assertEquals(200, download.status());
            assertEquals(download.text(), reportCsv(importId, "it"), "the screen's download is the API's CSV");

            browser.switchLanguage("en"); // stays on this report: the page keeps its parameters
            browser.waitForText(By.id("report:issues"), "does not exist");
            assertTrue(browser.pageText().contains("Last name is missing."));
            assertTrue(browser.driver.findElement(By.id("summary")).getText().contains("without Marketing consent in force"));
            assertSameReport(browser.driver.findElement(By.id("report:issues")).getText(), importId, "en");
            assertEquals(Download.of(browser, "report", "report:download").text(), reportCsv(importId, "en"));
            browser.screenshot("admin-lead-import-report-en");
        }
    }

    /** Each line of the API's report, as the screen's table writes it: line, result, reason. */
    private static void assertSameReport(String screen, String importId, String language) {
        JsonObject page = Cti.json(ConsoleClient.api("GET", "outbound/imports/" + importId + "/lines?size=50", Demo.ADMIN,
                Demo.PASSWORD, null, language));
        assertEquals(11, page.getInt("total"));
        for (JsonValue item : page.getJsonArray("items")) {
            JsonObject line = item.asJsonObject();
            String row = line.getInt("line") + " " + line.getString("kindText") + " " + line.getString("reason");
            assertTrue(screen.contains(row), row + " is not on the screen:\n" + screen);
        }
    }

    private static String reportCsv(String importId, String language) {
        try {
            HttpResponse<byte[]> csv = HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(
                            URI.create(Demo.BASE_URL + "api/outbound/imports/" + importId + "/lines"))
                    .header("Accept", "text/csv").header("Accept-Language", language)
                    .header("Authorization", "Basic " + Base64.getEncoder()
                            .encodeToString((Demo.ADMIN + ":" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, csv.statusCode());
            return new String(csv.body(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aStartedCampaignShowsItsPurposeReadOnlyAndEachLeadsRegisterState() {
        try (Browser browser = new Browser()) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            for (String language : java.util.List.of("it", "en")) {
                browser.open("admin/campaigns.xhtml");
                if (language.equals("en")) {
                    browser.switchLanguage("en");
                }
                browser.waitFor(By.xpath("//tr[.//a[normalize-space(.)='" + CAMPAIGN + "']]//button[.//span[contains(@class,'pi-pencil')]]"))
                        .click();
                browser.waitFor(By.id("campaignForm:purposeFixed"));
                for (String fixed : java.util.List.of("type", "purpose", "commercial")) {
                    String classes = browser.driver.findElement(By.id("campaignForm:tabs:" + fixed)).getAttribute("class");
                    assertTrue(classes.contains("ui-state-disabled") || browser.driver.findElement(By.id("campaignForm:tabs:" + fixed))
                            .findElements(By.cssSelector(".ui-state-disabled")).size() > 0, fixed + " is read-only: " + classes);
                }
                assertTrue(browser.pageText().contains(language.equals("it") ? "tipo, finalità, consenso richiesto e profilo legale non si possono più cambiare"
                        : "its type, purpose, required consent and legal profile can no longer change"), browser.pageText());
                browser.screenshot("admin-campaign-started-" + language);
                // saved unchanged: the message shows, and the server log has no JSF1095 (ServerLogGuard)
                browser.click("campaignForm:save");
                browser.waitForText(By.id("growl_container"), language.equals("it") ? "Modifiche salvate" : "Changes saved");

                browser.open("admin/campaigns.xhtml");
                browser.waitFor(By.linkText(CAMPAIGN)).click();
                // the demo checked every lead of the campaign today: most are free, about one in ten registered
                browser.waitForText(By.id("tabs:leads:table"), language.equals("it") ? "Non iscritto" : "Not registered");
                browser.screenshot("admin-campaign-leads-rpo-" + language);
            }
            browser.switchLanguage("it");
        }
    }

    @Test
    void anAgentWorksThreeLeadsAndTheirDueCallbackComesFirst() {
        try (Browser browser = new Browser()) {
            browser.login("operatore04", Demo.PASSWORD);
            browser.open("agent/outbound.xhtml");

            String first = takeAndDial(browser);
            browser.screenshot("agent-outbound-lead-it");
            browser.click("outbound:save"); // no outcome yet
            browser.waitForText(By.id("outbound:messages"), "Scegli l'esito della chiamata.");
            choose(browser, "Non risponde");
            browser.waitForAjax();
            assertFalse(browser.driver.findElement(By.id("outbound:messages")).getText().contains("Scegli l'esito"),
                    "the message goes once an outcome is chosen");
            save(browser, "Non risponde registrato per " + first);

            String callback = takeAndDial(browser);
            browser.click("outbound:answered");
            LocalDateTime localNow = LocalDateTime.parse(browser.driver.findElement(By.id("outbound:leadLocalTime")).getText(), TYPED);
            choose(browser, "Da richiamare");
            browser.type(By.id("outbound:callbackAt_input"), localNow.plusMinutes(2).format(TYPED)).sendKeys(Keys.ESCAPE);
            save(browser, "Da richiamare registrato per " + callback);

            String buyer = takeAndDial(browser);
            browser.click("outbound:answered");
            choose(browser, "Vendita");
            browser.selectOneStartingWith(By.cssSelector("#outbound\\:sale .ui-selectonemenu"), "Fibra 1 Giga");
            browser.screenshot("agent-outbound-sale-it");
            save(browser, "Vendita registrato per " + buyer);

            // until the callback falls due (within two minutes), other leads come; from then on it comes first
            String[] next = new String[1];
            await().atMost(Duration.ofSeconds(150)).pollInterval(Duration.ofSeconds(5)).until(() -> {
                browser.click("outbound:next");
                next[0] = browser.waitFor(By.cssSelector("#outbound\\:leadCard .ui-card-title")).getText();
                if (!next[0].equals(callback)) {
                    browser.click("outbound:giveBack");
                }
                return next[0].equals(callback);
            });
            assertEquals(callback, next[0], "the due personal callback comes first");
            assertTrue(browser.pageText().contains("Richiamata scaduta"));
            browser.screenshot("agent-outbound-callback-it");
            browser.switchLanguage("en");
            browser.waitForText(By.id("outbound"), "Callback due");
            browser.screenshot("agent-outbound-callback-en");
        }
    }

    private static String takeAndDial(Browser browser) {
        browser.click("outbound:next");
        String name = browser.waitFor(By.cssSelector("#outbound\\:leadCard .ui-card-title")).getText();
        browser.click("outbound:dial");
        browser.waitFor(By.id("outbound:outcome"));
        return name;
    }

    private static void choose(Browser browser, String outcome) {
        browser.selectOne("outbound:outcome", outcome);
    }

    private static void save(Browser browser, String growl) {
        browser.click("outbound:save");
        browser.waitForText(By.id("growl_container"), growl);
        browser.waitFor(By.id("outbound:next"));
    }
}
