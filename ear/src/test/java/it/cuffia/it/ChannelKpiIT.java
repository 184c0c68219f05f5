package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 14 §5, the KPIs per channel, with figures computed by hand from the tickets of {@link ChannelFixtures}
 * (a client of its own, March 2026): counts, the share on time, average, median and 90th percentile of the first
 * response, tickets awaiting it and past due, per channel and overall; the month cut at Rome midnight; a supervisor
 * sees their own clients only, an admin all; what the KPI page shows in Italian.
 */
@ExtendWith(ArquillianExtension.class)
class ChannelKpiIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    @Inject
    ChannelFixtures fixtures;

    /**
     * Each channel's row: opened, answered, on time, % on time, average, median, p90 (seconds), awaiting, past due.
     * EMAIL: 30 min and 2 h answered, 1 of 2 on time, one past due; WEB: 1 h, one awaiting within its target;
     * PHONE: taken after 5 and 15 min; FAX: the one of Sunday 00:30 (March in Rome, February in UTC), 32 h 40 min.
     */
    private static final String PHONE = "2 2 2 100.0 600 600 840 0 0";
    private static final String EMAIL = "3 2 1 50.0 4500 4500 6660 1 1";
    private static final String FAX = "1 1 1 100.0 117600 117600 117600 0 0";
    private static final String WEB = "2 1 1 100.0 3600 3600 3600 1 0";
    /** All 8: 5 of 6 answered on time; waits 300, 900, 1800, 3600, 7200, 117600 s: mean 21900, median 2700, p90 62400. */
    private static final String ALL = "8 6 5 83.3 21900 2700 62400 2 1";

    @Test
    void theSupervisorOfTheClientReadsTheFiguresOfEachChannelAndTheTotal() {
        ChannelFixtures.Setup canali = fixtures.create();

        List<JsonObject> rows = channels(canali.supervisor(), "2026-03");
        assertEquals(List.of(canali.clientName() + " PHONE " + PHONE, canali.clientName() + " EMAIL " + EMAIL,
                canali.clientName() + " FAX " + FAX, canali.clientName() + " WEB " + WEB,
                "* PHONE " + PHONE, "* EMAIL " + EMAIL, "* FAX " + FAX, "* WEB " + WEB, "* * " + ALL),
                rows.stream().map(ChannelKpiIT::figures).toList(), "their one client: its rows, each channel's total, the total");
        assertTrue(rows.stream().allMatch(r -> r.get("clientId") == null || r.get("clientId") == JsonValue.NULL
                || r.getJsonNumber("clientId").longValue() == canali.clientId()), "no row of another client");

        List<JsonObject> february = channels(canali.supervisor(), "2026-02");
        String lateFax = "1 1 1 100.0 121800 121800 121800 0 0"; // Saturday 23:30 Rome to Monday 09:20: 33 h 50 min
        assertEquals(List.of(canali.clientName() + " FAX " + lateFax, "* PHONE " + NONE, "* EMAIL " + NONE, "* FAX " + lateFax,
                "* WEB " + NONE, "* * " + lateFax), february.stream().map(ChannelKpiIT::figures).toList(),
                "the fax of Saturday 23:30 Rome (22:30 UTC) is February's; every channel still has its row");
    }

    @Test
    void aSupervisorSeesTheirOwnClientsOnlyAndAnAdminEveryClient() {
        ChannelFixtures.Setup canali = fixtures.create();

        List<JsonObject> milano = channels(Demo.SUPERVISOR, "2026-03");
        assertFalse(milano.stream().anyMatch(r -> canali.clientName().equals(r.getString("clientName", null))),
                "another team's client is not in the Milano supervisor's figures");
        assertEquals("* * ", figures(milano.get(milano.size() - 1)).substring(0, 4), "their total row is there");

        List<String> admin = channels(Demo.ADMIN, "2026-03").stream().map(ChannelKpiIT::figures)
                .filter(f -> f.startsWith(canali.clientName() + " ")).toList();
        assertEquals(List.of(canali.clientName() + " PHONE " + PHONE, canali.clientName() + " EMAIL " + EMAIL,
                canali.clientName() + " FAX " + FAX, canali.clientName() + " WEB " + WEB), admin, "the admin sees every client");

        HttpResponse<String> agent = ConsoleClient.api("GET", "kpis/channels?month=2026-03", Demo.AGENT_AURORA, Demo.PASSWORD, null, "en");
        assertEquals(403, agent.statusCode(), agent.body());
        HttpResponse<String> badMonth = ConsoleClient.api("GET", "kpis/channels?month=2026-13", canali.supervisor(), Demo.PASSWORD, null, "en");
        assertTrue(badMonth.statusCode() >= 400 && badMonth.statusCode() < 500, badMonth.body());
        assertEquals("batch.param.month", Cti.json(badMonth).getString("code"), badMonth.body());
    }

    @Test
    void theKpiPageShowsTheChannelsTableInTheReadersLanguage() {
        ChannelFixtures.Setup canali = fixtures.create();
        ConsoleClient console = new ConsoleClient(Demo.BASE_URL);
        console.login(canali.supervisor(), Demo.PASSWORD);

        String page = console.get("supervisor/kpis.xhtml").body(); // opens on the clock's month, March 2026, in Italian
        assertTrue(page.contains("Canali") && page.contains("Tutti i clienti") && page.contains("Tutti i canali"), page);
        assertTrue(page.contains(canali.clientName()), "the client's rows");
        assertTrue(page.contains("83,3 %"), "the share on time, Italian decimals");
        assertTrue(page.contains("6 h 05 min"), "the average of all, 21900 s");
        assertTrue(page.contains("1 h 15 min"), "the average of e-mail, 4500 s");
        assertTrue(page.contains("1 g 09 h"), "the fax's 32 h 40 min, to the hour");
        assertTrue(page.contains("channel-EMAIL") && page.contains("pi-print"), "the channels' badges");
        assertFalse(page.contains("Errore imprevisto"), "not the 500 page");
    }

    private static final String NONE = "0 0 0 - - - - 0 0";

    private static List<JsonObject> channels(String user, String month) {
        HttpResponse<String> response = ConsoleClient.api("GET", "kpis/channels?month=" + month, user, Demo.PASSWORD, null, "it");
        assertEquals(200, response.statusCode(), response.body());
        JsonArray rows = Json.createReader(new StringReader(response.body())).readArray();
        return rows.stream().map(JsonValue::asJsonObject).toList();
    }

    /** A row as "client channel opened answered onTime % average median p90 awaiting pastDue", "*" for all, "-" for none. */
    private static String figures(JsonObject row) {
        return List.of(text(row, "clientName"), text(row, "channel"), text(row, "opened"), text(row, "responded"), text(row, "onTime"),
                text(row, "onTimePercent"), text(row, "averageSeconds"), text(row, "medianSeconds"), text(row, "p90Seconds"),
                text(row, "awaiting"), text(row, "pastDue")).stream().collect(Collectors.joining(" "));
    }

    private static String text(JsonObject row, String name) {
        JsonValue value = row.get(name);
        if (value == null || value == JsonValue.NULL) {
            return name.startsWith("client") || name.equals("channel") ? "*" : "-";
        }
        return value instanceof jakarta.json.JsonString s ? s.getString() : value.toString();
    }
}
