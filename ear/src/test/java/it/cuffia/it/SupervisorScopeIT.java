package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 19 §4, who sees what, from outside as people and programs reach the suite (HTTP, console and API): a
 * supervisor sees the statements of their own team and the tickets and campaigns of the clients their team works
 * for; anything else behaves like an id that does not exist. Supervisors pause and resume campaigns, as their
 * monitor lets them, and are refused the rest; admins see everything. The world of a second team is built in the
 * server (ScopeFixtures): supervisore2 is left to LoginThrottleIT, which locks that name on purpose.
 */
@ExtendWith(ArquillianExtension.class)
class SupervisorScopeIT {

    private static final String NOT_FOUND_PAGE = "<title>Pagina non trovata";
    private static final YearMonth MONTH = YearMonth.of(2026, 2); // the month the statements screen opens on (clock anchor)

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    ScopeFixtures fixtures;

    @Test
    void aSupervisorSeesTheTicketsOfTheClientsOfTheirTeamOnly() {
        ScopeFixtures.Setup zeta = fixtures.create();

        assertEquals(List.of("Guasto Aurora " + zeta.tag()), subjects(Demo.SUPERVISOR, zeta.tag()));
        assertEquals(List.of("Guasto Zeta " + zeta.tag()), subjects(zeta.supervisor(), zeta.tag()));
        assertEquals(List.of("Guasto Aurora " + zeta.tag(), "Guasto Zeta " + zeta.tag()), subjects(Demo.ADMIN, zeta.tag()));

        assertNotFound(ConsoleClient.api("GET", "tickets/" + zeta.zetaTicket(), Demo.SUPERVISOR, Demo.PASSWORD, null, "en"), "Not found");
        assertNotFound(ConsoleClient.api("GET", "tickets/" + zeta.auroraTicket(), zeta.supervisor(), Demo.PASSWORD, null, "it"),
                "Elemento non trovato");
        assertEquals(200, ConsoleClient.api("GET", "tickets/" + zeta.zetaTicket(), zeta.supervisor(), Demo.PASSWORD, null, "it").statusCode());
        assertEquals(200, ConsoleClient.api("GET", "tickets/" + zeta.zetaTicket(), Demo.ADMIN, Demo.PASSWORD, null, "it").statusCode());
        long version = Cti.json(ConsoleClient.api("GET", "tickets/" + zeta.zetaTicket(), Demo.ADMIN, Demo.PASSWORD, null, "it"))
                .getJsonNumber("version").longValue();
        String reassign = "{\"action\":\"assign\",\"version\":" + version + ",\"assignee\":\"operatore01\"}";
        assertNotFound(ConsoleClient.api("POST", "tickets/" + zeta.zetaTicket() + "/transitions", Demo.SUPERVISOR, Demo.PASSWORD,
                reassign, "en"), "Not found");
        assertNotFound(ConsoleClient.api("GET", "tickets/" + zeta.zetaTicket() + "/timeline", Demo.SUPERVISOR, Demo.PASSWORD, null, "en"),
                "Not found");
        // handed to an agent who does not work for the ticket's client (who then could not open it): refused
        HttpResponse<String> foreignAgent = ConsoleClient.api("POST", "tickets/" + zeta.zetaTicket() + "/transitions", zeta.supervisor(),
                Demo.PASSWORD, reassign, "it");
        assertEquals(422, foreignAgent.statusCode(), foreignAgent.body());
        assertTrue(foreignAgent.body().contains("non lavora per Zeta " + zeta.tag()), foreignAgent.body());
        HttpResponse<String> ownAgent = ConsoleClient.api("POST", "tickets/" + zeta.zetaTicket() + "/transitions", zeta.supervisor(),
                Demo.PASSWORD, reassign.replace("operatore01", zeta.agent()), "it");
        assertEquals(200, ownAgent.statusCode(), ownAgent.body());

        ConsoleClient milano = console(Demo.SUPERVISOR);
        HttpResponse<String> foreign = milano.get("supervisor/ticket.xhtml?id=" + zeta.zetaTicket());
        assertPage(404, NOT_FOUND_PAGE, foreign, "another team's client's ticket");
        assertFalse(foreign.body().contains("Guasto Zeta"), "nothing of it shows");
        assertPage(200, "Guasto Aurora " + zeta.tag(), milano.get("supervisor/ticket.xhtml?id=" + zeta.auroraTicket()), "own client's ticket");
        assertPage(200, "Guasto Zeta " + zeta.tag(), console(zeta.supervisor()).get("supervisor/ticket.xhtml?id=" + zeta.zetaTicket()),
                "the other supervisor's own ticket");
    }

