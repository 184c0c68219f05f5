package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An agent books a visit in the call; the sales person finds it in their calendar and records how it went. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AppointmentBrowserIT {

    private static final Map<String, String> SALES_LOGINS = Map.of("Roberto Ferrari", "commerciale1", "Paola Moretti", "commerciale2");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void anAgentBooksAVisitAndTheSalesPersonSeesItAndRecordsTheOutcome() {
        String customer;
        String salesName;
        String hours;
        try (Browser browser = new Browser()) {
            browser.login("operatore01", Demo.PASSWORD);
            browser.open("agent/outbound.xhtml");
            browser.click("outbound:next");
            customer = browser.waitFor(By.cssSelector("#outbound\\:leadCard .ui-card-title")).getText();
            browser.click("outbound:dial");
            browser.click("outbound:answered");
            browser.selectOne("outbound:outcome", "Appuntamento fissato");
            WebElement firstSlot = browser.waitFor(By.cssSelector("#outbound\\:slot li.ui-selectlistbox-item"));
            String label = firstSlot.getText(); // "mar 10/03 11:30–12:30 · Paola Moretti"
            salesName = label.substring(label.lastIndexOf(" · ") + 3);
            hours = label.substring(label.indexOf(' ', 4) + 1, label.indexOf(" · ")).replace("–", " - ");
            firstSlot.click();
            browser.type(By.id("outbound:notes"), "Vuole passare alla fibra entro marzo");
            browser.screenshot("agent-appointment-slots-it");
            browser.click("outbound:save");
            browser.waitForText(By.id("growl_container"), "Appuntamento fissato registrato per " + customer);
        }
        String salesLogin = SALES_LOGINS.get(salesName);
        assertTrue(salesLogin != null, "booked with " + salesName);

        try (Browser browser = new Browser()) {
            browser.login(salesLogin, Demo.PASSWORD);
            browser.open("sales/calendar.xhtml");
            WebElement event = browser.waitFor(By.xpath("//*[contains(@class,'fc-event')][contains(.," + Browser.xpathLiteral(customer) + ")]"));
            assertTrue(event.getText().startsWith(hours), "the calendar shows the booked hours " + hours + ": " + event.getText());
            browser.screenshot("sales-calendar-it");
            event.click();
            browser.waitForText(By.id("detailForm:customer"), customer);
            browser.waitForAjax();
            assertTrue(browser.pageText().contains("Vuole passare alla fibra entro marzo"), "the agent's notes reach the sales person");

            // the meeting is later today or in the coming days: it cannot be marked held yet
            chooseOutcome(browser, "Svolto");
            browser.click("detailForm:save");
            browser.waitForText(By.id("detailForm:messages"), "non è ancora iniziato");

            chooseOutcome(browser, "Spostato");
            browser.type(By.id("detailForm:reason"), "Il cliente chiede la settimana prossima");
            browser.click("detailForm:save");
            browser.waitForText(By.id("detailForm:status"), "Spostato");
            browser.screenshot("sales-appointment-outcome-it");

            browser.open("sales/calendar.xhtml");
            browser.switchLanguage("en");
            browser.waitFor(By.xpath("//*[contains(@class,'fc-event')][contains(.," + Browser.xpathLiteral(customer) + ")]"));
            browser.screenshot("sales-calendar-en");
        }

        String colleague = salesLogin.equals("commerciale1") ? "commerciale2" : "commerciale1";
        for (String other : new String[] {Demo.SALES_VERDE, colleague}) {
            try (Browser browser = new Browser()) {
                browser.login(other, Demo.PASSWORD);
                browser.open("sales/calendar.xhtml");
                browser.waitFor(By.id("calendar:schedule"));
                browser.waitForAjax();
                assertFalse(browser.pageText().contains(customer), other + " (another client's or a colleague's calendar) does not show it");
            }
        }
    }

    @Test
    void aSupervisorReadsTheReportAndMovesAnAppointment() {
        try (Browser browser = new Browser()) {
            browser.login(Demo.SUPERVISOR, Demo.PASSWORD);
            browser.open("supervisor/appointments.xhtml");
            browser.waitForText(By.id("report:table"), "Consulenza fibra a domicilio");
            assertTrue(browser.driver.findElement(By.id("report:table")).getText().contains("Roberto Ferrari"));
            browser.screenshot("supervisor-appointments-it");
            // the demo's 14:00 visit of the last working day
            browser.waitFor(By.xpath("//tbody[@id='list:table_data']/tr[contains(.,' 14:00')]//button[@title='Sposta o annulla']")).click();
            browser.waitFor(By.id("changeForm:reason"));
            browser.type(By.id("changeForm:reason"), "Il cliente è in ferie");
            // the first free slot, through the menu's widget once the dialog's updates are done (after some other tests a
            // click on the opening list went nowhere, and the save rightly said "choose a free slot")
            browser.waitForAjax();
            String firstFree = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                    "var s = document.getElementById('changeForm:slot_input'); PrimeFaces.getWidgetById('changeForm:slot')"
                            + ".selectValue(s.options[1].value); return s.options[1].text;");
            browser.waitForText(By.id("changeForm:slot_label"), firstFree);
            browser.click("changeForm:save");
            browser.waitForText(By.id("growl_container"), "Appuntamento: Spostato");
        }
    }

    private static void chooseOutcome(Browser browser, String outcome) {
        browser.selectOne("detailForm:outcome", outcome);
    }

}
