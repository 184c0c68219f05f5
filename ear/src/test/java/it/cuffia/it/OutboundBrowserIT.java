package it.cuffia.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
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
        String csv = "Nome;Cognome;Telefono;Email;Città;Provincia;Consenso marketing\n"
                + "Anna;Verdi;347 555 0101;anna.verdi@example.it;Forlì;FC;sì\n"       // 2 imported
                + "Bruno;Neri;12345;;Roma;RM;sì\n"                                      // 3 phone does not exist
                + "Ciro;;347 555 0103;;Napoli;NA;no\n"                                  // 4 surname missing
                + "Carla;Blu;+39 347 555 0101;;Torino;TO;sì\n"                          // 5 duplicate of line 2
                + "Dario;Rosa;347 555 0105;dario@@example;Bari;BA;sì\n"                 // 6 bad e-mail
                + "Elena;Viola;" + existing + ";;Milano;MI;sì\n"                        // 7 linked to the existing customer
                + "Franco;Gialli;347 555 0107;;Forlì;FC;forse\n";                        // 8 consent neither yes nor no
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
            browser.screenshot("admin-lead-import-mapping");
            browser.driver.findElement(By.id("tabs:mapping:start")).click();
            browser.waitForAjax();
            new WebDriverWait(browser.driver, Duration.ofSeconds(60))
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("tabs:imports:table"), "Completata"));
            browser.driver.findElement(By.id("tabs:imports:table:0:report")).click();

            browser.waitForText(By.id("report:rejected"), "5");
            assertEquals("7", browser.driver.findElement(By.id("report:total")).getText());
            assertEquals("1", browser.driver.findElement(By.id("report:imported")).getText());
            assertEquals("1", browser.driver.findElement(By.id("report:merged")).getText());
            String report = browser.driver.findElement(By.id("report:issues")).getText();
            assertTrue(report.contains("3 Scartata Il numero \"12345\" non esiste."), report);
            assertTrue(report.contains("4 Scartata Manca Cognome."), report);
            assertTrue(report.contains("5 Scartata Il numero +39 347 555 0101 è già alla riga 2 di questo file."), report);
            assertTrue(report.contains("6 Scartata L'e-mail \"dario@@example\" non è valida."), report);
            assertTrue(report.contains("7 Collegata Collegato al cliente esistente"), report);
            assertTrue(report.contains("8 Scartata Consenso marketing: \"forse\" non è né sì né no."), report);
            browser.screenshot("admin-lead-import-report-it");

            browser.switchLanguage("en"); // stays on this report: the page keeps its parameters
            browser.waitForText(By.id("report:issues"), "does not exist");
            assertTrue(browser.pageText().contains("Last name is missing."));
            browser.screenshot("admin-lead-import-report-en");
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
            choose(browser, "Non risponde");
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