    @Test
    void aSupervisorSeesAndPausesTheCampaignsOfTheirClientsOnlyAndIsRefusedActivationAndClosing() {
        ScopeFixtures.Setup zeta = fixtures.create();

        assertEquals(List.of("Sondaggio Aurora " + zeta.tag()), campaignNames(Demo.SUPERVISOR, zeta.tag()));
        assertEquals(List.of("Sondaggio Zeta " + zeta.tag()), campaignNames(zeta.supervisor(), zeta.tag()));
        assertEquals(List.of("Sondaggio Aurora " + zeta.tag(), "Sondaggio Zeta " + zeta.tag()), campaignNames(Demo.ADMIN, zeta.tag()));
        String monitor = console(Demo.SUPERVISOR).get("supervisor/campaigns.xhtml").body();
        assertTrue(monitor.contains("Sondaggio Aurora " + zeta.tag()) && !monitor.contains("Sondaggio Zeta " + zeta.tag()), monitor);
        String zetaMonitor = console(zeta.supervisor()).get("supervisor/campaigns.xhtml").body();
        assertTrue(zetaMonitor.contains("Sondaggio Zeta " + zeta.tag()) && !zetaMonitor.contains("Fibra inverno 2026"), zetaMonitor);

        long version = campaignVersion(zeta.zetaCampaign());
        assertNotFound(move(Demo.SUPERVISOR, zeta.zetaCampaign(), "pause", version, "en"), "Not found");
        assertEquals("ACTIVE", campaignStatus(zeta.zetaCampaign()), "another team's client's campaign is untouched");

        JsonObject paused = Cti.json(move(zeta.supervisor(), zeta.zetaCampaign(), "pause", version, "it"));
        assertEquals("PAUSED", paused.getString("status"), paused.toString());
        JsonObject resumed = Cti.json(move(zeta.supervisor(), zeta.zetaCampaign(), "resume", paused.getJsonNumber("version").longValue(), "it"));
        assertEquals("ACTIVE", resumed.getString("status"), resumed.toString());
        long current = resumed.getJsonNumber("version").longValue();
        assertForbidden(move(zeta.supervisor(), zeta.zetaCampaign(), "close", current, "it"), "Non hai i permessi");
        assertForbidden(move(zeta.supervisor(), zeta.zetaCampaign(), "close", current, "en"), "You are not allowed");
        assertEquals("ACTIVE", campaignStatus(zeta.zetaCampaign()), "closing is the admin's");
        assertEquals(403, ConsoleClient.api("GET", "campaigns/" + zeta.zetaCampaign(), zeta.supervisor(), Demo.PASSWORD, null, "it")
                .statusCode(), "the set-up of a campaign stays the admin's");

        assertNotFound(move(zeta.supervisor(), zeta.auroraCampaign(), "pause", campaignVersion(zeta.auroraCampaign()), "it"),
                "Elemento non trovato");
        JsonObject closed = Cti.json(move(Demo.ADMIN, zeta.auroraCampaign(), "close", campaignVersion(zeta.auroraCampaign()), "it"));
        assertEquals("CLOSED", closed.getString("status"), "the admin closes any campaign");
        assertEquals(200, move(Demo.ADMIN, zeta.zetaCampaign(), "close", current, "it").statusCode(), "no running fixture is left behind");
    }

    @Test
    void aSupervisorSeesAndOpensTheStatementsOfTheirOwnTeamOnly() {
        ScopeFixtures.Setup zeta = fixtures.create();
        closeMonth();
        Long napoli = fixtures.statementOf(Demo.AGENT_VERDE, MONTH);   // operatore06, Team Napoli
        Long milano = fixtures.statementOf(Demo.AGENT_AURORA, MONTH);  // operatore01, Team Milano
        Long own = fixtures.statementOf(zeta.agent(), MONTH);

        ConsoleClient milanoLead = console(Demo.SUPERVISOR);
        String list = milanoLead.get("supervisor/statements.xhtml").body();
        assertTrue(list.contains("(" + Demo.AGENT_AURORA + ")"), "own team's agent");
        assertFalse(list.contains("(" + Demo.AGENT_VERDE + ")") || list.contains("(" + zeta.agent() + ")"), "no other team's agent");
        assertPage(200, "<title>", milanoLead.get("supervisor/statement.xhtml?id=" + milano), "own team's statement");
        for (Long foreign : List.of(napoli, own)) {
            HttpResponse<String> page = milanoLead.get("supervisor/statement.xhtml?id=" + foreign);
            assertPage(404, NOT_FOUND_PAGE, page, "another team's statement " + foreign);
            assertFalse(page.body().contains(zeta.agent()), "nothing of it shows");
        }

        ConsoleClient zetaLead = console(zeta.supervisor());
        String zetaList = zetaLead.get("supervisor/statements.xhtml").body();
        assertTrue(zetaList.contains("(" + zeta.agent() + ")"), zetaList);
        assertFalse(zetaList.contains("(" + Demo.AGENT_AURORA + ")") || zetaList.contains("(" + Demo.AGENT_VERDE + ")"), "no demo team's agent");
        assertPage(200, zeta.agent(), zetaLead.get("supervisor/statement.xhtml?id=" + own), "own team's statement");
        assertPage(404, NOT_FOUND_PAGE, zetaLead.get("supervisor/statement.xhtml?id=" + milano), "Team Milano's statement");
    }

