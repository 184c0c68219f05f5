package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * From outside, as people and programs reach the suite: every role is refused every other role's
 * area; every caller sees only their clients' data through the API; errors are pages, not traces.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final Map<String, String> AREAS = Map.of(
            "AGENT", "agent/index.xhtml",
            "SUPERVISOR", "supervisor/index.xhtml",
            "SALES", "sales/index.xhtml",
            "ADMIN", "admin/index.xhtml");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @ParameterizedTest
    @CsvSource({"operatore01,AGENT", "supervisore1,SUPERVISOR", "commerciale1,SALES", "admin,ADMIN"})
    void eachRoleLandsOnItsHomeAndIsRefusedTheOtherAreas(String user, String role) {
        ConsoleClient browser = new ConsoleClient(Demo.BASE_URL);

        String landing = browser.login(user, Demo.PASSWORD);

        assertTrue(landing.endsWith("/cuffia/" + AREAS.get(role)), user + " landed on " + landing);
        AREAS.forEach((areaRole, page) -> {
            HttpResponse<String> response = browser.get(page);
            if (areaRole.equals(role)) {
                assertEquals(200, response.statusCode(), user + " on own area " + page);
            } else {
                assertEquals(403, response.statusCode(), user + " on " + page);
                assertTrue(response.body().contains("Accesso negato"), "a clear page, not a stack trace");
            }
        });
    }

    @Test
    void loggingInOverAnOpenSessionMakesTheNewPersonTheUser() {
        ConsoleClient browser = new ConsoleClient(Demo.BASE_URL);
        browser.login(Demo.ADMIN, Demo.PASSWORD);
        assertEquals(200, browser.get("admin/users.xhtml").statusCode());

        String landing = browser.login("operatore02", Demo.PASSWORD);

        assertTrue(landing.endsWith("/cuffia/agent/index.xhtml"), "operatore02 landed on " + landing);
        assertEquals(403, browser.get("admin/users.xhtml").statusCode(), "the admin's session ended at the login page");
        String console = browser.get("agent/index.xhtml").body();
        assertTrue(console.contains("Giulia Bianchi") && !console.contains("Alessandra Conti"), "the console is operatore02's");
    }

    @Test
    void aWrongPasswordKeepsThePersonOnTheLoginPage() {
        String page = new ConsoleClient(Demo.BASE_URL).login(Demo.ADMIN, "not-the-password");

        assertTrue(page.contains("Nome utente o password non corretti"), page);
    }

    @Test
    void aFormPostedWithAnotherPagesScriptNonceGetsTheExpiredPageNotAnErrorReport() {
        ConsoleClient browser = new ConsoleClient(Demo.BASE_URL);
        HttpResponse<String> forged = browser.postLogin(Demo.ADMIN, "not-the-password", "bm90LXRoaXMtcGFnZXM=");

        assertEquals(302, forged.statusCode(), forged.body());
        assertTrue(forged.headers().firstValue("Location").orElseThrow().endsWith("/cuffia/error/expired.xhtml"), forged.headers().toString());
        HttpResponse<String> expired = browser.get("error/expired.xhtml");
        assertEquals(200, expired.statusCode());
        assertTrue(expired.body().contains("Sessione scaduta"), expired.body());
    }

    @Test
    void aProtectedPageSendsStrangersToTheLoginPageAndBack() {
        HttpResponse<String> response = new ConsoleClient(Demo.BASE_URL).get("admin/users.xhtml");

        assertEquals(302, response.statusCode());
        assertTrue(response.headers().firstValue("Location").orElseThrow().contains("login.xhtml?next=%2Fadmin%2Fusers.xhtml"));
    }

    @Test
    void unknownPagesAndServerErrorsShowAClearMessage() {
        HttpResponse<String> missing = new ConsoleClient(Demo.BASE_URL).get("does-not-exist.xhtml");

        assertEquals(404, missing.statusCode());
        assertTrue(missing.body().contains("Pagina non trovata"));
        assertFalse(missing.body().contains("Caused by") || missing.body().contains(".java:"), "no stack trace");
    }

    @Test
    void theApiRefusesCallsWithoutValidCredentials() {
        assertEquals(401, ConsoleClient.api("GET", "customers", null, null, null, "it").statusCode());
        assertEquals(401, ConsoleClient.api("GET", "customers", Demo.ADMIN, "wrong", null, "it").statusCode());
    }

    @Test
    void aSalesPersonSeesOnlyTheirClientsCustomers() {
        JsonObject verde = json(ConsoleClient.api("GET", "customers?size=200", Demo.SALES_VERDE, Demo.PASSWORD, null, "it"));
        JsonObject aurora = json(ConsoleClient.api("GET", "customers?size=200", Demo.SALES_AURORA, Demo.PASSWORD, null, "it"));

        assertEquals(1, clientsOf(verde.getJsonArray("items")).size(), "one client only");
        // as many as the admin counts for that client (the demo's, and those the channel tests added by mail and fax)
        long verdeId = verde.getJsonArray("items").getJsonObject(0).getJsonNumber("clientId").longValue();
        assertEquals(json(ConsoleClient.api("GET", "customers?size=1&clientId=" + verdeId, Demo.ADMIN, Demo.PASSWORD, null, "it")).getInt("total"),
                verde.getInt("total"));
        assertTrue(verde.getInt("total") >= Demo.CUSTOMERS_PER_CLIENT);
        assertTrue(clientsOf(aurora.getJsonArray("items")).stream().noneMatch(clientsOf(verde.getJsonArray("items"))::contains));

        long auroraCustomerId = aurora.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        HttpResponse<String> other = ConsoleClient.api("GET", "customers/" + auroraCustomerId, Demo.SALES_VERDE, Demo.PASSWORD, null, "en");
        assertEquals(404, other.statusCode(), "another client's customer does not exist for this caller");
        assertTrue(other.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertTrue(json(other).getString("detail").startsWith("Not found"), other.body());
    }

    @Test
    void anAgentSeesOnlyTheClientsTheyWorkForAndCannotWriteForOthers() {
        JsonArray agentClients = jsonArray(ConsoleClient.api("GET", "clients", Demo.AGENT_AURORA, Demo.PASSWORD, null, "it"));
        JsonArray allClients = jsonArray(ConsoleClient.api("GET", "clients", Demo.ADMIN, Demo.PASSWORD, null, "it"));
        assertEquals(1, agentClients.size());
        assertTrue(allClients.size() >= 2);

        long otherClientId = allClients.stream().map(v -> v.asJsonObject())
                .filter(c -> c.getJsonNumber("id").longValue() != agentClients.getJsonObject(0).getJsonNumber("id").longValue())
                .findFirst().orElseThrow().getJsonNumber("id").longValue();
        String body = "{\"clientId\":" + otherClientId + ",\"firstName\":\"Elisa\",\"lastName\":\"Intrusa\",\"phone\":\"3331234567\"}";
        HttpResponse<String> refused = ConsoleClient.api("POST", "customers", Demo.AGENT_AURORA, Demo.PASSWORD, body, "it");
        assertEquals(403, refused.statusCode(), refused.body());
        assertEquals(0, json(ConsoleClient.api("GET", "customers?q=Intrusa", Demo.ADMIN, Demo.PASSWORD, null, "it")).getInt("total"));

        HttpResponse<String> foreignClient = ConsoleClient.api("GET", "clients/" + otherClientId, Demo.AGENT_AURORA, Demo.PASSWORD, null, "it");
        assertEquals(404, foreignClient.statusCode());
    }

    @Test
    void badInputThroughTheApiGetsAProblemInTheCallersLanguage() {
        long clientId = jsonArray(ConsoleClient.api("GET", "clients", Demo.AGENT_AURORA, Demo.PASSWORD, null, "it"))
                .getJsonObject(0).getJsonNumber("id").longValue();
        String badPhone = "{\"clientId\":" + clientId + ",\"firstName\":\"Ugo\",\"lastName\":\"Numeri\",\"phone\":\"12\"}";
        HttpResponse<String> phone = ConsoleClient.api("POST", "customers", Demo.AGENT_AURORA, Demo.PASSWORD, badPhone, "it");
        assertEquals(422, phone.statusCode(), phone.body());
        assertTrue(json(phone).getString("detail").contains("non è un numero di telefono valido"), phone.body());

        String noName = "{\"clientId\":" + clientId + ",\"lastName\":\"Senzanome\"}";
        HttpResponse<String> invalid = ConsoleClient.api("POST", "customers", Demo.AGENT_AURORA, Demo.PASSWORD, noName, "en");
        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(json(invalid).getJsonArray("errors").getString(0).startsWith("firstName"), invalid.body());

        String good = "{\"clientId\":" + clientId + ",\"firstName\":\"Ugo\",\"lastName\":\"Numeri\",\"phone\":\"0039 347 765 4321\"}";
        HttpResponse<String> created = ConsoleClient.api("POST", "customers", Demo.AGENT_AURORA, Demo.PASSWORD, good, "it");
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("+393477654321", json(created).getJsonArray("phones").getString(0));
    }

    @Test
    void theApiIsDocumentedByOpenApi() {
        HttpResponse<String> openapi = new ConsoleClient(Demo.BASE_URL.replace("/cuffia/", "/")).get("openapi");

        assertEquals(200, openapi.statusCode(), openapi.body());
        assertTrue(openapi.body().contains("/api/tickets/{id}/transitions"), openapi.body());
        assertTrue(openapi.body().contains("/api/customers"));
        assertEquals(422, ConsoleClient.api("GET", "customers?size=5000", Demo.ADMIN, Demo.PASSWORD, null, "it").statusCode());
    }

    @Test
    void healthReadinessChecksTheDatabase() {
        HttpResponse<String> health = new ConsoleClient(Demo.BASE_URL.replace("/cuffia/", "/")).get("health/ready");

        assertEquals(200, health.statusCode(), health.body());
        assertTrue(health.body().contains("\"database\""), health.body());
    }

    @ParameterizedTest
    @CsvSource({
            "operatore01, agent/index.xhtml agent/customers.xhtml agent/tickets.xhtml about.xhtml",
            "supervisore1, supervisor/index.xhtml supervisor/queues.xhtml about.xhtml",
            "commerciale1, sales/index.xhtml about.xhtml",
            "admin, admin/index.xhtml admin/clients.xhtml admin/users.xhtml admin/teams.xhtml admin/customers.xhtml about.xhtml"})
    void everyPageOfARoleRendersWithoutAnError(String user, String pages) {
        ConsoleClient browser = new ConsoleClient(Demo.BASE_URL);
        browser.login(user, Demo.PASSWORD);
        for (String page : pages.split(" ")) {
            HttpResponse<String> response = browser.get(page);
            assertEquals(200, response.statusCode(), user + " " + page);
            assertFalse(response.body().contains("Errore imprevisto"), user + " " + page);
        }
    }

    @Test
    void aCustomerPageShowsOnlyCustomersOfTheCallersClients() {
        JsonObject own = json(ConsoleClient.api("GET", "customers?size=1", Demo.SALES_VERDE, Demo.PASSWORD, null, "it"))
                .getJsonArray("items").getJsonObject(0);
        JsonObject foreign = json(ConsoleClient.api("GET", "customers?size=1", Demo.SALES_AURORA, Demo.PASSWORD, null, "it"))
                .getJsonArray("items").getJsonObject(0);
        ConsoleClient browser = new ConsoleClient(Demo.BASE_URL);
        browser.login(Demo.SALES_VERDE, Demo.PASSWORD);

        HttpResponse<String> mine = browser.get("sales/customer.xhtml?id=" + own.getJsonNumber("id"));
        HttpResponse<String> theirs = browser.get("sales/customer.xhtml?id=" + foreign.getJsonNumber("id"));

        assertEquals(200, mine.statusCode());
        assertTrue(mine.body().contains(own.getString("lastName")), "own client's customer is shown");
        assertFalse(mine.body().contains("Errore imprevisto"));
        assertTrue(theirs.body().contains("Elemento non trovato"), "another client's customer is not found");
        // a customer the fax channel made has no e-mail address: then its name must not leak
        String data = foreign.containsKey("email") ? foreign.getString("email") : foreign.getString("lastName");
        assertFalse(theirs.body().contains(data), "and none of its data leaks");
    }

    /**
     * The campaign monitor lists running campaigns filtered by the database to the caller's scope: a supervisor's is
     * the clients their team works for, both demo clients for Team Milano (operatore05 works for both); see SupervisorScopeIT.
     */
    @Test
    void theCampaignMonitorListsTheRunningCampaignsOfTheClientsOfTheSupervisorsTeam() {
        ConsoleClient browser = new ConsoleClient(Demo.BASE_URL);
        browser.login(Demo.SUPERVISOR, Demo.PASSWORD);

        HttpResponse<String> monitor = browser.get("supervisor/campaigns.xhtml");

        assertEquals(200, monitor.statusCode());
        assertTrue(monitor.body().contains("Fibra inverno 2026"), "Aurora's running campaign");
        assertTrue(monitor.body().contains("Soddisfazione clienti 2026"), "Energia Verde's running campaign");
        assertFalse(monitor.body().contains("Errore imprevisto"));
    }

    private static List<String> clientsOf(JsonArray customers) {
        return customers.stream().map(v -> v.asJsonObject().getString("client")).distinct().toList();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static JsonArray jsonArray(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readArray();
    }
}
