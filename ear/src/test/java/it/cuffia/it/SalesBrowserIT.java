package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 16 §3: an agent sells; the client's sales person sees the sale; the supervisor cancels it from the
 * Sales page (a missing reason is refused with a message) and the list shows it cancelled, in Italian and English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SalesBrowserIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Test
    void aSupervisorCancelsASaleWithAReasonAndTheSalesPersonSeesIt() {
        long sale = sell("operatore05"); // Aurora, Team Milano (supervisore1)
        String row = "//tr[td[1][normalize-space(.)='" + sale + "']]";
        try (Browser browser = new Browser()) {
            browser.login(Demo.SALES_AURORA, Demo.PASSWORD);
            browser.open("sales/sales.xhtml");
            browser.waitForText(By.xpath(row), "Valida");
            browser.logout();

            browser.login(Demo.SUPERVISOR, Demo.PASSWORD);
            browser.open("supervisor/sales.xhtml");
            browser.waitFor(By.xpath(row + "//button[contains(@id,':cancel')]")).click();
            browser.waitFor(By.id("cancelForm:reason"));
            browser.screenshot("supervisor-sale-cancel-it");
            browser.click("cancelForm:confirm");
            browser.waitForText(By.id("cancelForm:messages"), "Indica il motivo");
            browser.type(By.id("cancelForm:reason"), "Recesso del cliente entro 14 giorni");
            browser.click("cancelForm:confirm");
            browser.waitForText(By.id("growl_container"), "Vendita n. " + sale + " annullata");
            browser.waitForText(By.xpath(row), "Annullata il 10/03/2026");
            assertTrue(browser.pageText().contains("Recesso del cliente entro 14 giorni"));
            browser.screenshot("supervisor-sales-it");
            browser.switchLanguage("en");
            browser.waitForText(By.xpath(row), "Cancelled on");
            browser.screenshot("supervisor-sales-en");
            browser.switchLanguage("it");
        }
        JsonObject stored = Cti.json(ConsoleClient.api("GET", "sales/" + sale, Demo.ADMIN, Demo.PASSWORD, null, "it"));
        assertEquals("Recesso del cliente entro 14 giorni", stored.getString("cancelReason"));
        assertEquals(Demo.SUPERVISOR, stored.getString("cancelledBy"));
    }

    /** A teleselling call that ends in a sale, through the agent's API; the sale's id. */
    private static long sell(String agent) {
        JsonObject preview = OutboundApiIT.takeAndDial(agent);
        long lead = preview.getJsonObject("lead").getJsonNumber("id").longValue();
        long offer = preview.getJsonArray("offers").getJsonObject(0).getJsonNumber("id").longValue();
        ConsoleClient.api("POST", "outbound/leads/" + lead + "/answered", agent, Demo.PASSWORD, null, "it");
        HttpResponse<String> sold = ConsoleClient.api("POST", "outbound/leads/" + lead + "/outcome", agent, Demo.PASSWORD,
                "{\"outcome\":\"SALE\",\"sale\":[{\"offerId\":" + offer + ",\"quantity\":1,\"kind\":\"NEW\"}]}", "it");
        assertEquals(200, sold.statusCode(), sold.body());
        long campaign = preview.getJsonObject("lead").getJsonNumber("campaignId").longValue();
        JsonObject page = Cti.json(ConsoleClient.api("GET", "sales?campaignId=" + campaign + "&size=5", Demo.ADMIN, Demo.PASSWORD, null, "it"));
        return page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(s -> s.getString("agent").equals(agent)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
