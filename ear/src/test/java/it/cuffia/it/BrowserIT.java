package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;

/** The consoles as people use them, in headless Chromium, in Italian and English. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @ParameterizedTest
    @CsvSource({
            "operatore02,agent/index.xhtml,Console operatore,Agent console",
            "supervisore2,supervisor/index.xhtml,Supervisione team,Team supervision",
            "commerciale2,sales/index.xhtml,Area commerciale,Sales area",
            "admin,admin/index.xhtml,Amministrazione,Administration"})
    void eachRoleLandsOnItsHomeInItalianAndEnglishAndTheChoiceIsRemembered(
            String user, String home, String italianTitle, String englishTitle) {
        try (Browser browser = new Browser()) {
            browser.login(user, Demo.PASSWORD);
            assertTrue(browser.driver.getCurrentUrl().endsWith(home), browser.driver.getCurrentUrl());
            assertTrue(browser.pageText().contains(italianTitle), "Italian by default");
            assertTrue(browser.pageText().contains("Benvenuto"));
            browser.screenshot(user + "-it");

            browser.switchLanguage("en");
            assertTrue(browser.pageText().contains(englishTitle), browser.pageText());
            assertTrue(browser.pageText().contains("Welcome"));
            browser.screenshot(user + "-en");

            browser.logout();
            assertTrue(browser.pageText().contains("You are logged out"), "the login page keeps the language");
            browser.loginInOwnLanguage(user, Demo.PASSWORD);
            assertTrue(browser.pageText().contains(englishTitle), "the user's language is remembered");

            browser.switchLanguage("it");
            assertTrue(browser.pageText().contains(italianTitle));
        }
    }

    @Test
    void anAdminCreatesAnAgentWhoThenLogsIn() {
        String username = "op" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser()) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            // in English, where the salary is typed with English separators (the field once kept the Italian ones:
            // "1,234.56" was stored as 1.23)
            browser.switchLanguage("en");
            browser.open("admin/users.xhtml");
            browser.driver.findElement(By.id("users:new")).click();
            browser.type(By.id("userForm:username"), username);
            browser.type(By.id("userForm:firstName"), "Gaia");
            browser.type(By.id("userForm:lastName"), "Nuovi");
            browser.type(By.id("userForm:email"), username + "@cuffia.example");
            browser.type(By.id("userForm:password"), "password-nuova-1");
            browser.tick("userForm:clients", "Telefonia Aurora");
            browser.driver.findElement(By.id("userForm:email")).click();
            browser.type(By.id("userForm:salary_input"), "1,234.56");
            browser.screenshot("admin-new-agent-en");
            browser.driver.findElement(By.id("userForm:save")).click();
            browser.waitForAjax();
            // other tests add users too: find the new one with the username filter, as an admin would
            // one filter request, waited for: the new user is on the first page already, and an edit clicked there
            // while the filter's request was pending opened an empty dialog (PostgreSQL, once)
            browser.filterTable("users:table", By.cssSelector("#users\\:table thead th:first-child input.ui-column-filter"), username);
            browser.screenshot("admin-users");
            browser.switchLanguage("it");
            browser.logout();

            browser.login(username, "password-nuova-1");
            assertTrue(browser.driver.getCurrentUrl().endsWith("agent/index.xhtml"), browser.driver.getCurrentUrl());
            browser.waitForText(By.id("my-clients"), "Telefonia Aurora");
            assertTrue(browser.pageText().contains("Tempo pieno"), "the contract the admin gave: " + browser.pageText());
            assertTrue(browser.pageText().contains("1.234,56"), "with the salary typed in English: " + browser.pageText());
        }
    }

    /** The status column filters by a choice in the user's language (a typed "attivo" was read as "not active"). */
    @Test
    void anAdminFiltersUsersAndClientsByStatus() {
        try (Browser browser = new Browser()) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            for (String screen : List.of("users", "clients")) {
                browser.open("admin/" + screen + ".xhtml");
                By status = By.cssSelector("#" + screen + "\\:table thead .ui-custom-filter");
                browser.selectOneStartingWith(status, "Attivo");
                List<String> active = statuses(browser, screen);
                assertFalse(active.isEmpty(), screen);
                assertTrue(active.stream().allMatch("Attivo"::equals), screen + ": " + active);
                browser.selectOneStartingWith(status, "Disattivato");
                assertTrue(statuses(browser, screen).stream().allMatch("Disattivato"::equals), screen + ": " + statuses(browser, screen));
                browser.screenshot("admin-" + screen + "-inactive");
                browser.selectOneStartingWith(status, "Tutti");
                assertTrue(statuses(browser, screen).containsAll(active.subList(0, 1)), screen);
            }
            browser.switchLanguage("en");
            browser.open("admin/users.xhtml");
            browser.selectOneStartingWith(By.cssSelector("#users\\:table thead .ui-custom-filter"), "Active");
            assertTrue(statuses(browser, "users").stream().allMatch("Active"::equals), statuses(browser, "users").toString());
            browser.switchLanguage("it");
        }
    }

    /**
     * A row's button clicked while the table is being redrawn does nothing (the server finds a row by its place, and
     * the place held another user once the filtered rows came: the edit opened someone else, a deactivation would have
     * struck them); clicked again on the rows as redrawn, it acts on the row clicked.
     */
    @Test
    void aRowClickedWhileItsTableIsRedrawnActsOnNoOtherRow() {
        try (Browser browser = new Browser()) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            browser.open("admin/users.xhtml");
            JavascriptExecutor js = (JavascriptExecutor) browser.driver;
            // a person filtering and, before the filtered rows arrive, pressing Edit on the third row as shown
            String clicked = (String) js.executeScript("var input = document.querySelector('#users\\\\:table thead th:first-child input.ui-column-filter');"
                    + " input.value = 'commerciale'; PF('usersTable').filter();"
                    + " var row = document.querySelectorAll('#users\\\\:table tbody tr[data-ri]')[2];"
                    + " row.querySelector('button[title]').click(); return row.querySelector('td').innerText.trim();");
            browser.waitForAjax();
            assertFalse(clicked.startsWith("commerciale"), "the row clicked is not one of the filtered rows: " + clicked);
            assertEquals(Boolean.FALSE, js.executeScript("return PF('userDialog').isVisible();"),
                    "no dialog opened for the row now in that place: " + browser.pageText());
            browser.screenshot("admin-users-click-while-redrawn");
            WebElement third = browser.driver.findElements(By.cssSelector("#users\\:table tbody tr[data-ri]")).get(2);
            String shown = third.findElement(By.tagName("td")).getText().trim();
            third.findElement(By.cssSelector("button[title]")).click();
            browser.waitForAjax();
            browser.waitForText(By.id("userDialog"), shown);
        }
    }

    /** The status cell of every row shown (none when the table is empty). */
    private static List<String> statuses(Browser browser, String screen) {
        return browser.driver.findElements(By.cssSelector("#" + screen + "\\:table tbody tr[data-ri]")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .map(cells -> cells.get(cells.size() - 2).getText().trim()).toList();
    }

    /** A contract typed in an agent's dialog and kept with the dialog's Save (it was dropped without a word). */
    @Test
    void aContractTypedInAnAgentsDialogIsSavedWithTheDialog() {
        String username = "op" + UUID.randomUUID().toString().substring(0, 8);
        try (Browser browser = new Browser()) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            browser.open("admin/users.xhtml");
            browser.driver.findElement(By.id("users:new")).click();
            browser.type(By.id("userForm:username"), username);
            browser.type(By.id("userForm:firstName"), "Sara");
            browser.type(By.id("userForm:lastName"), "Contratti");
            browser.type(By.id("userForm:password"), "password-nuova-1");
            browser.click("userForm:save"); // no salary typed: an agent with no contract yet
            // one filter request, waited for: the new user is on the first page already, and an edit clicked there
            // while the filter's request was pending opened an empty dialog (PostgreSQL, once)
            browser.filterTable("users:table", By.cssSelector("#users\\:table thead th:first-child input.ui-column-filter"), username);

            By edit = By.xpath("//tbody[@id='users:table_data']/tr[td[normalize-space(.)='" + username + "']]//button[@title='Modifica']");
            browser.waitFor(edit).click();
            browser.waitFor(By.id("userForm:salary_input"));
            browser.type(By.id("userForm:salary_input"), "1.100,00");
            browser.screenshot("admin-agent-contract-typed");
            browser.click("userForm:save");
            browser.waitForText(By.cssSelector(".ui-growl"), "Modifiche salvate");

            browser.waitFor(edit).click();
            browser.waitForText(By.id("userForm"), "1.100,00");
            assertTrue(browser.driver.findElement(By.id("userForm")).getText().contains("Tempo pieno"), "the contract is kept");
            browser.screenshot("admin-agent-contract-saved");
        }
    }

    /** A sales person's client is shown, not offered for a change the save would not make (it said "saved" and kept it). */
    @Test
    void aSalesPersonsClientIsShownAsFixed() {
        try (Browser browser = new Browser()) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            browser.open("admin/users.xhtml");
            browser.filterTable("users:table", By.cssSelector("#users\\:table thead th:first-child input.ui-column-filter"), "commerciale3");
            browser.waitFor(By.xpath("//tbody[@id='users:table_data']/tr[td[normalize-space(.)='commerciale3']]//button[@title='Modifica']"))
                    .click();
            browser.waitForText(By.id("userForm:salesClientFixed"), "per un altro committente crea un nuovo utente");
            assertTrue(browser.driver.findElement(By.id("userForm:salesClient")).getAttribute("class").contains("ui-state-disabled"),
                    "the client cannot be picked");
            browser.screenshot("admin-sales-person-client");
        }
    }

    @Test
    void anAdminSeesClearMessagesForBadInput() {
        try (Browser browser = new Browser()) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            browser.open("admin/clients.xhtml");
            browser.driver.findElement(By.id("clients:new")).click();
            browser.type(By.id("clientForm:code"), "AURORA");
            browser.type(By.id("clientForm:name"), "Doppione S.p.A.");
            browser.type(By.id("clientForm:vat"), "123");
            browser.driver.findElement(By.id("clientForm:save")).click();
            browser.waitForText(By.id("clientForm:messages"), "11 cifre");
            browser.screenshot("admin-client-validation");

            browser.type(By.id("clientForm:vat"), "12345678901");
            browser.driver.findElement(By.id("clientForm:save")).click();
            browser.waitForText(By.id("clientForm:messages"), "già usato");

            // a VAT number is checked and belongs to one client (a walk-through saved a wrong one and one twice)
            browser.type(By.id("clientForm:code"), "DOPPIO" + (System.nanoTime() % 100000));
            browser.driver.findElement(By.id("clientForm:save")).click();
            browser.waitForText(By.id("clientForm:messages"), "la cifra di controllo non corrisponde");
            browser.type(By.id("clientForm:vat"), "01234567897");
            browser.driver.findElement(By.id("clientForm:save")).click();
            browser.waitForText(By.id("clientForm:messages"), "Il committente Telefonia Aurora S.p.A. ha già la partita IVA 01234567897.");
        }
    }

    @Test
    void aCtiCallPopsUpTheCallerTheAgentOpensAndEscalatesATicketASupervisorResolvesItAndTheOwnerSeesIt() throws java.io.IOException {
        jakarta.json.JsonObject customer = ConsoleClient.customerWithPhone("operatore03", "-firstName");
        Cti pbx = Cti.forClient(Cti.clientOf("operatore03"));
        String ticketUrl;
        try (Browser browser = new Browser()) {
            Cti.settle("operatore03"); // a call an earlier test left in progress would hold the agent there at login
            browser.login("operatore03", Demo.PASSWORD);
            browser.waitForText(By.id("stateBar:current"), "Disponibile");

            String callId = "browser-" + System.nanoTime();
            pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"RINGING\",\"from\":\""
                    + customer.getJsonArray("phones").getString(0) + "\",\"agent\":\"operatore03\"}");
            browser.waitForText(By.id("screenPop:call"), customer.getString("lastName")); // popped up without a reload
            browser.screenshot("agent-screen-pop");
            browser.driver.findElement(By.id("screenPop:answer")).click();
            browser.waitForText(By.id("stateBar:current"), "In chiamata");

            browser.driver.findElement(By.cssSelector("#screenPop\\:call a.match-name")).click();
            browser.waitFor(By.id("customerTickets:newTicket")).click();
            browser.selectOne("ticketForm:category", "Assistenza tecnica");
            browser.type(By.id("ticketForm:subject"), "Fibra lenta la sera");
            browser.type(By.id("ticketForm:description"), "Velocità sotto i 5 Mb/s dalle 20 alle 23");
            browser.driver.findElement(By.id("ticketForm:open")).click();
            browser.waitForText(By.id("state"), "Aperto");
            ticketUrl = browser.driver.getCurrentUrl().replaceFirst(".*/cuffia/agent/", "");

            java.nio.file.Path photo = java.nio.file.Files.createTempFile("modem", ".txt");
            java.nio.file.Files.writeString(photo, "Spie del modem: DSL lampeggiante");
            browser.driver.findElement(By.cssSelector("#attachments\\:upload input[type=file]")).sendKeys(photo.toString());
            browser.waitForText(By.id("attachments:files"), photo.getFileName().toString());

            browser.type(By.id("actions:reason"), "Verifica della linea in centrale");
            browser.driver.findElement(By.id("actions:escalate")).click();
            browser.waitForText(By.id("level"), "2");
            browser.waitForText(By.id("assignee"), "in coda");
            browser.screenshot("agent-ticket-escalated");

            browser.open("agent/index.xhtml");
            browser.driver.findElement(By.id("screenPop:hangUp")).click();
            browser.waitForText(By.id("stateBar:current"), "Post-chiamata");
            browser.type(By.id("screenPop:notes"), "Aperto ticket, scalato al secondo livello");
            browser.selectOne("screenPop:outcome", "Inoltrato al 2° livello"); // the client's dispositions, not free text
            browser.driver.findElement(By.id("screenPop:finishWrapUp")).click();
            browser.waitForText(By.id("stateBar:current"), "Disponibile");
            browser.logout();

            browser.login(Demo.SUPERVISOR, Demo.PASSWORD);
            browser.open("supervisor/queues.xhtml");
            browser.waitFor(By.id("summary:queues"));
            browser.screenshot("supervisor-queues");
            browser.open("supervisor/" + ticketUrl);
            browser.waitFor(By.id("actions:take")).click();
            browser.waitForText(By.id("assignee"), "Marco Galli");
            browser.type(By.id("actions:resolutionCode"), "LINEA_RIPARATA");
            browser.driver.findElement(By.id("actions:resolve")).click();
            browser.waitForText(By.id("state"), "Risolto");
            browser.logout();

            Cti.settle("operatore03"); // a call an earlier test left in progress would hold the agent there at login
            browser.login("operatore03", Demo.PASSWORD);
            browser.open("agent/" + ticketUrl);
            browser.waitForText(By.id("state"), "Risolto");
            assertTrue(browser.pageText().contains("Francesco Romano"), "the owner is still the agent who opened it");
            assertTrue(browser.pageText().contains("LINEA_RIPARATA"));
            browser.screenshot("agent-ticket-resolved");
        }
    }

    @Test
    void anAgentTakesACallFromATypedNumberAndTheSupervisorSeesTheAgentOnTheCall() {
        jakarta.json.JsonObject customer = ConsoleClient.customerWithPhone("operatore04", "-lastName");
        String e164 = customer.getJsonArray("phones").getString(0);
        String typed = e164.substring(3, 6) + " " + e164.substring(6); // as an Italian would read it out: 347 1234567
        try (Browser agent = new Browser(); Browser supervisor = new Browser()) {
            Cti.settle("operatore04"); // a call an earlier test left in progress would hold the agent there at login
            agent.login("operatore04", Demo.PASSWORD);
            agent.waitForText(By.id("stateBar:current"), "Disponibile");

            agent.type(By.id("screenPop:number"), typed);
            agent.driver.findElement(By.id("screenPop:lookUp")).click();
            agent.waitForText(By.id("screenPop"), customer.getString("lastName"));
            agent.waitFor(By.cssSelector("[id$='takeCall']")).click();
            agent.waitForText(By.id("stateBar:current"), "In chiamata");

            supervisor.login(Demo.SUPERVISOR, Demo.PASSWORD);
            supervisor.waitForText(By.id("board:agents"), "Sofia Colombo");
            assertTrue(supervisor.driver.findElement(By.id("board:agents")).getText().contains("In chiamata"),
                    supervisor.driver.findElement(By.id("board:agents")).getText());

            agent.driver.findElement(By.id("screenPop:hangUp")).click();
            agent.waitFor(By.id("screenPop:finishWrapUp"));
            agent.selectOne("screenPop:outcome", "Informazioni fornite");
            agent.click("screenPop:finishWrapUp");
            agent.waitForText(By.id("stateBar:current"), "Disponibile");

            String unknown = "351 " + (1_000_000 + (System.nanoTime() % 8_999_999));
            agent.type(By.id("screenPop:number"), unknown);
            agent.driver.findElement(By.id("screenPop:lookUp")).click();
            agent.waitForText(By.id("screenPop"), "crealo qui");
            agent.type(By.id("screenPop:newFirstName"), "Nuovo");
            agent.type(By.id("screenPop:newLastName"), "Chiamante");
            agent.driver.findElement(By.id("screenPop:createNew")).click();
            agent.waitForText(By.id("screenPop:call"), "Nuovo Chiamante");
            agent.waitForText(By.id("stateBar:current"), "In chiamata");

            // no pause in the middle of a call: the call ends and its wrap-up is recorded first
            agent.selectPlain("stateBar:pauseCode", "Pausa caffè");
            agent.click("stateBar:pause");
            agent.waitForText(By.tagName("main"), "Hai una chiamata in corso");
            agent.waitForText(By.id("stateBar:current"), "In chiamata");
            agent.click("screenPop:hangUp");
            agent.waitForText(By.id("callHeading"), "Post-chiamata");
            agent.selectOne("screenPop:outcome", "Informazioni fornite");
            agent.click("screenPop:finishWrapUp");
            agent.waitForText(By.id("stateBar:current"), "Disponibile");
            agent.selectPlain("stateBar:pauseCode", "Pausa caffè");
            agent.click("stateBar:pause");
            agent.waitForText(By.id("stateBar:current"), "In pausa");
            agent.logout();
        }
    }
}