    /** The team KPIs of a supervisor are their own teams' agents' (a walk-through found every agent's AHT, CSAT and revenue there). */
    @Test
    void aSupervisorSeesTheKpisOfTheirOwnTeamsAgentsOnly() {
        fixtures.monthResultsOf(YearMonth.of(2026, 3), Demo.AGENT_VERDE, Demo.AGENT_AURORA); // the clock's month, the page's
        String napoli = fixtures.fullName(Demo.AGENT_VERDE);   // operatore06, Team Napoli
        String milano = fixtures.fullName(Demo.AGENT_AURORA);  // operatore01, Team Milano
        String all = console(Demo.ADMIN).get("admin/kpis.xhtml").body(); // the clock's month, March 2026
        assertTrue(all.contains(napoli) && all.contains(milano), "the month has both agents' results (admins see every agent)");

        String own = console(Demo.SUPERVISOR).get("supervisor/kpis.xhtml").body();
        assertTrue(own.contains(milano), "own team's agent");
        assertFalse(own.contains(napoli), "no other team's agent, in the table or the chart");
    }

    @Test
    void supervisorsRestartNoBatchJobThroughTheApi() {
        long execution = closeMonth();

        assertForbidden(ConsoleClient.api("POST", "batch/executions/" + execution + "/restart", Demo.SUPERVISOR, Demo.PASSWORD, null, "en"),
                "You are not allowed");
        assertForbidden(ConsoleClient.api("GET", "batch/executions", Demo.SUPERVISOR, Demo.PASSWORD, null, "it"), "Non hai i permessi");
        assertForbidden(ConsoleClient.api("GET", "batch/executions/" + execution, Demo.SUPERVISOR, Demo.PASSWORD, null, "it"),
                "Non hai i permessi");
    }

    private static List<String> subjects(String user, String tag) {
        HttpResponse<String> response = ConsoleClient.api("GET", "tickets?size=50&q=" + tag, user, Demo.PASSWORD, null, "it");
        assertEquals(200, response.statusCode(), response.body());
        return Cti.json(response).getJsonArray("items").stream().map(v -> v.asJsonObject().getString("subject")).sorted().toList();
    }

    private static List<String> campaignNames(String user, String tag) {
        HttpResponse<String> response = ConsoleClient.api("GET", "campaigns?size=50&q=" + tag, user, Demo.PASSWORD, null, "it");
        assertEquals(200, response.statusCode(), response.body());
        JsonObject page = Cti.json(response);
        List<String> names = page.getJsonArray("items").stream().map(v -> v.asJsonObject().getString("name")).sorted().toList();
        assertEquals(names.size(), page.getInt("total"), "the count is the database's, in the same scope");
        return names;
    }

    private static long campaignVersion(Long id) {
        return Cti.json(ConsoleClient.api("GET", "campaigns/" + id, Demo.ADMIN, Demo.PASSWORD, null, "it")).getJsonNumber("version").longValue();
    }

    private static String campaignStatus(Long id) {
        return Cti.json(ConsoleClient.api("GET", "campaigns/" + id, Demo.ADMIN, Demo.PASSWORD, null, "it")).getString("status");
    }

    private static HttpResponse<String> move(String user, Long campaign, String action, long version, String language) {
        return ConsoleClient.api("POST", "campaigns/" + campaign + "/transitions", user, Demo.PASSWORD,
                "{\"action\":\"" + action + "\",\"version\":" + version + "}", language);
    }

    private static ConsoleClient console(String user) {
        ConsoleClient browser = new ConsoleClient(Demo.BASE_URL);
        browser.login(user, Demo.PASSWORD);
        return browser;
    }

    private static long closeMonth() {
        HttpResponse<String> started = ConsoleClient.api("POST", "batch/month-close?month=" + MONTH, Demo.ADMIN, Demo.PASSWORD, null, "it");
        assertEquals(202, started.statusCode(), started.body());
        long execution = Cti.json(started).getJsonNumber("executionId").longValue();
        assertEquals("COMPLETED", PayIT.runToEnd(execution).getString("status"), "month close of " + MONTH);
        return execution;
    }

    private static void assertNotFound(HttpResponse<String> response, String detail) {
        assertEquals(404, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), response.headers().toString());
        assertTrue(Cti.json(response).getString("detail").startsWith(detail), response.body());
    }

    private static void assertForbidden(HttpResponse<String> response, String detail) {
        assertEquals(403, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), response.headers().toString());
        assertTrue(Cti.json(response).getString("detail").startsWith(detail), response.body());
    }

    private static void assertPage(int status, String text, HttpResponse<String> response, String what) {
        assertEquals(status, response.statusCode(), what);
        assertTrue(response.body().contains(text), what + ": " + text);
        assertFalse(response.body().contains("Errore imprevisto"), what + ": not the 500 page");
    }
}
