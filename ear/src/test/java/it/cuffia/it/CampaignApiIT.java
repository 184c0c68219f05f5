package it.cuffia.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Campaign set-up by a client's program (issue 13 §3): create, update, activate, pause, close; the
 * do-not-call list and the register's results. The console's rules and messages, through HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CampaignApiIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    private static HttpResponse<String> admin(String method, String path, String json, String language) {
        return ConsoleClient.api(method, path, Demo.ADMIN, Demo.PASSWORD, json, language);
    }

    private static long clientId() {
        HttpResponse<String> clients = admin("GET", "clients", null, "it");
        assertEquals(200, clients.statusCode(), clients.body());
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(clients.body()))) {
            return reader.readArray().getJsonObject(0).getJsonNumber("id").longValue();
        }
    }

    private static String campaignBody(long client, String name, String type, String extra) {
        return "{\"clientId\":" + client + ",\"name\":\"" + name + "\",\"type\":\"" + type + "\","
                + "\"startsOn\":\"2026-03-10\",\"endsOn\":\"2026-04-30\",\"callerId\":\"02 1234 5678\","
                + "\"windows\":[{\"day\":\"MONDAY\",\"from\":\"09:00\",\"to\":\"13:00\"},"
                + "{\"day\":\"TUESDAY\",\"from\":\"09:00\",\"to\":\"13:00\"}]" + extra + "}";
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detailStart) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), response.body());
        assertTrue(Cti.json(response).getString("detail").startsWith(detailStart), response.body());
    }

    @Test
    void aCampaignIsSetUpActivatedOnlyWhenItsLeadsWereCheckedAndRunThroughTheApi() {
        long client = clientId();
        String name = "API fibra " + System.nanoTime();

        // bad bodies: a 400 naming the field, a 422 with the form's message; nothing is stored
        HttpResponse<String> noName = admin("POST", "campaigns", "{\"clientId\":" + client + "}", "it");
        assertEquals(400, noName.statusCode(), noName.body());
        assertTrue(Cti.json(noName).getJsonArray("errors").toString().contains("name"), noName.body());
        assertEquals(400, admin("POST", "campaigns", "{\"clientId\":" + client + ",\"name\":\"x\",\"type\":\"SHOUTING\"}", "it").statusCode());
        assertEquals(400, admin("POST", "campaigns", "{not json", "it").statusCode());
        assertProblem(admin("POST", "campaigns", campaignBody(client, name, "TELEMARKETING", ",\"endsOn\":\"2026-03-01\"")
                .replace("\"endsOn\":\"2026-04-30\",", ""), "it"), 422, "La campagna non può finire prima di iniziare.");
        assertProblem(admin("POST", "campaigns", campaignBody(client, name, "TELEMARKETING", "")
                .replace(",\"to\":\"13:00\"}]", "}]"), "en"), 422, "Every calling window needs a day");
        // the surveys consent is no consent for a commercial call (a form choice never weakens the consent asked)
        assertProblem(admin("POST", "campaigns", campaignBody(client, name, "TELEMARKETING", ",\"consentPurpose\":\"SURVEY\""), "it"), 422,
                "Il consenso ai sondaggi non copre le chiamate commerciali");
        assertProblem(admin("POST", "campaigns", campaignBody(client, name, "SURVEY", ",\"commercialPurpose\":true,\"consentPurpose\":\"SURVEY\""), "en"),
                422, "The surveys consent does not cover commercial calls");
        // only a survey may be without a commercial purpose: said as such, not as a refusal of the hours it would bring
        assertProblem(admin("POST", "campaigns", campaignBody(client, name, "TELEMARKETING", ",\"commercialPurpose\":false"), "it"), 422,
                "Una campagna di tipo «Telemarketing» ha sempre finalità commerciale");
        assertProblem(admin("POST", "campaigns", campaignBody(client, name, "TELESELLING", ",\"commercialPurpose\":false"), "en"), 422,
                "A Teleselling campaign always has a commercial purpose");
        // an agent or offer that does not exist is named, not left out of a campaign saved without it
        assertProblem(admin("POST", "campaigns", campaignBody(client, name, "TELEMARKETING", ",\"agentIds\":[987654321]"), "it"), 404,
                "Elemento non trovato (operatore 987654321)");
        assertProblem(admin("POST", "campaigns", campaignBody(client, name, "TELEMARKETING", ",\"offerIds\":[987654321]"), "en"), 404,
                "Not found");
        assertEquals(0, Cti.json(admin("GET", "campaigns?q=" + name.replace(" ", "%20"), null, "it")).getInt("total"));

        HttpResponse<String> created = admin("POST", "campaigns", campaignBody(client, name, "TELEMARKETING", ""), "it");
        assertEquals(201, created.statusCode(), created.body());
        JsonObject campaign = Cti.json(created);
        long id = campaign.getJsonNumber("id").longValue();
        assertEquals("DRAFT", campaign.getString("status"));
        assertEquals("+390212345678", campaign.getString("callerId"));
        assertEquals("MARKETING", campaign.getString("consentPurpose"));
        assertEquals(2, campaign.getJsonArray("windows").size());
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/campaigns/" + id), created.headers().toString());
        JsonObject listed = Cti.json(admin("GET", "campaigns?q=" + name.replace(" ", "%20"), null, "it"));
        assertEquals(1, listed.getInt("total"), listed.toString());
        assertEquals("DRAFT", listed.getJsonArray("items").getJsonObject(0).getString("status"));

        // only admins set campaigns up, as on the console
        assertEquals(403, ConsoleClient.api("GET", "campaigns/" + id, Demo.SUPERVISOR, Demo.PASSWORD, null, "it").statusCode());
        assertEquals(403, ConsoleClient.api("GET", "campaigns", Demo.AGENT_AURORA, Demo.PASSWORD, null, "it").statusCode());

        // two leads never checked against the register: activation is refused with the console's message
        String csv = "Nome;Cognome;Telefono\nAda;Api;348 771 0401\nBruno;Api;348 771 0402\n";
        HttpResponse<String> upload = send(HttpRequest.newBuilder(URI.create(Demo.BASE_URL + "api/outbound/campaigns/" + id + "/imports"))
                .header("Content-Type", "text/csv").header("Accept", "application/json").header("Authorization", basic())
                .POST(HttpRequest.BodyPublishers.ofString(csv, StandardCharsets.UTF_8)).build());
        assertEquals(202, upload.statusCode(), upload.body());
        long importId = Cti.json(upload).getJsonNumber("id").longValue();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> "DONE".equals(Cti.json(admin("GET", "outbound/imports/" + importId, null, "it")).getString("status")));

        long version = Cti.json(admin("GET", "campaigns/" + id, null, "it")).getJsonNumber("version").longValue();
        String activate = "{\"action\":\"activate\",\"version\":" + version + "}";
        assertProblem(admin("POST", "campaigns/" + id + "/transitions", activate, "it"), 422,
                "2 contatti non hanno una verifica nel Registro pubblico delle opposizioni");
        assertProblem(admin("POST", "campaigns/" + id + "/transitions", activate, "en"), 422,
                "2 leads have no check against the Registro pubblico delle opposizioni");
        assertEquals("DRAFT", Cti.json(admin("GET", "campaigns/" + id, null, "it")).getString("status"));

        // the register's answers: good rows stored, a future-dated row refused by line
        HttpResponse<String> rpo = send(HttpRequest.newBuilder(URI.create(Demo.BASE_URL + "api/rpo-results"))
                .header("Content-Type", "text/csv").header("Accept", "application/json").header("Accept-Language", "it")
                .header("Authorization", basic())
                .POST(HttpRequest.BodyPublishers.ofString("numero;data;esito\n3487710401;2026-03-10;non iscritto\n"
                        + "3487710402;10/03/2026;no\n3487710403;2026-03-12;no\n", StandardCharsets.UTF_8)).build());
        assertEquals(200, rpo.statusCode(), rpo.body());
        JsonObject report = Cti.json(rpo);
        assertEquals(2, report.getInt("stored"), rpo.body());
        assertEquals(1, report.getJsonArray("rejected").size(), rpo.body());
        JsonObject future = report.getJsonArray("rejected").getJsonObject(0);
        assertEquals(4, future.getInt("line"));
        assertEquals("rpo.row.future", future.getString("reasonKey"));
        assertEquals("Data della verifica nel futuro", future.getString("reason"));

        HttpResponse<String> active = admin("POST", "campaigns/" + id + "/transitions", activate, "it");
        assertEquals(200, active.statusCode(), active.body());
        campaign = Cti.json(active);
        assertEquals("ACTIVE", campaign.getString("status"));
        version = campaign.getJsonNumber("version").longValue();

        // the purpose is fixed once the campaign left DRAFT: 422 in the caller's language, nothing changes
        String survey = campaignBody(client, name + " bis", "SURVEY", ",\"version\":" + version);
        assertProblem(admin("PUT", "campaigns/" + id, survey, "it"), 422,
                "Tipo, finalità, consenso richiesto e profilo legale non si possono cambiare dopo l'avvio della campagna");
        assertProblem(admin("PUT", "campaigns/" + id, survey, "en"), 422, "Type, purpose");
        // an RPO check counts for a month at most: a longer window would let stale checks through
        String stale = campaignBody(client, name, "TELEMARKETING", ",\"rpoWindowDays\":365,\"version\":" + version);
        assertProblem(admin("PUT", "campaigns/" + id, stale, "it"), 422, "La validità della verifica RPO va da 1 a 30 giorni");
        assertProblem(admin("PUT", "campaigns/" + id, stale, "en"), 422, "An RPO check stays valid from 1 to 30 days");
        // an active campaign keeps its caller ID: it would call anonymously
        String anonymous = campaignBody(client, name, "TELEMARKETING", ",\"version\":" + version)
                .replace("\"callerId\":\"02 1234 5678\"", "\"callerId\":null");
        assertProblem(admin("PUT", "campaigns/" + id, anonymous, "it"), 422, "Una campagna attiva presenta sempre un numero");
        assertProblem(admin("PUT", "campaigns/" + id, anonymous, "en"), 422, "An active campaign always shows a caller ID");
        JsonObject unchanged = Cti.json(admin("GET", "campaigns/" + id, null, "it"));
        assertEquals("+390212345678", unchanged.getString("callerId"), "still calling with it");
        assertEquals("TELEMARKETING", unchanged.getString("type"));
        assertEquals(name, unchanged.getString("name"));
        assertEquals(30, unchanged.getInt("rpoWindowDays"));
        assertEquals(version, unchanged.getJsonNumber("version").longValue());

        // an edit of the allowed fields with the version read; a stale version is a conflict; a PUT names its version
        assertProblem(admin("PUT", "campaigns/" + id, campaignBody(client, name + " bis", "TELEMARKETING", ""), "it"), 422,
                "Indica la versione letta");
        HttpResponse<String> renamed = admin("PUT", "campaigns/" + id,
                campaignBody(client, name + " bis", "TELEMARKETING", ",\"version\":" + version + ",\"maxAttempts\":3"), "it");
        assertEquals(200, renamed.statusCode(), renamed.body());
        assertEquals(name + " bis", Cti.json(renamed).getString("name"));
        assertEquals(3, Cti.json(renamed).getInt("maxAttempts"));
        assertEquals(409, admin("PUT", "campaigns/" + id,
                campaignBody(client, name + " ter", "TELEMARKETING", ",\"version\":" + version), "it").statusCode());
        version = Cti.json(renamed).getJsonNumber("version").longValue();

        // pause, resume, close; an unknown action and a move the state machine refuses are 422
        assertProblem(admin("POST", "campaigns/" + id + "/transitions", "{\"action\":\"explode\",\"version\":" + version + "}", "it"),
                422, "Azione sconosciuta: explode.");
        assertEquals(400, admin("POST", "campaigns/" + id + "/transitions", "{\"action\":\"pause\"}", "it").statusCode());
        version = move(id, "pause", version, "PAUSED");
        version = move(id, "resume", version, "ACTIVE");
        version = move(id, "close", version, "CLOSED");
        assertEquals(422, admin("POST", "campaigns/" + id + "/transitions",
                "{\"action\":\"activate\",\"version\":" + version + "}", "it").statusCode());
        assertEquals(404, admin("GET", "campaigns/99999999", null, "it").statusCode());
    }

    private static long move(long id, String action, long version, String expected) {
        HttpResponse<String> moved = admin("POST", "campaigns/" + id + "/transitions",
                "{\"action\":\"" + action + "\",\"version\":" + version + "}", "it");
        assertEquals(200, moved.statusCode(), moved.body());
        assertEquals(expected, Cti.json(moved).getString("status"));
        return Cti.json(moved).getJsonNumber("version").longValue();
    }

    @Test
    void theDoNotCallListIsKeptThroughTheApi() {
        long client = clientId();
        HttpResponse<String> added = admin("POST", "do-not-call",
                "{\"clientId\":" + client + ",\"number\":\"348 771 0499\",\"reason\":\"chiesto al telefono\"}", "it");
        assertEquals(201, added.statusCode(), added.body());
        JsonObject entry = Cti.json(added);
        assertEquals("+393487710499", entry.getString("number"));
        assertEquals(client, entry.getJsonNumber("clientId").longValue());
        long id = entry.getJsonNumber("id").longValue();

        assertProblem(admin("POST", "do-not-call", "{\"clientId\":" + client + ",\"number\":\"+39 348 7710499\"}", "it"), 422,
                "+393487710499 è già nella lista.");
        assertProblem(admin("POST", "do-not-call", "{\"number\":\"ciao\"}", "en"), 422, "“ciao” is not a valid phone number.");
        assertEquals(400, admin("POST", "do-not-call", "{\"clientId\":" + client + "}", "it").statusCode());
        assertEquals(403, ConsoleClient.api("POST", "do-not-call", Demo.AGENT_AURORA, Demo.PASSWORD,
                "{\"number\":\"348 771 0498\"}", "it").statusCode());

        assertEquals(1, Cti.json(admin("GET", "do-not-call?q=3487710499", null, "it")).getInt("total"));
        assertEquals(204, admin("DELETE", "do-not-call/" + id, null, "it").statusCode());
        assertEquals(0, Cti.json(admin("GET", "do-not-call?q=3487710499", null, "it")).getInt("total"));
        assertEquals(404, admin("DELETE", "do-not-call/" + id, null, "it").statusCode());

        HttpResponse<String> empty = send(HttpRequest.newBuilder(URI.create(Demo.BASE_URL + "api/rpo-results"))
                .header("Content-Type", "text/csv").header("Accept", "application/json").header("Authorization", basic())
                .POST(HttpRequest.BodyPublishers.ofString("")).build());
        assertEquals(422, empty.statusCode(), empty.body());
    }

    @Test
    void aConsentIsRecordedThroughTheApiWithTheCustomersVersion() {
        JsonObject page = Cti.json(admin("GET", "customers?size=1", null, "it"));
        JsonObject customer = page.getJsonArray("items").getJsonObject(0);
        long id = customer.getJsonNumber("id").longValue();
        long version = customer.getJsonNumber("version").longValue();
        HttpResponse<String> given = admin("POST", "customers/" + id + "/consents",
                "{\"purpose\":\"MARKETING\",\"given\":true,\"source\":\"modulo web\",\"version\":" + version + "}", "it");
        assertEquals(200, given.statusCode(), given.body());
        assertEquals(409, admin("POST", "customers/" + id + "/consents",
                "{\"purpose\":\"MARKETING\",\"given\":false,\"version\":" + (version + 1000) + "}", "it").statusCode());
        assertEquals(400, admin("POST", "customers/" + id + "/consents", "{\"purpose\":\"GOSSIP\",\"given\":true,\"version\":1}", "it").statusCode());
        assertEquals(400, admin("POST", "customers/" + id + "/consents", "{\"purpose\":\"MARKETING\"}", "it").statusCode());
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((Demo.ADMIN + ":" + Demo.PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
