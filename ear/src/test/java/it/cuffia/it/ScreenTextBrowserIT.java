package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
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
 * What the screens say: states, channels and outcomes in the reader's language (never an enum
 * constant), the wrap-up said as such, dates typed in the user's pattern, the sales calendar's
 * states told apart.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScreenTextBrowserIT {

    private static final String AGENT = "operatore10";
    private static final List<String> CONSTANTS = List.of("PHONE INBOUND", "TECHNICAL_SUPPORT", "NORMAL", " NEW", " OPEN", "IN_PERSON");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    private static void assertNoConstant(String text) {
        CONSTANTS.forEach(constant -> assertFalse(text.contains(constant), "shows " + constant + ": " + text));
    }

    @Test
    void theWrapUpIsSaidAsSuchAndTimelinesSpeakTheReadersLanguage() {
        jakarta.json.JsonObject customer = ConsoleClient.customerWithPhone(AGENT, "firstName");
        Cti pbx = Cti.forClient(Cti.clientOf(AGENT));
        try (Browser browser = new Browser()) {
            Cti.settle(AGENT); // a call an earlier test left in progress would hold the agent there at login
            browser.login(AGENT, Demo.PASSWORD);
            browser.switchLanguage("it");
            browser.waitForText(By.id("stateBar:current"), "Disponibile");
            pbx.event("{\"callId\":\"screen-text-" + System.nanoTime() + "\",\"event\":\"RINGING\",\"from\":\""
                    + customer.getJsonArray("phones").getString(0) + "\",\"agent\":\"" + AGENT + "\"}");
            browser.waitForText(By.id("screenPop:call"), customer.getString("lastName"));
            browser.click("screenPop:answer");
            browser.waitForText(By.id("callHeading"), "Chiamata in corso");

            browser.driver.findElement(By.cssSelector("#screenPop\\:call a.match-name")).click();
            browser.waitFor(By.id("customerTickets:newTicket")).click();
            browser.waitForAjax();
            // the dialog slides in: its menu is clicked once it stands still
            browser.wait.until(d -> "1".equals(((JavascriptExecutor) d).executeScript(
                    "return getComputedStyle(document.getElementById('ticketDialog')).opacity")));
            browser.selectOne("ticketForm:category", "Assistenza tecnica");
            browser.type(By.id("ticketForm:subject"), "Il router si riavvia da solo ogni sera dopo le nove");
            browser.driver.findElement(By.id("ticketForm:open")).click();
            browser.waitForText(By.id("state"), "Aperto");
            String ticketPage = browser.driver.getCurrentUrl();

            String timeline = browser.waitFor(By.id("timeline")).getText();
            assertTrue(timeline.contains("Stato") && timeline.contains("Nuovo") && timeline.contains("Aperto"), timeline);
            assertNoConstant(timeline);
            browser.screenshot("ticket-timeline-it");
            browser.switchLanguage("en");
            timeline = browser.waitFor(By.id("timeline")).getText();
            assertTrue(timeline.contains("State") && timeline.contains("New") && timeline.contains("Open"), timeline);
            browser.screenshot("ticket-timeline-en");
            browser.switchLanguage("it");

            browser.open("agent/index.xhtml");
            browser.click("screenPop:hangUp");
            browser.waitForText(By.id("stateBar:current"), "Post-chiamata");
            browser.waitForText(By.id("callHeading"), "Post-chiamata");
            assertFalse(browser.waitFor(By.id("callHeading")).getText().contains("in corso"));
            browser.screenshot("agent-wrap-up-it");
            browser.type(By.id("screenPop:notes"), "Aperto ticket per il router");
            browser.selectOne("screenPop:outcome", "Ticket aperto");
            browser.click("screenPop:finishWrapUp");
            browser.waitForText(By.id("stateBar:current"), "Disponibile");

            browser.open("agent/customer.xhtml?id=" + customer.getJsonNumber("id").longValue());
            browser.waitForText(By.id("timeline"), "Telefono · In entrata");
            assertNoConstant(browser.waitFor(By.id("timeline")).getText());
            // newest ticket first: the one just opened heads the customer's list, its subject whole
            String firstTicket = browser.waitFor(By.cssSelector("#customerTickets\\:table_data tr")).getText();
            assertTrue(firstTicket.contains("Il router si riavvia da solo ogni sera dopo le nove"), firstTicket);
            browser.screenshot("customer-timeline-it");
            browser.switchLanguage("en");
            browser.waitForText(By.id("timeline"), "Phone · Inbound");
            browser.screenshot("customer-timeline-en");
            browser.switchLanguage("it");
            assertTrue(ticketPage.contains("ticket.xhtml?id="), ticketPage);
        }
    }

    @Test
    void datesTypedInTheUsersPatternAreTheDatesSaved() {
        try (Browser browser = new Browser()) {
            browser.login("commerciale2", Demo.PASSWORD);
            browser.switchLanguage("it");
            browser.open("sales/agenda.xhtml");
            addAbsence(browser, "01/03/2027", "02/03/2027", "Ferie di marzo");
            browser.waitForText(By.id("absences:table"), "01/03/2027");
            assertTrue(browser.waitFor(By.id("absences:table")).getText().contains("02/03/2027"));
            browser.screenshot("agenda-typed-dates-it");

            // a day and a month that do not exist: the picker turned them into the year 1320, which was saved
            browser.type(By.id("absences:from_input"), "45/13/2027");
            browser.type(By.id("absences:to_input"), "46/13/2027");
            browser.type(By.id("absences:reason"), "Date impossibili");
            browser.click("absences:add");
            browser.waitForText(By.id("absences:messages"), "la data non è plausibile");
            assertFalse(browser.waitFor(By.id("absences:table")).getText().contains("Date impossibili"), "nothing saved");
            browser.screenshot("agenda-implausible-date-it");

            // a day its month does not have: the picker emptied the field ("required") and the server read 28/02
            browser.open("sales/agenda.xhtml");
            browser.type(By.id("absences:from_input"), "31/02/2027");
            browser.type(By.id("absences:to_input"), "02/03/2027");
            browser.type(By.id("absences:reason"), "Trentuno febbraio");
            browser.click("absences:add");
            browser.waitForText(By.id("absences:messages"), "Dal: data non valida.");
            // the field's mask refuses the month as it is typed (31/0_ takes no 2), and what was typed stays to be corrected
            String kept = browser.waitFor(By.id("absences:from_input")).getAttribute("value");
            assertTrue(kept.startsWith("31/0"), kept);
            assertFalse(browser.waitFor(By.id("absences:table")).getText().contains("Trentuno febbraio"), "nothing saved");
            browser.screenshot("agenda-day-not-in-month-it");
            browser.open("sales/agenda.xhtml");

            browser.switchLanguage("en");
            addAbsence(browser, "05/04/2027", "06/04/2027", "April leave");
            browser.waitForText(By.id("absences:table"), "05/04/2027");
            assertTrue(browser.waitFor(By.id("absences:table")).getText().contains("01/03/2027"), "the same dates in English");
            browser.screenshot("agenda-typed-dates-en");

            removeAbsence(browser, "April leave");
            removeAbsence(browser, "Ferie di marzo");
            browser.switchLanguage("it");
        }
    }

    /** Adding a closure redraws the client dialog: it stays on the closures tab (it jumped back to the first). */
    @Test
    void aClosureAddedInTheClientDialogKeepsTheDialogOnItsTab() {
        try (Browser browser = new Browser()) {
            browser.login(Demo.ADMIN, Demo.PASSWORD);
            browser.switchLanguage("it");
            browser.open("admin/clients.xhtml");
            browser.waitFor(By.xpath("//tbody[@id='clients:table_data']/tr[1]//button[@title='Modifica']")).click();
            browser.waitFor(By.xpath("//div[@id='hoursForm:tabs']//a[normalize-space(.)='Chiusure aziendali']")).click();
            browser.type(By.id("hoursForm:tabs:closureDate_input"), "24/12/2027");
            browser.type(By.id("hoursForm:tabs:closureDescription"), "Chiusura di prova");
            browser.click("hoursForm:tabs:addClosure");
            browser.waitForText(By.id("hoursForm:tabs"), "Chiusura di prova");
            assertTrue(browser.waitFor(By.id("hoursForm:tabs:closureDate_input")).isDisplayed(), "still on the closures tab");
            assertTrue(browser.waitFor(By.id("hoursForm:tabs")).getText().contains("24/12/2027"));
            browser.screenshot("client-closure-added-it");
            browser.waitFor(By.xpath("//div[@id='hoursForm:tabs']//tr[td[normalize-space(.)='Chiusura di prova']]//button")).click();
            browser.waitForAjax();
            browser.wait.until(d -> !d.findElement(By.id("hoursForm:tabs")).getText().contains("Chiusura di prova"));
            assertTrue(browser.waitFor(By.id("hoursForm:tabs:closureDate_input")).isDisplayed(), "still there after a removal");
            // the dialog's Save after both: its own changes are no one else's (it answered "Qualcun altro ha modificato…")
            browser.click("clientForm:save");
            browser.waitForText(By.cssSelector(".ui-growl"), "Modifiche salvate");
            browser.screenshot("client-saved-after-closures-it");
            assertFalse(browser.pageText().contains("Qualcun altro"), browser.pageText());
        }
    }

    private static void addAbsence(Browser browser, String from, String to, String reason) {
        browser.type(By.id("absences:from_input"), from);
        browser.type(By.id("absences:to_input"), to);
        browser.type(By.id("absences:reason"), reason);
        browser.click("absences:add");
        browser.waitForText(By.id("absences:table"), reason);
    }

    private static void removeAbsence(Browser browser, String reason) {
        browser.waitFor(By.xpath("//tbody[@id='absences:table_data']/tr[td[normalize-space(.)='" + reason + "']]//button")).click();
        browser.waitForAjax();
        browser.wait.until(d -> !d.findElement(By.id("absences:table")).getText().contains(reason));
    }

    @Test
    void theSalesCalendarTellsTheStatesApartAndItsFeedSpeaksTheSalesPersonsLanguage() throws IOException, InterruptedException {
        try (Browser browser = new Browser()) {
            browser.login(Demo.SALES_AURORA, Demo.PASSWORD);
            browser.switchLanguage("it");
            browser.open("sales/calendar.xhtml");
            String legend = browser.waitFor(By.id("legend")).getText();
            for (String state : List.of("Fissato", "Svolto", "Cliente assente", "Annullato", "Spostato")) {
                assertTrue(legend.contains(state), legend);
            }
            // the demo's visits of Monday 9 March (the day before the suite's clock): one held, one cancelled
            conclude(browser, "Svolto", null);
            conclude(browser, "Annullato", "Il cliente ha disdetto");
            WebElement cancelled = browser.waitFor(By.cssSelector(".fc-event.appointment-CANCELLED"));
            WebElement held = browser.waitFor(By.cssSelector(".fc-event.appointment-HELD"));
            assertNotEquals(style(browser, cancelled, "backgroundColor"), style(browser, held, "backgroundColor"));
            assertNotEquals(style(browser, cancelled, "backgroundColor"),
                    style(browser, browser.waitFor(By.cssSelector(".fc-event.appointment-BOOKED")), "backgroundColor"));
            assertTrue(style(browser, cancelled.findElement(By.cssSelector(".fc-event-title")), "textDecorationLine").contains("line-through"));
            assertTrue(cancelled.getAttribute("textContent").contains("(Annullato)"), "the state in words, not by colour alone");
            browser.screenshot("sales-calendar-states-it");

            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click()", cancelled);
            browser.waitForText(By.id("detailForm:status"), "Annullato");
            browser.waitForText(By.id("detailForm:outcomeReason"), "Il cliente ha disdetto");
            ((JavascriptExecutor) browser.driver).executeScript("PF('detail').hide()");

            // a month's day with more visits than its cell holds says "+N" instead of overflowing
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(700, 900));
            browser.driver.findElement(By.cssSelector(".fc-dayGridMonth-button")).click();
            browser.waitForAjax();
            // a short calendar (its rows' height otherwise follows the window's resize, late or not): the visits of the
            // days around the suite's clock no longer fit their cells and say "+N"
            ((JavascriptExecutor) browser.driver).executeScript("PrimeFaces.getWidgetById('calendar:schedule').calendar.setOption('height', 360);");
            WebElement more = browser.wait.until(d -> d.findElement(By.cssSelector(".fc-daygrid-more-link")));
            ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", more);
            assertTrue(more.getText().startsWith("+"), more.getText());
            browser.screenshot("sales-calendar-month-it");

            String feed = browser.waitFor(By.id("feedUrl")).getText();
            assertTrue(fetch(feed).contains("Tipo di incontro: "), "Italian by default");
            browser.switchLanguage("en");
            String english = fetch(feed);
            assertTrue(english.contains("Meeting: ") && !english.contains("IN_PERSON") && !english.contains("Tipo di incontro"), english);

            // in English too the week reads on a 24-hour clock, and its day headers name the month ("Mar 9", not "3/9")
            browser.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1366, 768));
            browser.driver.findElement(By.cssSelector(".fc-timeGridWeek-button")).click();
            browser.waitForAjax();
            browser.waitForText(By.cssSelector(".fc-col-header"), "Mar 9");
            String hours = browser.waitFor(By.cssSelector(".fc-timegrid-slots")).getText();
            assertTrue(hours.contains("13:00") && !hours.toLowerCase().contains("pm"), hours);
            String visits = browser.waitFor(By.cssSelector(".fc-timegrid-body")).getText();
            assertFalse(visits.toLowerCase().matches("(?s).*\\d(am|pm).*"), visits);
            browser.screenshot("sales-calendar-week-en");
            browser.switchLanguage("it");
        }
    }

    @Test
    void aSalesPersonGivesTheFeedAddressALastDayAndTheOldAddressStopsWorking() throws IOException, InterruptedException {
        try (Browser browser = new Browser()) {
            browser.login(Demo.SALES_VERDE, Demo.PASSWORD);
            browser.open("sales/calendar.xhtml");
            String old = browser.waitFor(By.id("feedUrl")).getText();
            fetch(old);

            browser.open("sales/agenda.xhtml");
            browser.waitForText(By.id("feed"), "non ha scadenza");
            browser.type(By.id("feed:validThrough_input"), "31/12/2026");
            browser.waitFor(By.id("feed:renew")).click();
            browser.waitFor(By.cssSelector(".ui-confirm-dialog .ui-confirmdialog-yes")).click();
            browser.waitForText(By.id("feed"), "funziona fino al 31/12/2026");
            browser.screenshot("agenda-feed-last-day-it");

            HttpResponse<String> gone = HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(old)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(404, gone.statusCode(), "the old address stops working");
            browser.open("sales/calendar.xhtml");
            String renewed = browser.waitFor(By.id("feedUrl")).getText();
            assertNotEquals(old, renewed);
            assertTrue(fetch(renewed).contains("BEGIN:VCALENDAR"));

            browser.switchLanguage("en");
            browser.open("sales/agenda.xhtml");
            browser.waitForText(By.id("feed"), "works through Dec 31, 2026");
            browser.screenshot("agenda-feed-last-day-en");
            browser.switchLanguage("it");
        }
    }

    /** Records an outcome on the first booked visit of Monday 9 March in the week the calendar opens on. */
    private static void conclude(Browser browser, String outcome, String reason) {
        WebElement visit = browser.waitFor(By.cssSelector("td[data-date='2026-03-09'] .fc-event.appointment-BOOKED"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].click()", visit);
        browser.waitFor(By.id("detailForm:outcome"));
        browser.selectOne("detailForm:outcome", outcome);
        if (reason != null) {
            browser.type(By.id("detailForm:reason"), reason);
        }
        browser.click("detailForm:save");
        browser.waitForText(By.id("detailForm:status"), outcome);
        ((JavascriptExecutor) browser.driver).executeScript("PF('detail').hide()");
        browser.waitForAjax();
    }

    private static String style(Browser browser, WebElement element, String property) {
        return String.valueOf(((JavascriptExecutor) browser.driver).executeScript(
                "return getComputedStyle(arguments[0])[arguments[1]]", element, property));
    }

    private static String fetch(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return response.body().replace("\r\n ", "");
    }
}
