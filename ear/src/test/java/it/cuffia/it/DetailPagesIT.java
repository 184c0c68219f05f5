package it.cuffia.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Detail pages opened on a wrong address: an id that does not exist, is not a number or is missing gets the 404 page,
 * a row that is not the caller's the 403 page (or 404 where the service hides that it exists), a forged view state the
 * expired page; never the 500 page, never an empty page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DetailPagesIT {

    private static final String NOT_FOUND = "<title>Pagina non trovata";
    private static final String FORBIDDEN = "<title>Accesso negato";
    private static final Pattern STATEMENT_LINK = Pattern.compile("statement\\.xhtml\\?id=(\\d+)");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @ParameterizedTest
    @CsvSource({
            "operatore01, agent/statement.xhtml", "operatore01, agent/ticket.xhtml", "operatore01, agent/customer.xhtml",
            "supervisore1, supervisor/statement.xhtml", "supervisore1, supervisor/ticket.xhtml", "supervisore1, supervisor/customer.xhtml",
            "commerciale1, sales/customer.xhtml",
            "admin, admin/customer.xhtml", "admin, admin/campaign.xhtml", "admin, admin/plan.xhtml", "admin, admin/script.xhtml",
            "admin, admin/lead-import.xhtml"})
    void aMissingUnreadableOrUnknownIdIsNotFound(String user, String page) {
        ConsoleClient browser = new ConsoleClient(Demo.BASE_URL);
        browser.login(user, Demo.PASSWORD);

        for (String query : new String[] {"", "?id=", "?id=abc", "?id=12x", "?id=999999999"}) {
            assertPage(404, NOT_FOUND, browser.get(page + query), user + " " + page + query);
        }
    }

    @Test
    void anotherClientsCustomerIsNotFoundAndShowsNothingOfIt() {
        // a customer with a name and an e-mail address (one who sent a fax may have neither)
        JsonObject foreign = Cti.json(ConsoleClient.api("GET", "customers?size=200", Demo.SALES_VERDE, Demo.PASSWORD, null, "it"))
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(c -> c.get("email") instanceof jakarta.json.JsonString && c.get("firstName") instanceof jakarta.json.JsonString)
                .findFirst().orElseThrow();
        long id = foreign.getJsonNumber("id").longValue();

        for (String[] userAndPage : new String[][] {{Demo.AGENT_AURORA, "agent"}, {Demo.SALES_AURORA, "sales"}}) {
            ConsoleClient browser = new ConsoleClient(Demo.BASE_URL);
            browser.login(userAndPage[0], Demo.PASSWORD);
            HttpResponse<String> page = browser.get(userAndPage[1] + "/customer.xhtml?id=" + id);

            assertPage(404, NOT_FOUND, page, userAndPage[0]);
            assertFalse(page.body().contains(foreign.getString("email")), "none of the customer's data");
        }
        ConsoleClient own = new ConsoleClient(Demo.BASE_URL);
        own.login(Demo.SALES_VERDE, Demo.PASSWORD);
        assertPage(200, "<title>" + foreign.getString("firstName"), own.get("sales/customer.xhtml?id=" + id), "own client's customer");
    }

    @Test
    void anotherAgentsStatementIsForbidden() {
        closeMonth("2025-09");
        ConsoleClient owner = new ConsoleClient(Demo.BASE_URL);
        owner.login("operatore02", Demo.PASSWORD);
        Matcher link = STATEMENT_LINK.matcher(owner.get("agent/pay.xhtml").body());
        assertTrue(link.find(), "operatore02 has a statement after the month close");
        String statement = "agent/statement.xhtml?id=" + link.group(1);
        assertPage(200, "<title>", owner.get(statement), "the owner reads it");

        ConsoleClient other = new ConsoleClient(Demo.BASE_URL);
        other.login(Demo.AGENT_AURORA, Demo.PASSWORD);
        HttpResponse<String> refused = other.get(statement);

        assertPage(403, FORBIDDEN, refused, "another agent");
        assertTrue(refused.body().contains("non sono tuoi"), "the page says why");
    }

    @Test
    void aForgedOrStaleViewStateEndsOnTheExpiredPage() {
        ConsoleClient browser = new ConsoleClient(Demo.BASE_URL);
        browser.login(Demo.AGENT_AURORA, Demo.PASSWORD);

        HttpResponse<String> forged = browser.post("agent/tickets.xhtml", Map.of("jakarta.faces.ViewState", "-4711:forged", "x", "x"));
        // Faces reads an Ajax request from the Faces-Request header or the parameter of the same name
        HttpResponse<String> ajax = browser.post("agent/tickets.xhtml", Map.of("jakarta.faces.ViewState", "stale",
                "Faces-Request", "partial/ajax", "jakarta.faces.partial.ajax", "true", "jakarta.faces.source", "x"));

        assertEquals(302, forged.statusCode(), forged.body());
        assertTrue(forged.headers().firstValue("Location").orElseThrow().endsWith("/cuffia/error/expired.xhtml"));
        assertTrue(ajax.body().contains("<redirect url=\"/cuffia/error/expired.xhtml\""), ajax.body());
        assertPage(200, "<title>Sessione scaduta", browser.get("error/expired.xhtml"), "the expired page");
    }

    private static void assertPage(int status, String title, HttpResponse<String> response, String what) {
        assertEquals(status, response.statusCode(), what);
        assertTrue(response.body().contains(title), what + ": " + title);
        assertFalse(response.body().contains("Errore imprevisto"), what + ": not the 500 page");
    }

    private static void closeMonth(String month) {
        HttpResponse<String> started = ConsoleClient.api("POST", "batch/month-close?month=" + month, Demo.ADMIN, Demo.PASSWORD, null, "it");
        assertEquals(202, started.statusCode(), started.body());
        long execution = Cti.json(started).getJsonNumber("executionId").longValue();
        String status = await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(300)).until(() ->
                Cti.json(ConsoleClient.api("GET", "batch/executions/" + execution, Demo.ADMIN, Demo.PASSWORD, null, "it")).getString("status"),
                s -> !s.equals("STARTING") && !s.equals("STARTED") && !s.equals("STOPPING"));
        assertEquals("COMPLETED", status, "month close of " + month);
    }
}
