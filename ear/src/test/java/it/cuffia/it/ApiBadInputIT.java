package it.cuffia.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Bad input to every write of /api (issue 19 §3): an empty body, a body of another type, an id that is no number,
 * NUL in a text, a text far beyond its field, a number out of range, a method or address the API does not have, no
 * credentials. Each is a 4xx application/problem+json with the message key as {@code code} and the detail in the
 * caller's language (Italian unless English is asked for), and nothing is stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiBadInputIT {

    private static final String JSON = "application/json";
    /** NUL as JSON writes it. */
    private static final String NUL = "\\u0000";
    private static final String HUGE = "x".repeat(100_000);
    private static final String MARK = "Matrice" + System.nanoTime() % 100_000;
    private static final String AGENT = Demo.AGENT_AURORA;
    /** Works the appointment-setting campaign: the one whose outcomes take a slot. */
    private static final String CALLER = "operatore03";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.suite();
    }

    /** A write of the API, who makes it, and the headers it needs besides (the PBX's key, a file's name). */
    private record Write(String method, String path, String user, List<String> headers) {
        Write(String method, String path, String user) {
            this(method, path, user, List.of());
        }

        Write at(String otherPath) {
            return new Write(method, otherPath, user, headers);
        }

        @Override
        public String toString() {
            return method + " /api/" + path;
        }
    }

    private record Refusal(JsonObject italian, JsonObject english) {
    }

    /**
     * Sends the call in Italian, in English and with no language: each is the same refusal with the same code, the
     * detail in the language asked for, Italian when none is.
     */
    private static Refusal refused(int status, String code, Write write, String contentType, byte[] body) {
        JsonObject italian = problem(status, code, write, send(write, contentType, body, "it"));
        JsonObject english = problem(status, code, write, send(write, contentType, body, "en"));
        JsonObject unasked = problem(status, code, write, send(write, contentType, body, null));
        assertNotEquals(italian.getString("detail"), english.getString("detail"), write + ": the detail in each language");
        assertEquals(italian.getString("detail"), unasked.getString("detail"), write + ": Italian unless English is asked for");
        assertFalse(italian.getString("title").isBlank(), write + ": a title");
        return new Refusal(italian, english);
    }

    private static Refusal refused(int status, String code, Write write, String json) {
        return refused(status, code, write, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    private static HttpResponse<String> send(Write write, String contentType, byte[] body, String language) {
        return ConsoleClient.api(write.method(), write.path(), write.user(), Demo.PASSWORD, contentType, body, language,
                write.headers().toArray(String[]::new));
    }

    private static JsonObject problem(int status, String code, Write write, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), write + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                write + ": " + response.headers().firstValue("Content-Type").orElse("no type") + " " + response.body());
        JsonObject problem = Cti.json(response);
        assertEquals(code, problem.getString("code"), write + ": " + response.body());
        assertEquals(status, problem.getInt("status"), response.body());
        assertFalse(problem.getString("detail").isBlank(), response.body());
        assertFalse(response.body().contains("Exception") || response.body().contains(".java"), "no trace: " + response.body());
        return problem;
    }

    private static JsonObject get(String user, String path) {
        HttpResponse<String> response = ConsoleClient.api("GET", path, user, Demo.PASSWORD, null, "it");
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return Cti.json(response);
    }

    private static String getText(String user, String path) {
        HttpResponse<String> response = ConsoleClient.api("GET", path, user, Demo.PASSWORD, null, "it");
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return response.body();
    }

    private static long id(JsonObject page) {
        return page.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
    }

    /** What the API shows of everything these calls could have written, to compare before and after. */
    private record Stored(int activeTickets, String ticket, String notes, String attachments, int customers, String customer,
                          String sla, int campaigns, String campaign, int doNotCall, String script) {
        static Stored read(long ticket, long customer, long client, long campaign, long script) {
            return new Stored(get(Demo.SUPERVISOR, "tickets?view=active&size=1").getInt("total"),
                    versionAndState(get(AGENT, "tickets/" + ticket)), getText(AGENT, "tickets/" + ticket + "/notes"),
                    getText(AGENT, "tickets/" + ticket + "/attachments"), get(Demo.ADMIN, "customers?size=1").getInt("total"),
                    getText(Demo.ADMIN, "customers/" + customer), getText(Demo.ADMIN, "clients/" + client + "/sla"),
                    get(Demo.ADMIN, "campaigns?size=1").getInt("total"), getText(Demo.ADMIN, "campaigns/" + campaign),
                    get(Demo.ADMIN, "do-not-call?size=1").getInt("total"), getText(Demo.ADMIN, "scripts/" + script));
        }
    }

    private static String versionAndState(JsonObject ticket) {
        return ticket.getJsonNumber("version") + " " + ticket.getString("state");
    }

    @Test
    void everyWriteRefusesBadBodiesAndIdsWithAProblemInTheCallersLanguageAndStoresNothing() {
        long client = Cti.clientOf(AGENT);
        long customer = id(get(AGENT, "customers?size=1"));
        String opened = "{\"customerId\":" + customer + ",\"category\":\"INFORMATION\",\"subject\":\"" + MARK + "\"}";
        HttpResponse<String> created = ConsoleClient.api("POST", "tickets", AGENT, Demo.PASSWORD, opened, "it");
        assertEquals(201, created.statusCode(), created.body());
        long ticket = Cti.json(created).getJsonNumber("id").longValue();
        long version = Cti.json(created).getJsonNumber("version").longValue();
        long campaign = id(get(Demo.ADMIN, "campaigns?q=Fibra"));
        long script = id(get(Demo.ADMIN, "scripts?size=1"));
        String cti = Cti.forClient(client).key();
        Stored before = Stored.read(ticket, customer, client, campaign, script);

        List<Write> writes = List.of(
                new Write("POST", "tickets", AGENT),
                new Write("POST", "tickets/" + ticket + "/transitions", AGENT),
                new Write("POST", "tickets/" + ticket + "/notes", AGENT),
                new Write("POST", "customers", AGENT),
                new Write("POST", "customers/" + customer + "/consents", Demo.ADMIN),
                new Write("PUT", "clients/" + client + "/sla", Demo.ADMIN),
                new Write("POST", "cti/calls", null, List.of("X-Api-Key", cti)),
                new Write("POST", "outbound/leads/1/outcome", CALLER),
                new Write("POST", "campaigns", Demo.ADMIN),
                new Write("PUT", "campaigns/" + campaign, Demo.ADMIN),
                new Write("POST", "campaigns/" + campaign + "/transitions", Demo.ADMIN),
                new Write("POST", "do-not-call", Demo.ADMIN),
                new Write("POST", "scripts/" + script + "/draft/steps", Demo.ADMIN),
                new Write("PUT", "scripts/" + script + "/versions/1/steps/s1", Demo.ADMIN));
        byte[] form = ("subject=" + MARK + "&text=" + MARK).getBytes(StandardCharsets.UTF_8);
        for (Write write : writes) {
            refused(400, "api.body.required", write, JSON, new byte[0]);
            refused(415, "api.unsupportedMediaType", write, "text/plain", MARK.getBytes(StandardCharsets.UTF_8));
            Refusal formBody = refused(415, "api.unsupportedMediaType", write, "application/x-www-form-urlencoded", form);
            assertTrue(formBody.english().getString("detail").contains("application/x-www-form-urlencoded"), formBody.english().toString());
            if (write.path().matches(".*/\\d+(/.*)?")) {
                Refusal notANumber = refused(404, "api.notFound", write.at(write.path().replaceFirst("/\\d+", "/abc")), "{}");
                assertTrue(notANumber.italian().getString("detail").contains("/abc"), notANumber.italian().toString());
            }
        }
        refused(404, "api.notFound", writes.get(13).at("scripts/" + script + "/versions/uno/steps/s1"), "{}");

        // NUL in a text: a 400 naming the field, wherever the text goes (stored or looked up)
        List<Object[]> nuls = new ArrayList<>(List.of(
                new Object[] {writes.get(0), "subject", "{\"customerId\":" + customer + ",\"category\":\"INFORMATION\",\"subject\":\"" + MARK + NUL + "\"}"},
                new Object[] {writes.get(1), "assignee", "{\"action\":\"assign\",\"version\":" + version + ",\"assignee\":\"operatore02" + NUL + "\"}"},
                new Object[] {writes.get(2), "text", "{\"text\":\"" + MARK + NUL + "\"}"},
                new Object[] {writes.get(3), "lastName", "{\"clientId\":" + client + ",\"firstName\":\"Ada\",\"lastName\":\"" + MARK + NUL + "\"}"},
                new Object[] {writes.get(4), "source", "{\"purpose\":\"MARKETING\",\"given\":true,\"source\":\"web" + NUL + "\",\"version\":1}"},
                new Object[] {writes.get(6), "callId", "{\"callId\":\"" + MARK + NUL + "\",\"event\":\"RINGING\",\"from\":\"3331234567\"}"},
                new Object[] {writes.get(7), "notes", "{\"outcome\":\"NO_ANSWER\",\"notes\":\"" + NUL + "\"}"},
                new Object[] {writes.get(8), "name", "{\"clientId\":" + client + ",\"name\":\"" + MARK + NUL + "\"}"},
                new Object[] {writes.get(9), "briefing", "{\"clientId\":" + client + ",\"name\":\"" + MARK + "\",\"briefing\":\"" + NUL + "\"}"},
                new Object[] {writes.get(10), "action", "{\"action\":\"pause" + NUL + "\",\"version\":1}"},
                new Object[] {writes.get(11), "reason", "{\"number\":\"3487710599\",\"reason\":\"" + MARK + NUL + "\"}"},
                new Object[] {writes.get(12), "title", "{\"kind\":\"SAY\",\"title\":\"" + MARK + NUL + "\"}"},
                new Object[] {writes.get(13), "body", "{\"kind\":\"SAY\",\"title\":\"Saluto\",\"body\":\"" + NUL + "\"}"}));
        for (Object[] nul : nuls) {
            Refusal refusal = refused(400, "api.invalid", (Write) nul[0], (String) nul[2]);
            assertTrue(refusal.italian().getString("detail").contains((String) nul[1]), refusal.italian().toString());
            assertTrue(refusal.english().getJsonArray("errors").getString(0).startsWith(nul[1] + ": contains the null character"),
                    refusal.english().toString());
        }

        // a member no field takes (a typo, another system's name): a 400 naming it, not a customer stored without it
        Refusal phones = refused(400, "api.invalid", writes.get(3),
                "{\"clientId\":" + client + ",\"firstName\":\"Ada\",\"lastName\":\"" + MARK + "\",\"phones\":[\"+39 02 1234567\"]}");
        assertTrue(phones.italian().getJsonArray("errors").getString(0).startsWith("phones: campo sconosciuto"), phones.italian().toString());
        assertTrue(phones.english().getJsonArray("errors").getString(0).startsWith("phones: unknown field"), phones.english().toString());

        // texts far beyond their fields: the body's limit (400 naming the field) or the domain's (422 naming it)
        Refusal note = refused(400, "api.invalid", writes.get(2), "{\"text\":\"" + HUGE + "\"}");
        assertTrue(note.italian().getJsonArray("errors").getString(0).startsWith("text: "), note.italian().toString());
        assertTrue(note.english().getJsonArray("errors").getString(0).contains("4000"), note.english().toString());
        refused(400, "api.invalid", writes.get(0),
                "{\"customerId\":" + customer + ",\"category\":\"INFORMATION\",\"subject\":\"" + MARK + "\",\"description\":\"" + HUGE + "\"}");
        refused(400, "api.invalid", writes.get(1), "{\"action\":\"escalate\",\"version\":" + version + ",\"level\":2,\"reason\":\"" + HUGE + "\"}");
        refused(400, "api.invalid", writes.get(3), "{\"clientId\":" + client + ",\"firstName\":\"Ada\",\"lastName\":\"" + HUGE + "\"}");
        long customerVersion = get(Demo.ADMIN, "customers/" + customer).getJsonNumber("version").longValue();
        Refusal source = refused(422, "text.tooLong", writes.get(4), "{\"purpose\":\"MARKETING\",\"given\":true,\"source\":\""
                + "s".repeat(150) + "\",\"version\":" + customerVersion + "}");
        assertTrue(source.italian().getString("detail").startsWith("Fonte: al massimo 80 caratteri"), source.italian().toString());
        refused(400, "api.invalid", writes.get(6), "{\"callId\":\"" + HUGE + "\",\"event\":\"RINGING\",\"from\":\"3331234567\"}");
        refused(400, "api.invalid", writes.get(8), "{\"clientId\":" + client + ",\"name\":\"" + MARK + "\",\"briefing\":\"" + HUGE + "\"}");
        refused(400, "api.invalid", writes.get(11), "{\"number\":\"3487710599\",\"reason\":\"" + HUGE + "\"}");

        // files: a name beyond its column, a name that reads backwards; a CSV sent as JSON, JSON sent as a CSV
        byte[] pdf = "%PDF-1.4 matrice".getBytes(StandardCharsets.UTF_8);
        Write attach = new Write("POST", "tickets/" + ticket + "/attachments?fileName=" + "f".repeat(250) + ".pdf", AGENT);
        Refusal longName = refused(422, "text.tooLong", attach, "application/pdf", pdf);
        assertTrue(longName.english().getString("detail").startsWith("File: at most 200 characters (254 given)"), longName.english().toString());
        refused(422, "text.invisibleCharacters", attach.at("tickets/" + ticket + "/attachments?fileName=fattura%E2%80%AEfdp.exe"), "application/pdf", pdf);
        refused(404, "api.notFound", attach.at("tickets/abc/attachments?fileName=a.pdf"), "application/pdf", pdf);
        byte[] csv = "Cognome;Telefono\nRossi;347 556 0300\n".getBytes(StandardCharsets.UTF_8);
        Write upload = new Write("POST", "outbound/campaigns/" + campaign + "/imports", Demo.ADMIN);
        Refusal longFile = refused(422, "text.tooLong",
                new Write("POST", upload.path(), Demo.ADMIN, List.of("X-File-Name", "c".repeat(250) + ".csv")), "text/csv", csv);
        assertTrue(longFile.italian().getString("detail").startsWith("Nome del file: al massimo 200 caratteri"), longFile.italian().toString());
        refused(415, "api.unsupportedMediaType", upload, JSON, "{}".getBytes(StandardCharsets.UTF_8));
        refused(404, "api.notFound", upload.at("outbound/campaigns/abc/imports"), "text/csv", csv);
        refused(415, "api.unsupportedMediaType", new Write("POST", "rpo-results", Demo.ADMIN), JSON, "{}".getBytes(StandardCharsets.UTF_8));

        assertEquals(before, Stored.read(ticket, customer, client, campaign, script), "nothing was stored");
        assertEquals(0, get(Demo.ADMIN, "customers?q=" + MARK).getInt("total"));
        assertEquals(0, get(Demo.ADMIN, "campaigns?q=" + MARK).getInt("total"));
    }

    /** An outcome of a lead the agent holds: NUL, notes far too long and a slot key that overflows change nothing. */
    @Test
    void aBadOutcomeOfAHeldLeadIsRefusedAndTheLeadIsAsItWas() {
        HttpResponse<String> next = ConsoleClient.api("POST", "outbound/next", CALLER, Demo.PASSWORD, null, "it");
        assertEquals(200, next.statusCode(), next.body());
        long lead = Cti.json(next).getJsonNumber("id").longValue();
        assertEquals(200, ConsoleClient.api("POST", "outbound/leads/" + lead + "/dial", CALLER, Demo.PASSWORD, null, "it").statusCode());
        assertEquals(200, ConsoleClient.api("POST", "outbound/leads/" + lead + "/answered", CALLER, Demo.PASSWORD, null, "it").statusCode());
        JsonObject held = get(CALLER, "outbound/leads/" + lead).getJsonObject("lead");
        Write outcome = new Write("POST", "outbound/leads/" + lead + "/outcome", CALLER);

        Refusal notes = refused(422, "text.tooLong", outcome, "{\"outcome\":\"NO_ANSWER\",\"notes\":\"" + HUGE + "\"}");
        assertTrue(notes.english().getString("detail").startsWith("Notes: at most 4,000 characters (100,000 given)"), notes.english().toString());
        assertTrue(notes.italian().getString("detail").startsWith("Note: al massimo 4.000 caratteri"), notes.italian().toString());
        for (String slot : List.of("99999999999999999999@1773219600", "1@99999999999999999999", "1@999999999999999999")) {
            Refusal overflow = refused(422, "appointment.slot.unknown", outcome,
                    "{\"outcome\":\"APPOINTMENT_BOOKED\",\"appointmentSlot\":\"" + slot + "\"}");
            assertTrue(overflow.italian().getString("detail").contains(slot), overflow.italian().toString());
        }
        refused(400, "api.invalid", outcome, "{\"outcome\":\"NO_ANSWER\",\"answers\":{\"1\":[\"" + NUL + "\"]}}");
        refused(400, "api.body.required", outcome, "");
        refused(415, "api.unsupportedMediaType", outcome, "text/plain", "NO_ANSWER".getBytes(StandardCharsets.UTF_8));

        JsonObject after = get(CALLER, "outbound/leads/" + lead).getJsonObject("lead");
        assertEquals(held.getString("status"), after.getString("status"), "the lead is as it was");
        assertEquals(held.getInt("attempts"), after.getInt("attempts"));
        HttpResponse<String> released = ConsoleClient.api("POST", "outbound/leads/" + lead + "/outcome", CALLER, Demo.PASSWORD,
                "{\"outcome\":\"NO_ANSWER\"}", "it");
        assertEquals(200, released.statusCode(), "the call is still open and takes a good outcome: " + released.body());
    }

    @Test
    void numbersOutOfRangeAndIdsThatDoNotExistAreProblemsNotErrors() {
        Refusal max = refused(422, "batch.runs.max", new Write("GET", "batch/executions?max=-5", Demo.ADMIN), null, null);
        assertTrue(max.english().getString("detail").contains("from 1 to 500"), max.english().toString());
        refused(422, "batch.runs.max", new Write("GET", "batch/executions?max=0", Demo.ADMIN), null, null);
        assertEquals(200, ConsoleClient.api("GET", "batch/executions?max=5", Demo.ADMIN, Demo.PASSWORD, null, "it").statusCode());
        Refusal unknownRun = refused(422, "batch.execution.unknown", new Write("GET", "batch/executions/987654321", Demo.ADMIN), null, null);
        assertTrue(unknownRun.italian().getString("detail").contains(" 987654321 "), "an id, not a number with thousands: " + unknownRun.italian());
        refused(422, "batch.execution.unknown", new Write("POST", "batch/executions/987654321/restart", Demo.ADMIN), null, null);
        refused(404, "api.notFound", new Write("POST", "batch/executions/abc/restart", Demo.ADMIN), null, null);
        refused(404, "api.notFound", new Write("GET", "batch/executions/99999999999999999999", Demo.ADMIN), null, null);
        int runs = executions();
        refused(422, "batch.job.unknown", new Write("POST", "batch/nothing?month=2026-02", Demo.ADMIN), null, null);
        refused(422, "batch.param.month", new Write("POST", "batch/month-close?month=tredici", Demo.ADMIN), null, null);
        // the clock's month (March 2026) is not over, nor is a future one: no statements for days not worked yet
        Refusal running = refused(422, "pay.monthClose.notOver", new Write("POST", "batch/month-close?month=2026-03", Demo.ADMIN), null, null);
        assertTrue(running.italian().getString("detail").startsWith("Il mese di marzo 2026 non è ancora finito"), running.italian().toString());
        refused(422, "pay.monthClose.notOver", new Write("POST", "batch/month-close?month=2030-01", Demo.ADMIN), null, null);
        refused(422, "batch.param.agent", new Write("POST", "batch/kpi?month=2026-02&failOnAgent=99999999999999999999", Demo.ADMIN),
                null, null);
        assertEquals(runs, executions(), "no job was started");
        refused(422, "api.paging", new Write("GET", "tickets?size=-5", AGENT), null, null);
        refused(404, "api.notFound", new Write("GET", "tickets/abc", AGENT), null, null);
        refused(404, "api.notFound", new Write("GET", "customers/1e3", AGENT), null, null);
    }

    @Test
    void queryAndBodyValuesOfTheWrongKindAreRefusedNamingTheFieldNotIgnored() {
        // a query parameter that is no number: JAX-RS said 404 "nothing at this address"
        Refusal notANumber = refused(400, "api.query.whole", new Write("GET", "customers?clientId=abc", Demo.ADMIN), null, null);
        assertTrue(notANumber.english().getString("detail").contains("clientId") && notANumber.english().getString("detail").contains("“abc”"),
                notANumber.english().toString());
        refused(400, "api.query.whole", new Write("GET", "tickets?first=dieci", AGENT), null, null);
        // a view or a yes/no the service does not know: it was read as "all" or as "no"
        Refusal view = refused(422, "error.filter.choice", new Write("GET", "tickets?view=foo", AGENT), null, null);
        assertTrue(view.english().getString("detail").contains("mine, queue, active, breached"), view.english().toString());
        Refusal cancelled = refused(422, "error.filter.choice", new Write("GET", "sales?cancelled=maybe", Demo.ADMIN), null, null);
        assertTrue(cancelled.italian().getString("detail").contains("«maybe»"), cancelled.italian().toString());
        assertEquals(200, ConsoleClient.api("GET", "sales?cancelled=false", Demo.ADMIN, Demo.PASSWORD, null, "it").statusCode());
        // a body's choice that does not exist, a date that is none, nothing in a list of ids: named, not "unreadable"
        int campaigns = get(Demo.ADMIN, "campaigns?size=1").getInt("total");
        Refusal choice = refused(400, "api.invalid", new Write("POST", "tickets", AGENT),
                "{\"customerId\":1,\"category\":\"COMPLAINTS\",\"subject\":\"x\"}");
        assertTrue(choice.english().getJsonArray("errors").getString(0).startsWith("category: not an expected value; allowed values: "),
                choice.english().toString());
        Refusal date = refused(400, "api.invalid", new Write("POST", "campaigns", Demo.ADMIN), "{\"startsOn\":\"2027-02-31\"}");
        assertTrue(date.italian().getJsonArray("errors").getString(0).startsWith("startsOn: non è una data"), date.italian().toString());
        Refusal nothing = refused(400, "api.invalid", new Write("POST", "campaigns", Demo.ADMIN), "{\"agentIds\":[null]}");
        assertTrue(nothing.english().getJsonArray("errors").getString(0).startsWith("agentIds[0]: "), nothing.english().toString());
        assertEquals(campaigns, get(Demo.ADMIN, "campaigns?size=1").getInt("total"), "no campaign was created");
    }

    @Test
    void aBodyOfTheWrongShapeOrNamingNothingIsAProblemNotAnError() {
        // an array where the form's answers are an object: its keys reached the resource as null (500)
        Refusal array = refused(422, "quality.answers.shape", new Write("POST", "quality/evaluations", "supervisore1"),
                "{\"interactionId\":1,\"formId\":1,\"values\":[1,2]}");
        assertTrue(array.italian().getString("detail").startsWith("«values» è un oggetto"), array.italian().toString());
        // a survey step asking a question that does not exist: the database refused it (500)
        long script = id(get(Demo.ADMIN, "scripts?size=1"));
        String before = getText(Demo.ADMIN, "scripts/" + script);
        refused(422, "script.problem.surveyQuestion", new Write("POST", "scripts/" + script + "/draft/steps", Demo.ADMIN),
                "{\"kind\":\"SURVEY\",\"title\":\"Domanda\",\"body\":\"x\",\"surveyQuestionId\":987654321}");
        assertEquals(before, getText(Demo.ADMIN, "scripts/" + script), "the script is as it was");
    }

    private static int executions() {
        HttpResponse<String> runs = ConsoleClient.api("GET", "batch/executions?max=500", Demo.ADMIN, Demo.PASSWORD, null, "it");
        assertEquals(200, runs.statusCode(), runs.body());
        try (jakarta.json.JsonReader reader = jakarta.json.Json.createReader(new java.io.StringReader(runs.body()))) {
            return reader.readArray().size();
        }
    }

    @Test
    void writesWithoutABodyRefuseIdsThatAreNoNumbersMethodsAndAddressesTheApiHasNot() {
        for (String path : List.of("outbound/leads/abc/dial", "outbound/leads/abc/answered", "clients/abc/cti-key", "scripts/abc/drafts",
                "scripts/abc/publish", "scripts/1/versions/abc/pin", "batch/executions/abc/restart")) {
            Refusal refusal = refused(404, "api.notFound", new Write("POST", path, Demo.ADMIN), null, null);
            assertTrue(refusal.english().getString("detail").contains("/api/" + path), refusal.english().toString());
        }
        refused(404, "api.notFound", new Write("DELETE", "do-not-call/abc", Demo.ADMIN), null, null);
        refused(404, "api.notFound", new Write("GET", "nothing-here", AGENT), null, null);

        Write getNext = new Write("GET", "outbound/next", CALLER);
        Refusal notAllowed = refused(405, "api.methodNotAllowed", getNext, null, null);
        assertTrue(notAllowed.english().getString("detail").contains("POST"), notAllowed.english().toString());
        HttpResponse<String> allow = ConsoleClient.api("GET", "outbound/next", CALLER, Demo.PASSWORD, null, "en");
        assertTrue(allow.headers().firstValue("Allow").orElse("").contains("POST"), allow.headers().toString());
        refused(405, "api.methodNotAllowed", new Write("DELETE", "tickets", AGENT), null, null);
        refused(405, "api.methodNotAllowed", new Write("PUT", "do-not-call", Demo.ADMIN), JSON, "{}".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aCallWithoutValidCredentialsGetsAProblemNotAPage() {
        Refusal anonymous = refused(401, "api.unauthorized", new Write("GET", "customers", null), null, null);
        assertTrue(anonymous.english().getString("detail").contains("HTTP Basic"), anonymous.english().toString());
        refused(401, "api.unauthorized", new Write("POST", "tickets", null), JSON, "{}".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> wrong = ConsoleClient.api("GET", "customers", "commerciale2", "not-the-password", null, null, "en");
        problem(401, "api.unauthorized", new Write("GET", "customers", "commerciale2"), wrong);
        assertTrue(wrong.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"), wrong.headers().toString());
    }
}
