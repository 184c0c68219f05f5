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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Tickets through /api: the state machine, escalation keeping the owner, locking, isolation. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TicketIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    /** JSON-B leaves null fields out of the body. */
    private static String text(JsonObject object, String key) {
        return object.containsKey(key) && !object.isNull(key) ? object.getString(key) : "-";
    }

    private static long auroraCustomerId() {
        return json(ConsoleClient.api("GET", "customers?size=1", Demo.AGENT_AURORA, Demo.PASSWORD, null, "it"))
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private static JsonObject openTicket(String subject) {
        String body = "{\"customerId\":" + auroraCustomerId() + ",\"category\":\"TECHNICAL_SUPPORT\",\"priority\":\"HIGH\","
                + "\"channel\":\"PHONE\",\"subject\":\"" + subject + "\",\"description\":\"Il modem non si connette\"}";
        HttpResponse<String> created = ConsoleClient.api("POST", "tickets", Demo.AGENT_AURORA, Demo.PASSWORD, body, "it");
        assertEquals(201, created.statusCode(), created.body());
        return json(created);
    }

    private static HttpResponse<String> move(JsonObject ticket, String user, String action, String extra) {
        String body = "{\"action\":\"" + action + "\",\"version\":" + ticket.getJsonNumber("version").longValue() + extra + "}";
        return ConsoleClient.api("POST", "tickets/" + ticket.getJsonNumber("id").longValue() + "/transitions", user, Demo.PASSWORD, body, "it");
    }

    @Test
    void anAgentOpensEscalatesAndStillOwnsTheTicketASupervisorResolves() {
        JsonObject opened = openTicket("Linea assente");
        assertEquals("OPEN", opened.getString("state"));
        assertEquals(Demo.AGENT_AURORA, opened.getString("owner"));
        assertEquals(Demo.AGENT_AURORA, opened.getString("assignee"));

        HttpResponse<String> escalated = move(opened, Demo.AGENT_AURORA, "escalate", ",\"level\":2,\"reason\":\"Serve un tecnico\"");
        assertEquals(200, escalated.statusCode(), escalated.body());
        JsonObject atLevel2 = json(escalated);
        assertEquals(2, atLevel2.getInt("level"));
        assertEquals(Demo.AGENT_AURORA, atLevel2.getString("owner"), "escalation keeps the owner");
        assertEquals("-", text(atLevel2, "assignee"), "waits in the level-2 queue");

        HttpResponse<String> agentTakes = move(atLevel2, Demo.AGENT_AURORA, "take", "");
        assertEquals(422, agentTakes.statusCode(), "escalated work is for supervisors: " + agentTakes.body());
        JsonObject taken = json(move(atLevel2, Demo.SUPERVISOR, "take", ""));
        assertEquals(Demo.SUPERVISOR, taken.getString("assignee"));
        JsonObject resolved = json(move(taken, Demo.SUPERVISOR, "resolve", ",\"resolutionCode\":\"Modem sostituito\""));
        assertEquals("RESOLVED", resolved.getString("state"));

        long id = opened.getJsonNumber("id").longValue();
        JsonObject level2 = json(ConsoleClient.api("GET", "tickets?level=2&size=200", Demo.SUPERVISOR, Demo.PASSWORD, null, "it"));
        assertTrue(level2.getJsonArray("items").stream().allMatch(t -> t.asJsonObject().getInt("level") == 2));
        assertTrue(level2.getJsonArray("items").stream().anyMatch(t -> t.asJsonObject().getJsonNumber("id").longValue() == id));
        JsonObject seenByOwner = json(ConsoleClient.api("GET", "tickets/" + id, Demo.AGENT_AURORA, Demo.PASSWORD, null, "it"));
        assertEquals("RESOLVED", seenByOwner.getString("state"));
        assertEquals(Demo.AGENT_AURORA, seenByOwner.getString("owner"));

        JsonArray timeline = Json.createReader(new StringReader(
                ConsoleClient.api("GET", "tickets/" + id + "/timeline", Demo.AGENT_AURORA, Demo.PASSWORD, null, "it").body())).readArray();
        List<String> rows = timeline.stream().map(v -> v.asJsonObject())
                .map(c -> c.getString("by") + ":" + c.getString("field") + ":" + text(c, "to")).toList();
        assertEquals(List.of(
                "operatore01:state:NEW", "operatore01:state:OPEN", "operatore01:owner:operatore01",
                "operatore01:assignee:operatore01", "operatore01:level:2", "operatore01:assignee:-",
                "supervisore1:assignee:supervisore1", "supervisore1:state:RESOLVED",
                "supervisore1:resolutionCode:Modem sostituito"), rows);
        assertEquals("Serve un tecnico", timeline.getJsonObject(4).getString("reason"));
    }

    @Test
    void theSearchFindsATicketByItsSubjectOrByItsCustomersSurname() {
        String mark = "Ricerca" + java.util.UUID.randomUUID().toString().replace("-", "");
        long id = openTicket(mark).getJsonNumber("id").longValue();
        String surname = json(ConsoleClient.api("GET", "customers?size=1", Demo.AGENT_AURORA, Demo.PASSWORD, null, "it"))
                .getJsonArray("items").getJsonObject(0).getString("lastName");

        JsonObject bySubject = json(ConsoleClient.api("GET", "tickets?q=" + mark, Demo.AGENT_AURORA, Demo.PASSWORD, null, "it"));
        assertEquals(1, bySubject.getInt("total"), bySubject.toString());
        assertFalse(bySubject.getBoolean("more"), "a count below the limit is exact");
        // the customer's surname is searched through a subquery on customers, or-ed with the ticket's own subject
        JsonObject bySurname = json(ConsoleClient.api("GET", "tickets?view=mine&size=200&q="
                + java.net.URLEncoder.encode(surname, java.nio.charset.StandardCharsets.UTF_8), Demo.AGENT_AURORA, Demo.PASSWORD, null, "it"));
        assertTrue(bySurname.getJsonArray("items").stream().anyMatch(t -> t.asJsonObject().getJsonNumber("id").longValue() == id),
                surname + " → " + bySurname);
        String lower = surname.toLowerCase(java.util.Locale.ROOT);
        assertTrue(bySurname.getJsonArray("items").stream().map(t -> t.asJsonObject()).allMatch(t -> text(t, "customer").toLowerCase(java.util.Locale.ROOT)
                .contains(lower) || t.getString("subject").toLowerCase(java.util.Locale.ROOT).contains(lower)), "only tickets that match: " + bySurname);
    }

    @Test
    void anAgentCannotTakeAColleaguesAssignedTicketOnlyASupervisorReassignsIt() {
        JsonObject mine = openTicket("Assegnato a operatore01");
        assertEquals(Demo.AGENT_AURORA, mine.getString("assignee"));

        HttpResponse<String> taken = move(mine, "operatore02", "take", "");
        assertEquals(422, taken.statusCode(), taken.body());
        assertEquals("Il ticket è già assegnato a Luca Rossi: solo un supervisore può riassegnarlo.",
                json(taken).getString("detail"));
        String english = "{\"action\":\"take\",\"version\":" + mine.getJsonNumber("version").longValue() + "}";
        HttpResponse<String> takenInEnglish = ConsoleClient.api("POST", "tickets/" + mine.getJsonNumber("id").longValue() + "/transitions",
                "operatore02", Demo.PASSWORD, english, "en");
        assertEquals(422, takenInEnglish.statusCode(), takenInEnglish.body());
        assertEquals("The ticket is already assigned to Luca Rossi: only a supervisor can reassign it.",
                json(takenInEnglish).getString("detail"));
        HttpResponse<String> resolved = move(mine, "operatore02", "resolve", ",\"resolutionCode\":\"X\"");
        assertEquals(403, resolved.statusCode(), "nor work on it: " + resolved.body());

        JsonObject unchanged = json(ConsoleClient.api("GET", "tickets/" + mine.getJsonNumber("id").longValue(), Demo.AGENT_AURORA, Demo.PASSWORD, null, "it"));
        assertEquals(Demo.AGENT_AURORA, unchanged.getString("assignee"));
        assertEquals("OPEN", unchanged.getString("state"));
        assertEquals(mine.getJsonNumber("version").longValue(), unchanged.getJsonNumber("version").longValue(), "nothing was written");

        HttpResponse<String> reassigned = move(unchanged, Demo.SUPERVISOR, "assign", ",\"assignee\":\"operatore02\"");
        assertEquals(200, reassigned.statusCode(), reassigned.body());
        JsonObject now = json(reassigned);
        assertEquals("operatore02", now.getString("assignee"));
        assertEquals(Demo.AGENT_AURORA, now.getString("owner"), "the owner stays");
        assertEquals(200, move(now, "operatore02", "resolve", ",\"resolutionCode\":\"RISOLTO\"").statusCode(), "the new assignee works it");
    }

    @Test
    void aStaleVersionIsAConflictAndNothingIsOverwritten() {
        JsonObject opened = openTicket("Doppia modifica");
        assertEquals(200, move(opened, Demo.AGENT_AURORA, "wait", "").statusCode());

        HttpResponse<String> stale = move(opened, Demo.AGENT_AURORA, "resolve", ",\"resolutionCode\":\"X\"");

        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(json(stale).getString("detail").contains("Qualcun altro"), stale.body());
        JsonObject now = json(ConsoleClient.api("GET", "tickets/" + opened.getJsonNumber("id").longValue(), Demo.AGENT_AURORA, Demo.PASSWORD, null, "it"));
        assertEquals("WAITING_CUSTOMER", now.getString("state"));
    }

    @Test
    void anIllegalMoveIsRefusedWithAClearMessage() {
        JsonObject opened = openTicket("Mossa illegale");

        HttpResponse<String> refused = move(opened, Demo.AGENT_AURORA, "close", "");

        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals("Non si può passare da «Aperto» a «Chiuso».", json(refused).getString("detail"));
    }

    @Test
    void otherClientsAgentsAndSalesStaffCannotReachTheTicket() {
        long id = openTicket("Riservato").getJsonNumber("id").longValue();

        assertEquals(404, ConsoleClient.api("GET", "tickets/" + id, Demo.AGENT_VERDE, Demo.PASSWORD, null, "it").statusCode());
        ConsoleClient otherAgent = new ConsoleClient(Demo.BASE_URL);
        otherAgent.login(Demo.AGENT_VERDE, Demo.PASSWORD);
        HttpResponse<String> page = otherAgent.get("agent/ticket.xhtml?id=" + id);
        assertTrue(page.body().contains("Elemento non trovato"), "the console's ticket page refuses it too");
        assertFalse(page.body().contains("Riservato"), "and shows nothing of it");
        assertEquals(403, ConsoleClient.api("GET", "tickets", Demo.SALES_AURORA, Demo.PASSWORD, null, "it").statusCode());
        JsonObject verdeList = json(ConsoleClient.api("GET", "tickets?view=active&size=200", Demo.AGENT_VERDE, Demo.PASSWORD, null, "it"));
        assertTrue(verdeList.getJsonArray("items").stream()
                .noneMatch(t -> t.asJsonObject().getJsonNumber("id").longValue() == id));
    }

    @Test
    void anInvalidBodyGetsTheFieldErrors() {
        String body = "{\"customerId\":" + auroraCustomerId() + ",\"category\":\"COMPLAINT\"}";

        HttpResponse<String> invalid = ConsoleClient.api("POST", "tickets", Demo.AGENT_AURORA, Demo.PASSWORD, body, "en");

        assertEquals(400, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("subject"), invalid.body());

        // a right-to-left override makes a subject read differently from what it is: refused where it enters
        String reversed = "{\"customerId\":" + auroraCustomerId() + ",\"category\":\"COMPLAINT\",\"priority\":\"HIGH\","
                + "\"channel\":\"PHONE\",\"subject\":\"Fattura \\u202Efdp.exe\"}";
        HttpResponse<String> hidden = ConsoleClient.api("POST", "tickets", Demo.AGENT_AURORA, Demo.PASSWORD, reversed, "en");
        assertEquals(422, hidden.statusCode(), hidden.body());
        assertTrue(json(hidden).getString("detail").startsWith("Subject: contains control or invisible characters"), hidden.body());
    }

    @Test
    void aCallAnnouncedByThePbxIsMatchedAnsweredAndEndedWithTheAgentsStateFollowing() {
        JsonObject customer = ConsoleClient.customerWithPhone("operatore02", "firstName");
        String number = customer.getJsonArray("phones").getString(0);
        Cti pbx = Cti.forClient(Cti.clientOf("operatore02"));
        String callId = "it-" + System.nanoTime();
        Cti.ready("operatore02"); // the PBX rings only an agent who is available

        HttpResponse<String> ringing = pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"RINGING\",\"from\":\""
                + number.replace("+39", "0039 ") + "\",\"agent\":\"operatore02\"}");
        assertEquals(200, ringing.statusCode(), ringing.body());
        assertEquals(customer.getJsonNumber("id").longValue(), Cti.json(ringing).getJsonNumber("customerId").longValue(),
                "the caller is found by number, whatever its format");
        assertEquals("RINGING", Cti.json(ringing).getString("state"));

        assertEquals("ANSWERED", Cti.json(pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"ANSWERED\",\"agent\":\"operatore02\"}")).getString("state"));
        // on this call, the agent cannot take another: refused (409) so that the PBX routes it elsewhere, and nothing kept
        String busy = "it-busy-" + System.nanoTime();
        HttpResponse<String> refused = pbx.event("{\"callId\":\"" + busy + "\",\"event\":\"RINGING\",\"from\":\"3331234567\",\"agent\":\"operatore02\"}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertEquals("cti.agent.unavailable", Cti.json(refused).getString("code"));
        assertTrue(Cti.json(refused).getString("detail").contains("In chiamata"), refused.body());
        assertEquals(404, pbx.event("{\"callId\":\"" + busy + "\",\"event\":\"ANSWERED\",\"agent\":\"operatore02\"}").statusCode(),
                "a refused ring leaves no call behind");
        // the call was answered a moment ago: 20 seconds on hold cannot fit in it, yet the phone system's end wins
        HttpResponse<String> ended = pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"ENDED\",\"holdSeconds\":20}");
        assertEquals(200, ended.statusCode(), ended.body());
        assertEquals("ENDED", Cti.json(ended).getString("state"));
        assertUnavailable(pbx, "operatore02", "Post-chiamata"); // the agent is in the wrap-up, no longer on the call
        assertTrue(Cti.json(ended).getInt("holdSeconds") < 20, "the hold is cut to the conversation: " + ended.body());

        HttpResponse<String> again = pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"ENDED\"}");
        assertEquals(200, again.statusCode(), "the same end sent again is no error: " + again.body());
        assertEquals(Cti.json(ended).getInt("holdSeconds"), Cti.json(again).getInt("holdSeconds"), "and it does not wipe the hold");
        HttpResponse<String> negative = pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"ENDED\",\"holdSeconds\":-1}");
        assertEquals(400, negative.statusCode(), negative.body());
        assertTrue(negative.body().contains("holdSeconds: almeno 0"), negative.body());
        Cti.settle("operatore02");
    }

    @Test
    void anAgentWhoseSessionEndsDuringACallIsNotRungAgainBeforeItsWrapUp() {
        String agent = Demo.AGENT_VERDE;
        Cti pbx = Cti.forClient(Cti.clientOf(agent));
        Cti.settle(agent);
        ConsoleClient console = new ConsoleClient(Demo.BASE_URL);
        console.login(agent, Demo.PASSWORD);
        String callId = "it-session-" + System.nanoTime();
        assertEquals(200, pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"RINGING\",\"from\":\"3331234567\",\"agent\":\"" + agent + "\"}").statusCode());
        assertUnavailable(pbx, agent, "ha già un'altra chiamata che squilla"); // one ring at a time: the screen pop shows one call
        assertEquals(200, pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"ANSWERED\",\"agent\":\"" + agent + "\"}").statusCode());
        assertEquals("ended", console.get(SessionEnd.PATH).body(), "the session ends in the middle of the call");

        // the call ends while the agent is away: no wrap-up starts without them, and nobody may ring them
        assertEquals("ENDED", Cti.json(pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"ENDED\"}")).getString("state"));
        assertUnavailable(pbx, agent, "Disconnesso");
        // logged in again, the agent is back in that call's wrap-up, still not ringable until the outcome is recorded
        new ConsoleClient(Demo.BASE_URL).login(agent, Demo.PASSWORD);
        assertUnavailable(pbx, agent, "Post-chiamata");
        Cti.settle(agent);
    }

    private static void assertUnavailable(Cti pbx, String agent, String state) {
        HttpResponse<String> refused = pbx.event("{\"callId\":\"it-refused-" + System.nanoTime() + "\",\"event\":\"RINGING\",\"from\":\"3331234567\","
                + "\"agent\":\"" + agent + "\"}");
        assertEquals(409, refused.statusCode(), refused.body());
        assertTrue(Cti.json(refused).getString("detail").contains(state), refused.body());
    }

    @Test
    void thePbxNeedsItsClientsKeyAndCanOnlyRouteToThatClientsAgents() {
        assertEquals(401, Cti.post(null, "{\"callId\":\"x\",\"event\":\"RINGING\",\"from\":\"3331234567\"}").statusCode());
        assertEquals(401, Cti.post("not-a-key", "{\"callId\":\"x\",\"event\":\"RINGING\",\"from\":\"3331234567\"}").statusCode());
        // the key first, whatever the body: an empty one was answered 400 with the fields a valid event has
        for (String body : java.util.List.of("", "{}")) {
            HttpResponse<String> stranger = Cti.post("not-a-key", body);
            assertEquals(401, stranger.statusCode(), stranger.body());
            assertFalse(stranger.body().contains("callId"), stranger.body());
        }

        Cti auroraPbx = Cti.forClient(Cti.clientOf(Demo.AGENT_AURORA));
        HttpResponse<String> foreignAgent = auroraPbx.event("{\"callId\":\"it-" + System.nanoTime()
                + "\",\"event\":\"RINGING\",\"from\":\"3331234567\",\"agent\":\"" + Demo.AGENT_VERDE + "\"}");
        assertEquals(404, foreignAgent.statusCode(), foreignAgent.body());

        HttpResponse<String> invalid = auroraPbx.event("{\"event\":\"RINGING\"}");
        assertEquals(400, invalid.statusCode(), invalid.body());
    }

    @Test
    void theCustomersTimelineShowsTheCallTheTicketItsNoteAndDataChanges() {
        JsonObject customer = json(ConsoleClient.api("GET", "customers?size=1&first=7", Demo.AGENT_AURORA, Demo.PASSWORD, null, "it"))
                .getJsonArray("items").getJsonObject(0);
        long customerId = customer.getJsonNumber("id").longValue();
        Cti pbx = Cti.forClient(Cti.clientOf(Demo.AGENT_AURORA));
        String callId = "timeline-" + System.nanoTime();
        Cti.ready(Demo.AGENT_AURORA);
        pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"RINGING\",\"from\":\"" + customer.getJsonArray("phones").getString(0)
                + "\",\"agent\":\"" + Demo.AGENT_AURORA + "\"}");
        pbx.event("{\"callId\":\"" + callId + "\",\"event\":\"ANSWERED\"}");
        String body = "{\"customerId\":" + customerId + ",\"category\":\"INFORMATION\",\"subject\":\"Orari negozi\"}";
        JsonObject ticket = json(ConsoleClient.api("POST", "tickets", Demo.AGENT_AURORA, Demo.PASSWORD, body, "it"));
        ConsoleClient.api("POST", "tickets/" + ticket.getJsonNumber("id") + "/notes", Demo.AGENT_AURORA, Demo.PASSWORD,
                "{\"text\":\"Inviati gli orari via e-mail\",\"customerVisible\":true}", "it");

        JsonArray timeline = Json.createReader(new StringReader(ConsoleClient.api("GET", "customers/" + customerId + "/timeline",
                Demo.AGENT_AURORA, Demo.PASSWORD, null, "it").body())).readArray();
        List<String> kinds = timeline.stream().map(v -> v.asJsonObject().getString("kind")).distinct().toList();

        assertTrue(kinds.containsAll(List.of("NOTE", "TICKET_OPENED", "INTERACTION")), kinds.toString());
        assertEquals("NOTE", timeline.getJsonObject(0).getString("kind"), "newest first");
        assertEquals(403, ConsoleClient.api("GET", "customers/" + customerId + "/timeline", Demo.SALES_AURORA, Demo.PASSWORD, null, "it").statusCode());

        // the resolution names who resolved (its row said nobody, found by a walk-through)
        JsonObject current = json(ConsoleClient.api("GET", "tickets/" + ticket.getJsonNumber("id"), Demo.AGENT_AURORA, Demo.PASSWORD, null, "it"));
        HttpResponse<String> resolved = ConsoleClient.api("POST", "tickets/" + ticket.getJsonNumber("id") + "/transitions", Demo.AGENT_AURORA,
                Demo.PASSWORD, "{\"action\":\"resolve\",\"version\":" + current.getJsonNumber("version") + ",\"resolutionCode\":\"ORARI_INVIATI\"}", "it");
        assertEquals(200, resolved.statusCode(), resolved.body());
        JsonObject resolution = Json.createReader(new StringReader(ConsoleClient.api("GET", "customers/" + customerId + "/timeline",
                Demo.AGENT_AURORA, Demo.PASSWORD, null, "it").body())).readArray().getJsonObject(0);
        assertEquals("TICKET_RESOLVED", resolution.getString("kind"), resolution.toString());
        assertEquals(Demo.AGENT_AURORA, resolution.getString("who"), resolution.toString());
    }

    @Test
    void anAdminSetsAClientsSlaTargetAndBadTimesAreRefused() {
        long clientId = Cti.clientOf(Demo.AGENT_AURORA);
        String good = "{\"category\":\"COMPLAINT\",\"priority\":\"URGENT\",\"firstResponseMinutes\":15,\"resolutionMinutes\":120}";
        HttpResponse<String> set = ConsoleClient.api("PUT", "clients/" + clientId + "/sla", Demo.ADMIN, Demo.PASSWORD, good, "it");
        assertEquals(200, set.statusCode(), set.body());

        JsonArray targets = Json.createReader(new StringReader(ConsoleClient.api("GET", "clients/" + clientId + "/sla",
                Demo.ADMIN, Demo.PASSWORD, null, "it").body())).readArray();
        assertEquals(16, targets.size(), "every category × priority");
        assertTrue(targets.stream().map(v -> v.asJsonObject()).anyMatch(t -> t.getString("category").equals("COMPLAINT")
                && t.getString("priority").equals("URGENT") && t.getInt("firstResponseMinutes") == 15 && t.getInt("resolutionMinutes") == 120));

        String bad = "{\"category\":\"COMPLAINT\",\"priority\":\"URGENT\",\"firstResponseMinutes\":60,\"resolutionMinutes\":30}";
        HttpResponse<String> refused = ConsoleClient.api("PUT", "clients/" + clientId + "/sla", Demo.ADMIN, Demo.PASSWORD, bad, "it");
        assertEquals(422, refused.statusCode(), refused.body());
        assertEquals(403, ConsoleClient.api("PUT", "clients/" + clientId + "/sla", Demo.AGENT_AURORA, Demo.PASSWORD, good, "it").statusCode());
    }

    @Test
    void filesAreAttachedWithAChecksumWithinSizeAndTypeLimits() throws Exception {
        JsonObject ticket = openTicket("Fattura contestata");
        long id = ticket.getJsonNumber("id").longValue();
        byte[] pdf = "%PDF-1.4 fattura di prova".getBytes(java.nio.charset.StandardCharsets.UTF_8);

        HttpResponse<String> added = upload(id, "fattura.pdf", "application/pdf", pdf);
        assertEquals(201, added.statusCode(), added.body());
        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(pdf));
        assertEquals(expected, json(added).getString("sha256"));

        long attachmentId = json(added).getJsonNumber("id").longValue();
        HttpResponse<byte[]> download = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Demo.BASE_URL + "api/tickets/" + id + "/attachments/" + attachmentId))
                .header("Authorization", basic(Demo.AGENT_AURORA)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        org.junit.jupiter.api.Assertions.assertArrayEquals(pdf, download.body());

        HttpResponse<String> program = upload(id, "setup.exe", "application/x-msdownload", pdf);
        assertEquals(422, program.statusCode(), program.body());
        assertTrue(json(program).getString("detail").contains("non è ammesso"), program.body());
        HttpResponse<String> huge = upload(id, "scansione.pdf", "application/pdf", new byte[6 * 1024 * 1024]);
        assertEquals(422, huge.statusCode(), huge.body());

        JsonArray files = Json.createReader(new StringReader(ConsoleClient.api("GET", "tickets/" + id + "/attachments",
                Demo.AGENT_AURORA, Demo.PASSWORD, null, "it").body())).readArray();
        assertEquals(1, files.size(), "refused files are not kept");
        assertEquals(404, ConsoleClient.api("GET", "tickets/" + id + "/attachments", Demo.AGENT_VERDE, Demo.PASSWORD, null, "it").statusCode());
    }

    @Test
    void anAttachmentMustBeWhatItsTypeSaysAndItsNameIsDownloadedInUtf8() throws Exception {
        long id = openTicket("Allegati da verificare").getJsonNumber("id").longValue();

        byte[] page = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> html = upload(id, "nota.txt", "text/plain", page);
        assertEquals(422, html.statusCode(), html.body());
        assertTrue(json(html).getString("detail").contains("non corrisponde al tipo dichiarato"), html.body());
        assertTrue(json(html).getString("detail").contains("text/html"), html.body());

        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        HttpResponse<String> exe = upload(id, "fattura.pdf", "application/pdf", program, "en");
        assertEquals(422, exe.statusCode(), exe.body());
        assertTrue(json(exe).getString("detail").contains("does not match its declared type"), exe.body());

        HttpResponse<String> huge = upload(id, "scansione.pdf", "application/pdf", new byte[(int) (5L * 1024 * 1024) + 1]);
        assertEquals(422, huge.statusCode(), huge.body());
        assertTrue(json(huge).getString("detail").contains("supera il limite di 5 MB"), huge.body());

        byte[] pdf = "%PDF-1.4 ricevuta del caffè".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> added = upload(id, "Ricevuta caffè n°1.pdf", "application/pdf", pdf);
        assertEquals(201, added.statusCode(), added.body());
        assertEquals("Ricevuta caffè n°1.pdf", json(added).getString("fileName"));
        JsonArray files = Json.createReader(new StringReader(ConsoleClient.api("GET", "tickets/" + id + "/attachments",
                Demo.AGENT_AURORA, Demo.PASSWORD, null, "it").body())).readArray();
        assertEquals(1, files.size(), "the refused files are not kept: " + files);

        HttpResponse<byte[]> download = java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Demo.BASE_URL + "api/tickets/" + id + "/attachments/" + json(added).getJsonNumber("id").longValue()))
                .header("Authorization", basic(Demo.AGENT_AURORA)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, download.statusCode());
        assertEquals("attachment; filename=\"Ricevuta caffe n_1.pdf\"; filename*=UTF-8''Ricevuta%20caff%C3%A8%20n%C2%B01.pdf",
                download.headers().firstValue("Content-Disposition").orElseThrow());
        org.junit.jupiter.api.Assertions.assertArrayEquals(pdf, download.body());
    }

    @Test
    void numbersAndYesNoValuesAreReadStrictlyAndAWrongOneNamesItsField() {
        String subject = "Numero fuori misura";
        int before = json(ConsoleClient.api("GET", "tickets?view=active&size=1", Demo.SUPERVISOR, Demo.PASSWORD, null, "it")).getInt("total");
        for (String id : List.of("18446744073709586533", "951.5", "\"951\"")) {
            String body = "{\"customerId\":" + id + ",\"category\":\"TECHNICAL_SUPPORT\",\"priority\":\"HIGH\","
                    + "\"channel\":\"PHONE\",\"subject\":\"" + subject + "\"}";
            HttpResponse<String> refused = ConsoleClient.api("POST", "tickets", Demo.AGENT_AURORA, Demo.PASSWORD, body, "it");
            assertEquals(400, refused.statusCode(), id + ": " + refused.body());
            assertEquals("customerId: deve essere un numero intero, senza decimali e nei limiti del campo.",
                    json(refused).getJsonArray("errors").getString(0), refused.body());
        }
        assertEquals(before, json(ConsoleClient.api("GET", "tickets?view=active&size=1", Demo.SUPERVISOR, Demo.PASSWORD, null, "it"))
                .getInt("total"), "no ticket opened");

        JsonObject ticket = openTicket("Nota con visibilità");
        String path = "tickets/" + ticket.getJsonNumber("id").longValue() + "/notes";
        HttpResponse<String> yes = ConsoleClient.api("POST", path, Demo.AGENT_AURORA, Demo.PASSWORD,
                "{\"text\":\"Richiamare domani\",\"customerVisible\":\"yes\"}", "en");
        assertEquals(400, yes.statusCode(), yes.body());
        assertEquals("customerVisible: must be true or false.", json(yes).getJsonArray("errors").getString(0), yes.body());
        HttpResponse<String> notes = ConsoleClient.api("GET", path, Demo.AGENT_AURORA, Demo.PASSWORD, null, "it");
        assertFalse(notes.body().contains("Richiamare domani"), "the note is not stored: " + notes.body());
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + Demo.PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> upload(long ticketId, String fileName, String type, byte[] content) throws Exception {
        return upload(ticketId, fileName, type, content, "it");
    }

    private static HttpResponse<String> upload(long ticketId, String fileName, String type, byte[] content, String language) throws Exception {
        String name = java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        return java.net.http.HttpClient.newBuilder().version(java.net.http.HttpClient.Version.HTTP_1_1).build().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Demo.BASE_URL + "api/tickets/" + ticketId + "/attachments?fileName=" + name))
                .header("Authorization", basic(Demo.AGENT_AURORA)).header("Content-Type", type).header("Accept", "application/json")
                .header("Accept-Language", language)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
